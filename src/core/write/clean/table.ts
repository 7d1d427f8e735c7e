/** The cleaned table: one row per activity, goals filled down, spans and quarters derived, and its outputs. */
import { z } from 'zod';
import { findingMessage } from '../../i18n/messages';
import type { Lang } from '../../lang';
import { UI_LANGS, uiPack } from '../../lang';
import { toCsv } from '../../io/csv';
import { dateToSerial } from '../../time/excel-date';
import { shortPlanNames } from '../plan-names';
import type { Plan } from '../../model/plan';
import type { SheetSpec } from '../../model/sheet-spec';
import { quartersOf } from '../../time/spans';
import type { Finding } from '../../check';
import { activityRows } from './activities';

/** The columns of the clean table, in order; their names come from the table's language pack. */
export const CLEAN_COLUMNS = ['plan', 'goalNo', 'goal', 'activityNo', 'activity', 'method', 'time', 'start', 'end', 'quarters', 'owners', 'outcome'] as const;
/** Columns a clean table derives (in any of our languages): a clean table cleaned again does not repeat them as extras. */
const DERIVED = new Set(UI_LANGS.flatMap((l) => (['quarters', 'findings', 'start', 'end'] as const).map((k) => uiPack(l).sheets.clean.headers[k].toLowerCase())));

export const CleanRowSchema = z.object({
  plan: z.string(),
  goalNo: z.string(),
  goal: z.string(),
  activityNo: z.string(),
  activity: z.string(),
  method: z.string(),
  time: z.string(),
  /** The first day of the first month, ISO (2009-03-01); empty when no time was read. */
  start: z.string(),
  /** The last day of the last month, ISO (2009-05-31). */
  end: z.string(),
  quarters: z.array(z.string()),
  owners: z.array(z.string()),
  outcome: z.string(),
  extra: z.record(z.string(), z.string()),
  /** The rule ids found on the row. */
  findings: z.array(z.string()),
  /** The findings as messages in the table's language, for the people who read the table. */
  notes: z.array(z.string()),
  /** The source row (1-based sheet row) and sheet. */
  source: z.object({ sheet: z.string(), row: z.number().int() }),
  /** A split that could not keep the lines aligned. */
  flagged: z.boolean(),
});
export type CleanRow = z.infer<typeof CleanRowSchema>;

export const CleanTableSchema = z.object({
  /** The language of the headers, the sheet name and the notes: the plans' own, when it has one. */
  lang: z.string(),
  headers: z.array(z.string()),
  extraHeaders: z.array(z.string()),
  rows: z.array(CleanRowSchema),
});
export type CleanTable = z.infer<typeof CleanTableSchema>;

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

function extraHeadersOf(plans: Plan[]): string[] {
  const out: string[] = [];
  for (const p of plans) for (const c of p.columns) if (c.role === 'extra' && !DERIVED.has(c.header.trim().toLowerCase()) && !out.includes(c.header || c.letter)) out.push(c.header || c.letter);
  return out;
}

export function cleanPlans(plans: Plan[], findings: Finding[], fallbackLang: Lang = 'en'): CleanTable {
  const lang = tableLang(plans, fallbackLang);
  const words = uiPack(lang).sheets.clean;
  const extraHeaders = extraHeadersOf(plans);
  const names = shortPlanNames(plans.map((p) => p.title || p.sheet));
  const rows: CleanRow[] = [];
  plans.forEach((p, i) => {
    const byRow = new Map<number, Finding[]>();
    for (const f of findings) if (f.table === p.index && f.rule !== 'multi-activity-cell') byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
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
  return { lang, headers: [...CLEAN_COLUMNS.map((c) => words.headers[c]), ...extraHeaders, words.headers.findings], extraHeaders, rows };
}

/** The table as rows of text, header first; the findings column holds the notes. */
export function cleanMatrix(t: CleanTable): string[][] {
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

export function cleanJson(t: CleanTable): string {
  return JSON.stringify({ lang: t.lang, headers: t.headers, rows: t.rows }, null, 2);
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
