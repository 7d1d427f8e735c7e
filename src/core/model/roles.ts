/**
 * Header roles: what a column holds, read from its header text in any of our languages.
 * Case, diacritics and punctuation are ignored; typos and extra words are tolerated.
 */
import { z } from 'zod';
import { editDistance, foldKey } from '../util/text';

export const ROLES = ['goal', 'activity', 'method', 'time', 'owner', 'outcome'] as const;
export const RoleSchema = z.enum(['goal', 'activity', 'method', 'time', 'owner', 'outcome', 'start', 'end', 'period', 'number', 'plan', 'extra']);
export type Role = z.infer<typeof RoleSchema>;
export type MainRole = (typeof ROLES)[number];

/** Header words for each role. English, Polish, Vietnamese, Spanish, French, German, Portuguese, Italian. */
const PHRASES: Record<Exclude<Role, 'period' | 'extra'>, string[]> = {
  goal: [
    'goal', 'goals', 'objective', 'objectives', 'aim', 'aims', 'purpose', 'specific objective', 'strategic objective', 'outcome area', 'priority', 'result area',
    'cel', 'cele', 'cel szczegółowy', 'cel operacyjny', 'cel strategiczny', 'cele szczegółowe', 'priorytet',
    'mục tiêu', 'mục đích', 'mục tiêu cụ thể', 'mục tiêu chung',
    'objetivo', 'objetivos', 'meta', 'metas', 'objetivo específico', 'propósito',
    'objectif', 'objectifs', 'but', 'objectif spécifique',
    'ziel', 'ziele', 'zielsetzung', 'teilziel',
    'obiettivo', 'obiettivi',
  ],
  activity: [
    'activity', 'activities', 'action', 'actions', 'task', 'tasks', 'intervention', 'interventions', 'key activities', 'what', 'activity description', 'planned activities', 'work item', 'element',
    'działanie', 'działania', 'zadanie', 'zadania', 'czynność', 'czynności', 'aktywność', 'element harmonogramu', 'element harmonogramu prac', 'nazwa działania', 'przedsięwzięcie', 'opis działania',
    'hoạt động', 'công việc', 'nhiệm vụ', 'nội dung', 'nội dung hoạt động', 'nội dung công việc', 'các hoạt động',
    'actividad', 'actividades', 'acción', 'acciones', 'tarea', 'tareas',
    'activité', 'activités', 'tâche', 'tâches',
    'aktivität', 'aktivitäten', 'maßnahme', 'maßnahmen', 'tätigkeit', 'aufgabe', 'aufgaben',
    'atividade', 'atividades', 'ação', 'ações', 'tarefa', 'tarefas',
    'attività', 'azione', 'azioni',
  ],
  method: [
    'method', 'methods', 'methodology', 'approach', 'how', 'means', 'implementation method', 'modality', 'modalities', 'way of implementation',
    'metoda', 'metody', 'sposób realizacji', 'forma realizacji', 'sposób', 'forma', 'metodologia', 'sposób wykonania',
    'phương pháp', 'phương pháp thực hiện', 'cách thức', 'cách thức thực hiện', 'hình thức', 'hình thức thực hiện', 'biện pháp',
    'método', 'métodos', 'metodología', 'cómo', 'medios', 'modalidad',
    'méthode', 'méthodes', 'méthodologie', 'moyens', 'modalités', 'comment',
    'methode', 'methoden', 'methodik', 'vorgehen', 'vorgehensweise', 'umsetzung',
    'metodologia', 'meios', 'como',
    'metodo',
  ],
  time: [
    'time', 'timeline', 'time frame', 'timeframe', 'timing', 'date', 'dates', 'when', 'deadline', 'period', 'schedule', 'due date', 'duration', 'time line', 'implementation period', 'month', 'months',
    'czas', 'termin', 'termin realizacji', 'okres realizacji', 'okres', 'data', 'harmonogram', 'kiedy', 'czas realizacji', 'terminy',
    'thời gian', 'thời hạn', 'thời điểm', 'ngày', 'tiến độ', 'thời gian thực hiện', 'lịch',
    'tiempo', 'fecha', 'fechas', 'plazo', 'período', 'periodo', 'cronograma', 'cuándo', 'calendario',
    'délai', 'délais', 'échéance', 'échéancier', 'période', 'calendrier', 'quand',
    'zeit', 'zeitraum', 'termine', 'datum', 'frist', 'zeitplan', 'wann',
    'prazo', 'quando', 'tempo',
    'tempi', 'scadenza',
  ],
  owner: [
    'owner', 'owners', 'responsible', 'responsible person', 'person responsible', 'responsibility', 'who', 'lead', 'in charge', 'focal point', 'implemented by', 'by whom', 'participants', 'responsible party', 'accountable',
    'odpowiedzialny', 'odpowiedzialni', 'osoba odpowiedzialna', 'osoby odpowiedzialne', 'realizator', 'realizatorzy', 'wykonawca', 'wykonawcy', 'uczestnicy', 'kto', 'podmiot odpowiedzialny', 'odpowiedzialność',
    'người thực hiện', 'người phụ trách', 'phụ trách', 'trách nhiệm', 'người chịu trách nhiệm', 'đơn vị thực hiện', 'người tham gia', 'thành phần tham gia', 'ai thực hiện', 'đơn vị chủ trì',
    'responsable', 'responsables', 'quién', 'encargado', 'participantes',
    'qui', 'porteur', 'pilote',
    'verantwortlich', 'verantwortliche', 'verantwortlicher', 'wer', 'zuständig', 'zuständigkeit', 'teilnehmer',
    'responsável', 'responsáveis', 'quem',
    'responsabile',
  ],
  outcome: [
    'outcome', 'outcomes', 'expected outcome', 'expected outcomes', 'result', 'results', 'expected result', 'expected results', 'output', 'outputs', 'deliverable', 'deliverables', 'indicator', 'indicators', 'success indicator', 'target',
    'rezultat', 'rezultaty', 'oczekiwany rezultat', 'oczekiwane rezultaty', 'efekt', 'efekty', 'wynik', 'wyniki', 'produkt', 'produkty', 'wskaźnik', 'wskaźniki', 'oczekiwane efekty',
    'kết quả', 'kết quả mong đợi', 'kết quả dự kiến', 'đầu ra', 'chỉ số', 'kết quả cần đạt', 'sản phẩm',
    'resultado', 'resultados', 'resultado esperado', 'resultados esperados', 'producto', 'productos', 'indicador', 'indicadores',
    'résultat', 'résultats', 'résultat attendu', 'résultats attendus', 'livrable', 'livrables', 'indicateur', 'indicateurs',
    'ergebnis', 'ergebnisse', 'erwartete ergebnisse', 'wirkung', 'indikator', 'indikatoren',
    'produto', 'produtos',
    'risultato', 'risultati',
  ],
  start: [
    'start', 'start date', 'begin', 'beginning', 'from', 'starts', 'start month',
    'data rozpoczęcia', 'rozpoczęcie', 'początek', 'od', 'data początkowa',
    'bắt đầu', 'ngày bắt đầu', 'thời gian bắt đầu', 'từ',
    'fecha de inicio', 'inicio', 'desde', 'comienzo',
    'début', 'date de début',
    'beginn', 'startdatum', 'anfang', 'von',
    'data de início', 'início',
  ],
  end: [
    'end', 'end date', 'finish', 'finish date', 'to', 'until', 'due', 'completion', 'end month',
    'data zakończenia', 'zakończenie', 'koniec', 'do', 'data końcowa',
    'kết thúc', 'ngày kết thúc', 'thời gian kết thúc', 'hoàn thành', 'đến',
    'fecha de término', 'fecha de fin', 'fecha de finalización', 'fin', 'término', 'hasta', 'finalización',
    'date de fin', 'échéance finale',
    'ende', 'enddatum', 'bis',
    'data de término', 'data de fim', 'fim', 'término',
  ],
  number: [
    'no', 'nr', 'lp', 'stt', 'tt', 'n', 'n°', 'nº', '#', 'number', 'num', 'ref', 'id', 'code', 's n', 'sr no', 'số', 'số tt', 'l p', 'nr porządkowy',
    'goal no', 'activity no', 'goal number', 'activity number',
  ],
  plan: ['plan', 'plan name', 'kế hoạch', 'nazwa planu', 'plan de trabajo'],
};

