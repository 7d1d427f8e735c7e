/**
 * Header roles: what a column holds, read from its header text in any registered language (the header words
 * of every language pack). Case, diacritics and punctuation are ignored; typos and extra words are tolerated.
 */
import type { HeaderWords } from '../lang';
import { PACKS } from '../lang';
import type { Role } from '../model/roles';
import { editDistance, foldKey } from '../util/text';

/** A role a header can name; "extra" is a column known not to be a plan role (status, comment, budget). */
export type HeaderRole = Exclude<Role, 'period'>;

const KEYS: Record<Exclude<keyof HeaderWords, 'logframe'>, HeaderRole> = {
  goal: 'goal', activity: 'activity', method: 'method', time: 'time', owner: 'owner', outcome: 'outcome', start: 'start', end: 'end',
  duration: 'duration', number: 'number', plan: 'plan', other: 'extra',
};

let logframe: Set<string> | undefined;

/** A column of a logical framework beside its results: indicator, baseline, target, means of verification, assumptions. */
export function isLogframeHeader(header: string): boolean {
  if (!logframe) logframe = new Set(PACKS.flatMap((p) => p.headers.logframe ?? []).map(foldKey));
  const h = foldKey(header);
  if (logframe.has(h)) return true;
  for (const w of logframe) if (w.length >= 6 && ` ${h} `.includes(` ${w} `)) return true;
  return false;
}

let support: string[] | undefined;

/** A header of those who support the lead ("Đơn vị phối hợp", "Partnerzy", "Supporting partners"): the packs' supportLabels. */
export function isSupportHeader(header: string): boolean {
  if (!support) support = [...new Set(PACKS.flatMap((p) => p.supportLabels ?? []).map(foldKey))];
  const h = ` ${foldKey(header)} `;
  return support.some((w) => h.includes(` ${w} `));
}

interface Entry {
  role: HeaderRole;
  key: string;
  tokens: string[];
  lang: string;
}

let entries: Entry[] | undefined;
function lexicon(): Entry[] {
  if (!entries) {
    const seen = new Set<string>();
    entries = [];
    for (const pack of PACKS) {
      for (const [k, list] of Object.entries(pack.headers) as [keyof HeaderWords, string[]][]) {
        if (k === 'logframe') continue;
        for (const p of list ?? []) {
          const key = p === '#' || p === '№' ? p : foldKey(p);
          const role = KEYS[k];
          if (!key || seen.has(`${role}|${key}`)) continue;
          seen.add(`${role}|${key}`);
          entries.push({ role, key, tokens: key.split(' '), lang: pack.code });
        }
      }
    }
  }
  return entries;
}

export interface RoleCandidate {
  role: HeaderRole;
  confidence: number;
  /** Whose number a number column holds: "Goal no." or "Activity no.". */
  numbers?: 'goal' | 'activity';
}

function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  // A typo keeps a word's first two letters ("Responsibel"); "деятельность" is not "длительность"; "Thing" is not "tháng".
  if (a.length < 6 || b.length < 6 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  return editDistance(a, b, a.length >= 8 ? 2 : 1) <= (a.length >= 8 ? 2 : 1);
}

const GOAL_WORDS = /\b(goal|objective|cel|muc tieu|objetivo|objectif|ziel|obiettivo|цель|tujuan)\b/;
const ACTIVITY_WORDS = /\b(activity|task|dzialanie|zadanie|hoat dong|cong viec|actividad|tarea|activite|tache|aktivitat|aufgabe|atividade|tarefa|attivita|задача|работ|мероприят|kegiatan)\b/;
const NUMBER_WORDS = /\b(no|nr|number|num|stt|lp|n|so|ma)\b/;

/**
 * A header whose note in brackets spans a start and an end ("Thời gian (bắt đầu - kết thúc)", "Timeframe (start –
 * end)") names one time column: its words before the note decide its role.
 */
function rangeNote(raw: string): RoleCandidate[] | undefined {
  const m = /^([^([]{2,})[([]([^)\]]+)[)\]]\s*$/.exec(raw);
  if (!m) return undefined;
  const parts = m[2].split(/(?<!\s)\s*[-–—/,]\s*|(?<!\s)\s+(?:to|do|đến|à|a|bis|по)\s+/).map((p) => headerRole(p)?.role);
  if (!parts.includes('start') || !parts.includes('end')) return undefined;
  const head = rankRoles(m[1]);
  return head[0]?.role === 'time' ? head : undefined;
}

/** Score a header against every role, best first. Empty when nothing fits. */
export function rankRoles(header: string): RoleCandidate[] {
  const note = /[([]/.test(header) ? rangeNote(header.trim()) : undefined;
  if (note) return note;
  const raw = header.trim();
  if (raw === '#' || raw === '##' || raw === '№' || /^№\s*(п\s*\/?\s*п|з\s*\/?\s*п)?\.?$/i.test(raw)) return [{ role: 'number', confidence: 1 }];
  const h = foldKey(raw);
  if (!h || /^\d+$/.test(h)) return [];
  const words = h.split(' ');
  const best = new Map<HeaderRole, number>();
  for (const e of lexicon()) {
    let score = 0;
    if (h === e.key) score = 1;
    else if (` ${h} `.includes(` ${e.key} `)) {
      // The phrase stands in the header with other words around it.
      score = 0.7 + 0.25 * (e.key.length / h.length);
    } else if (e.role !== 'extra' && e.tokens.every((t) => words.some((w) => tokenMatches(t, w)))) {
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
    if (GOAL_WORDS.test(h)) num.numbers = 'goal';
    else if (ACTIVITY_WORDS.test(h)) num.numbers = 'activity';
    // "Goal no." is a number column, not a goal column.
    if (num.numbers && NUMBER_WORDS.test(h)) {
      num.confidence = 1;
      out.sort((a, b) => (a.role === 'number' ? -1 : b.role === 'number' ? 1 : b.confidence - a.confidence));
    }
  }
  return out.filter((c) => c.confidence >= 0.5);
}

/** The role of one header on its own (no conflict resolution). */
export function headerRole(header: string): RoleCandidate | undefined {
  return rankRoles(header).find((c) => c.role !== 'extra');
}
