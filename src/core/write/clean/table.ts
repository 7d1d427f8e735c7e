/** The cleaned table: one row per activity, goals filled down, spans and quarters derived, and its outputs. */
import { findingMessage } from '../../i18n/messages';
import type { Lang } from '../../lang';
import { UI_LANGS, uiPack } from '../../lang';
import { csvChunks, toCsv } from '../../io/csv';
import { dateToSerial } from '../../time/excel-date';
import { shortPlanNames } from '../plan-names';
import type { Plan } from '../../model/plan';
import { extraNames } from '../../model/plan';
import type { SheetSpec } from '../../model/sheet-spec';
import { quartersOf } from '../../time/spans';
import { groupBy } from '../../util/group';
import type { Finding } from '../../check';
import { activityRows } from './activities';
import type { CleanRow, CleanTable } from './table.schema';
export type { CleanRow, CleanTable };

/** The columns of the clean table, in order; their names come from the table's language pack. */
export const CLEAN_COLUMNS = ['plan', 'goalNo', 'goal', 'activityNo', 'activity', 'method', 'time', 'start', 'end', 'quarters', 'owners', 'outcome'] as const;

/** The table's language: the one most of its plans are written in, when we have its words; else the user's. */
function tableLang(plans: Plan[], fallback: Lang): Lang {
  const counts = new Map<string, number>();
  for (const p of plans) if (UI_LANGS.includes(p.lang)) counts.set(p.lang, (counts.get(p.lang) ?? 0) + p.rows.length);
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? fallback;
}

function isoDay(ym: string, last: boolean): string {
  if (!/^\d{4}-\d{2}$/.test(ym)) return '';
  const [y, m] = ym.split('-').map(Number);
  return `${ym}-${String(last ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1).padStart(2, '0')}`;
}

/** The columns a clean table derives, per language: start, end, quarters, findings. */
const DERIVED = UI_LANGS.map((l) => (['start', 'end', 'quarters', 'findings'] as const).map((k) => uiPack(l).sheets.clean.headers[k].toLowerCase()));

/** A plan that is a clean table of ours read back: it has all four derived columns, which are derived again, not kept. */
function derivedOf(p: Plan): Set<string> {
  const headers = new Set(p.columns.map((c) => c.header.trim().toLowerCase()));
  return new Set(DERIVED.find((set) => set.every((h) => headers.has(h))) ?? []);
}

/** Every user column, under its own name (the union over the plans, in order of first appearance). */
function extraHeadersOf(plans: Plan[]): string[] {
  const out = new Set<string>();
  for (const p of plans) {
    const ours = derivedOf(p);
    for (const name of extraNames(p.columns).values()) if (!ours.has(name.toLowerCase())) out.add(name);
    // Upper outline levels kept on a row beside a deeper activity (see read/rows.ts).
    for (const r of p.rows) for (const k of Object.keys(r.extra)) if (!ours.has(k.toLowerCase())) out.add(k);
  }
  return [...out];
}

/** Our column names give way to the user's: where a user column is called "Findings", ours is "Findings (Activity Matrix)". */
function ourHeaders(words: Record<string, string>, extras: string[]): string[] {
  const taken = new Set(extras.map((h) => h.trim().toLowerCase()));
  return [...CLEAN_COLUMNS, 'findings' as const].map((c) => (taken.has(words[c].toLowerCase()) ? `${words[c]} (Activity Matrix)` : words[c]));
}

export function cleanPlans(plans: Plan[], findings: Finding[], fallbackLang: Lang = 'en'): CleanTable {
  const lang = tableLang(plans, fallbackLang);
  const words = uiPack(lang).sheets.clean;
  const extraHeaders = extraHeadersOf(plans);
  const names = shortPlanNames(plans.map((p) => p.title || p.sheet));
  const rows: CleanRow[] = [];
  const byTable = groupBy(
    findings.filter((f) => f.rule !== 'multi-activity-cell'),
    (f) => f.table,
  );
  plans.forEach((p, i) => {
    const byRow = groupBy(byTable.get(p.index) ?? [], (f) => f.row);
    for (const a of activityRows(p)) {
      const own = byRow.get(a.sourceRow) ?? [];
      rows.push({
        plan: a.plan && a.plan !== p.title ? a.plan : names[i],
        goalNo: a.goalId, goal: a.goal, activityNo: a.activityId, activity: a.activity, method: a.method, time: a.time,
        start: isoDay(a.spans[0]?.start ?? '', false),
        end: isoDay(a.spans[a.spans.length - 1]?.end ?? '', true),
        quarters: quartersOf(a.spans), owners: a.owners, outcome: a.outcome,
        extra: Object.fromEntries(extraHeaders.map((h) => [h, a.extra[h] ?? ''])),
        findings: [...new Set(own.map((f) => f.rule))].sort(),
        notes: [...new Set(own.map((f) => findingMessage(f, lang)))],
        source: { sheet: p.sheet, row: a.sourceRow },
        flagged: a.misaligned,
      });
    }
  });
  const ours = ourHeaders(words.headers, extraHeaders);
  return { lang, headers: [...ours.slice(0, CLEAN_COLUMNS.length), ...extraHeaders, ours[CLEAN_COLUMNS.length]], extraHeaders, rows };
}