interface Entry {
  role: Exclude<Role, 'period' | 'extra'>;
  key: string;
  tokens: string[];
}

let entries: Entry[] | undefined;
function lexicon(): Entry[] {
  if (!entries) {
    entries = [];
    for (const [role, list] of Object.entries(PHRASES)) {
      for (const p of list) {
        const key = p === '#' ? '#' : foldKey(p);
        entries.push({ role: role as Entry['role'], key, tokens: key.split(' ') });
      }
    }
  }
  return entries;
}

export interface RoleCandidate {
  role: Exclude<Role, 'period' | 'extra'>;
  confidence: number;
  /** Whose number a number column holds: "Goal no." or "Activity no.". */
  numbers?: 'goal' | 'activity';
}

function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  return editDistance(a, b, a.length >= 8 ? 2 : 1) <= (a.length >= 8 ? 2 : 1);
}

/** Score a header against every role, best first. Empty when nothing fits. */
export function rankRoles(header: string): RoleCandidate[] {
  const raw = header.trim();
  if (raw === '#') return [{ role: 'number', confidence: 1 }];
  const h = foldKey(raw);
  if (!h || /^\d+$/.test(h)) return [];
  const words = h.split(' ');
  const best = new Map<Entry['role'], number>();
  for (const e of lexicon()) {
    let score = 0;
    if (h === e.key) score = 1;
    else if (` ${h} `.includes(` ${e.key} `)) {
      // The phrase stands in the header with other words around it.
      score = 0.7 + 0.25 * (e.key.length / h.length);
    } else if (e.tokens.every((t) => words.some((w) => tokenMatches(t, w)))) {
      score = 0.55 + 0.25 * (e.key.length / Math.max(h.length, e.key.length));
    }
    // Very short words ("to", "od", "no") only count as the whole header.
    if (e.key.length <= 3 && h !== e.key) score = 0;
    if (score > (best.get(e.role) ?? 0)) best.set(e.role, score);
  }
  const out: RoleCandidate[] = [...best.entries()]
    .map(([role, confidence]) => ({ role, confidence: Math.round(confidence * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence);
  const num = out.find((c) => c.role === 'number');
  if (num) {
    if (/\b(goal|objective|cel|muc tieu|objetivo|objectif|ziel)\b/.test(h)) num.numbers = 'goal';
    else if (/\b(activity|dzialanie|zadanie|hoat dong|actividad|activite|aktivitat)\b/.test(h)) num.numbers = 'activity';
    // "Goal no." is a number column, not a goal column.
    if (num.numbers && /\b(no|nr|number|num)\b/.test(h)) {
      num.confidence = 1;
      out.sort((a, b) => (a.role === 'number' ? -1 : b.role === 'number' ? 1 : b.confidence - a.confidence));
    }
  }
  return out.filter((c) => c.confidence >= 0.5);
}

/** The role of one header on its own (no conflict resolution). */
export function headerRole(header: string): RoleCandidate | undefined {
  return rankRoles(header)[0];
}
