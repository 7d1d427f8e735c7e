import { headerRole } from '../../src/core/read/header-roles';

const cases: [string, string, string][] = [
  ['en', 'Goal', 'goal'], ['en', 'Activities', 'activity'], ['en', 'Method', 'method'], ['en', 'Timeline / Time frame', 'time'], ['en', 'Responsible person', 'owner'], ['en', 'Expected results', 'outcome'], ['en', 'Participants', 'owner'],
  ['en', 'Activties', 'activity'], ['en', 'Expected outcome / indicator', 'outcome'],
  ['pl', 'Cel szczegółowy', 'goal'], ['pl', 'Działanie', 'activity'], ['pl', 'Sposób realizacji', 'method'], ['pl', 'Termin realizacji', 'time'], ['pl', 'Osoba odpowiedzialna', 'owner'], ['pl', 'Uczestnicy', 'owner'], ['pl', 'Oczekiwane rezultaty', 'outcome'], ['pl', 'CZAS', 'time'], ['pl', 'Element harmonogramu prac', 'activity'],
  ['vi', 'Mục tiêu', 'goal'], ['vi', 'Hoạt động', 'activity'], ['vi', 'Phương pháp thực hiện', 'method'], ['vi', 'Thời gian', 'time'], ['vi', 'Người thực hiện', 'owner'], ['vi', 'Kết quả mong đợi', 'outcome'], ['vi', 'KET QUA MONG DOI', 'outcome'],
  ['es', 'Objetivo específico', 'goal'], ['es', 'Actividades', 'activity'], ['es', 'Metodología', 'method'], ['es', 'Plazo', 'time'], ['es', 'Responsable', 'owner'], ['es', 'Resultados esperados', 'outcome'],
  ['fr', 'Objectifs', 'goal'], ['fr', 'Activités', 'activity'], ['fr', 'Méthode', 'method'], ['fr', 'Échéance', 'time'], ['fr', 'Responsable', 'owner'], ['fr', 'Résultats attendus', 'outcome'],
  ['de', 'Ziel', 'goal'], ['de', 'Maßnahme', 'activity'], ['de', 'Vorgehen', 'method'], ['de', 'Zeitraum', 'time'], ['de', 'Verantwortlich', 'owner'], ['de', 'Erwartete Ergebnisse', 'outcome'],
  ['pt', 'Objetivo', 'goal'], ['pt', 'Atividades', 'activity'], ['pt', 'Metodologia', 'method'], ['pt', 'Prazo', 'time'], ['pt', 'Responsável', 'owner'], ['pt', 'Resultados esperados', 'outcome'],
];

describe('header words of each language', () => {
  test.each(cases)('%s: "%s" is %s', (_lang, header, role) => {
    const r = headerRole(header);
    expect(r?.role).toBe(role);
    expect(r!.confidence).toBeGreaterThanOrEqual(0.6);
  });
  test('exact headers are more confident than headers with typos or extra words', () => {
    expect(headerRole('Activities')!.confidence).toBeGreaterThan(headerRole('Activties')!.confidence);
  });
  test('words that name no role are not given one', () => {
    for (const h of ['Budget', 'Notes', 'Ghi chú', 'Uwagi', 'Hội thảo có sự tham gia của các tổ chức']) expect(headerRole(h)).toBeUndefined();
  });
  test('a time header whose note spans a start and an end is one time column; a note of one end stays that end', () => {
    for (const h of ['Thời gian (bắt đầu - kết thúc)', 'Timeframe (start – end)', 'Termin (od - do)', 'Срок (начало - окончание)']) expect(headerRole(h)?.role).toBe('time');
    expect(headerRole('Date (start)')?.role).toBe('start');
  });
});