/** Excel's limit on the characters of a cell. */
export const EXCEL_CELL_CHARS = 32_767;

/** The cells a CSV or an .xlsx must cut to Excel's limit (JSON keeps them whole): their row in the output and column. */
export function longCells(t: CleanTable): { row: number; column: string }[] {
  const out: { row: number; column: string }[] = [];
  cleanMatrix(t, false).forEach((r, i) => r.forEach((v, c) => v.length > EXCEL_CELL_CHARS && out.push({ row: i + 1, column: t.headers[c] ?? String(c + 1) })));
  return out;
}

/** The table as rows of text, header first; the findings column holds the notes. Cells are cut to Excel's limit unless asked not to. */
export function cleanMatrix(t: CleanTable, fitExcel = true): string[][] {
  const rows = cleanMatrixWhole(t);
  if (!fitExcel) return rows;
  return rows.map((r) => (r.some((v) => v.length > EXCEL_CELL_CHARS) ? r.map((v) => (v.length > EXCEL_CELL_CHARS ? v.slice(0, EXCEL_CELL_CHARS) : v)) : r));
}

function cleanMatrixWhole(t: CleanTable): string[][] {
  const flagged = uiPack(t.lang).messages.rules['split-misaligned']?.title ?? 'split-misaligned';
  return [
    t.headers,
    ...t.rows.map((r) => [
      r.plan, r.goalNo, r.goal, r.activityNo, r.activity, r.method, r.time, r.start, r.end, r.quarters.join(', '), r.owners.join('; '), r.outcome,
      ...t.extraHeaders.map((h) => r.extra[h] ?? ''),
      [...r.notes, ...(r.flagged && !r.findings.includes('split-misaligned') ? [flagged] : [])].join('; '),
    ]),
  ];
}

export function cleanCsv(t: CleanTable): string {
  return toCsv(cleanMatrix(t));
}

/** The clean table as CSV, a piece at a time, for a host that writes it as a stream. */
export function cleanCsvChunks(t: CleanTable): Generator<string> {
  return csvChunks(cleanMatrix(t));
}

/** What cleanJson writes, as a value (a host may write it as a stream: the same text). */
export function cleanJsonValue(t: CleanTable): { lang: string; headers: string[]; rows: CleanTable['rows'] } {
  return { lang: t.lang, headers: t.headers, rows: t.rows };
}

export function cleanJson(t: CleanTable): string {
  return JSON.stringify(cleanJsonValue(t), null, 2);
}

const WIDTHS: Record<(typeof CLEAN_COLUMNS)[number] | 'findings', number> = { plan: 24, goalNo: 8, goal: 30, activityNo: 10, activity: 44, method: 30, time: 14, start: 11, end: 11, quarters: 14, owners: 24, outcome: 36, findings: 36 };
const START = CLEAN_COLUMNS.indexOf('start');
const END = CLEAN_COLUMNS.indexOf('end');

/** An ISO day as an Excel date cell: a serial number with a date format, never text that a locale may misread. */
function dateCell(iso: string): { v: string | number | null; s: string; nf?: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { v: dateToSerial(+m[1], +m[2], +m[3]), s: 'body', nf: 'yyyy-mm-dd' } : { v: iso, s: 'body' };
}

export function cleanSheetSpec(t: CleanTable, name = uiPack(t.lang).sheets.clean.sheet): SheetSpec {
  const matrix = cleanMatrix(t);
  const widths = [...CLEAN_COLUMNS.map((c) => WIDTHS[c]), ...t.extraHeaders.map(() => 18), WIDTHS.findings];
  return {
    kind: 'clean',
    name,
    rows: matrix.map((r, i) => r.map((v, c) => (i > 0 && (c === START || c === END) ? dateCell(v) : { v, s: i === 0 ? 'head' : 'body' }))),
    styles: { head: { bold: true, wrap: true, valign: 'top' }, body: { wrap: true, valign: 'top' } },
    merges: [],
    columnWidths: widths,
    freeze: { rows: 1, cols: 0 },
    print: { orientation: 'landscape', fitToWidth: true },
    table: { name: 'CleanPlan', headerRow: 0, style: 'TableStyleMedium2' },
  };
}
