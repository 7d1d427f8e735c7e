/** The cleaned table: one row per activity, goals filled down, spans and quarters derived, and its outputs. */
import { z } from 'zod';
import { toCsv } from '../../io/csv';
import type { Plan } from '../../model/plan';
import type { SheetSpec } from '../../model/sheet-spec';
import { quartersOf } from '../../time/spans';
import type { Finding } from '../../check';
import { activityRows } from './activities';

export const CLEAN_HEADERS = ['Plan', 'Goal no.', 'Goal', 'Activity no.', 'Activity', 'Method', 'Time', 'Start', 'End', 'Quarters', 'Owners', 'Outcome'] as const;
const DERIVED = new Set(['quarters', 'findings', 'start', 'end']);

export const CleanRowSchema = z.object({
  plan: z.string(),
  goalNo: z.string(),
  goal: z.string(),
  activityNo: z.string(),
  activity: z.string(),
  method: z.string(),
  time: z.string(),
  start: z.string(),
  end: z.string(),
  quarters: z.array(z.string()),
  owners: z.array(z.string()),
  outcome: z.string(),
  extra: z.record(z.string(), z.string()),
  findings: z.array(z.string()),
  /** The source row (1-based sheet row) and sheet. */
  source: z.object({ sheet: z.string(), row: z.number().int() }),
  /** A split that could not keep the lines aligned. */
  flagged: z.boolean(),
});
export type CleanRow = z.infer<typeof CleanRowSchema>;

export const CleanTableSchema = z.object({
  headers: z.array(z.string()),
  extraHeaders: z.array(z.string()),
  rows: z.array(CleanRowSchema),
});
export type CleanTable = z.infer<typeof CleanTableSchema>;

export function cleanPlans(plans: Plan[], findings: Finding[]): CleanTable {
  const extraHeaders: string[] = [];
  for (const p of plans)
    for (const c of p.columns)
      if (c.role === 'extra' && !DERIVED.has(c.header.trim().toLowerCase()) && !extraHeaders.includes(c.header || c.letter)) extraHeaders.push(c.header || c.letter);
  const rows: CleanRow[] = [];
  for (const p of plans) {
    const byRow = new Map<number, Set<string>>();
    for (const f of findings) if (f.table === p.index) byRow.set(f.row, (byRow.get(f.row) ?? new Set()).add(f.rule));
    for (const a of activityRows(p)) {
      const first = a.spans[0];
      const last = a.spans[a.spans.length - 1];
      const rules = new Set(byRow.get(a.sourceRow) ?? []);
      rules.delete('multi-activity-cell'); // the split has dealt with it
      rows.push({
        plan: a.plan,
        goalNo: a.goalId,
        goal: a.goal,
        activityNo: a.activityId,
        activity: a.activity,
        method: a.method,
        time: a.time,
        start: first?.start ?? '',
        end: last?.end ?? '',
        quarters: quartersOf(a.spans),
        owners: a.owners,
        outcome: a.outcome,
        extra: Object.fromEntries(extraHeaders.map((h) => [h, a.extra[h] ?? ''])),
        findings: [...rules].sort(),
        source: { sheet: p.sheet, row: a.sourceRow },
        flagged: a.misaligned,
      });
    }
  }
  return { headers: [...CLEAN_HEADERS, ...extraHeaders, 'Findings'], extraHeaders, rows };
}

export function cleanMatrix(t: CleanTable): string[][] {
  return [
    t.headers,
    ...t.rows.map((r) => [
      r.plan, r.goalNo, r.goal, r.activityNo, r.activity, r.method, r.time, r.start, r.end, r.quarters.join(', '), r.owners.join('; '), r.outcome,
      ...t.extraHeaders.map((h) => r.extra[h] ?? ''),
      [...r.findings, ...(r.flagged ? ['split-misaligned'] : [])].join('; '),
    ]),
  ];
}

export function cleanCsv(t: CleanTable): string {
  return toCsv(cleanMatrix(t));
}

export function cleanJson(t: CleanTable): string {
  return JSON.stringify({ headers: t.headers, rows: t.rows }, null, 2);
}

const WIDTHS: Record<string, number> = { Plan: 24, 'Goal no.': 8, Goal: 30, 'Activity no.': 10, Activity: 44, Method: 30, Time: 14, Start: 9, End: 9, Quarters: 14, Owners: 24, Outcome: 36, Findings: 24 };

export function cleanSheetSpec(t: CleanTable, name = 'Clean plan'): SheetSpec {
  const matrix = cleanMatrix(t);
  return {
    kind: 'clean',
    name,
    rows: matrix.map((r, i) => r.map((v) => ({ v, s: i === 0 ? 'head' : 'body' }))),
    styles: { head: { bold: true, wrap: true, valign: 'top' }, body: { wrap: true, valign: 'top' } },
    merges: [],
    columnWidths: t.headers.map((h) => WIDTHS[h] ?? 18),
    freeze: { rows: 1, cols: 0 },
    print: { orientation: 'landscape', fitToWidth: true },
    table: { name: 'CleanPlan', headerRow: 0, style: 'TableStyleMedium2' },
  };
}
