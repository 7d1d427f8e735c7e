/**
 * The rules. Each reads one plan and returns the findings it sees; severities and the on/off
 * switches are applied afterwards from the configuration.
 */
import { parseA1 } from '../model/address';
import type { HeaderIssue } from '../read/detect';
import { parentId } from '../read/numbering';
import type { Plan, PlanRow } from '../model/plan';
import type { MainRole } from '../model/roles';
import { ymIndex } from '../time/spans';
import type { Finding, RuleConfig, RuleId } from './findings';
import { isVagueOwner } from './vague';

export type Draft = Omit<Finding, 'severity' | 'sheet' | 'table'>;
export interface RuleInput {
  plan: Plan;
  /** The plan's rows that are not blank, computed once for all rules. */
  rows: PlanRow[];
  headerIssues: HeaderIssue[];
  config: RuleConfig;
}
export type Rule = (input: RuleInput) => Draft[];

export const dataRows = (plan: Plan): PlanRow[] => plan.rows.filter((r) => !r.blank);

/** Fixes without a value are the same for every finding of a rule: shared, not copied 100k times. */
const FILL = Object.freeze({ kind: 'fill-cell' as const });
const REWRITE = Object.freeze({ kind: 'rewrite-time' as const });
const SPLIT = Object.freeze({ kind: 'split-cell' as const });
const DELETE = Object.freeze({ kind: 'delete-row' as const });
const RENAME = Object.freeze({ kind: 'rename-header' as const });

/** A finding's draft. The row is read from the address: "E30" → 30, without a regular expression. */
function draft(rule: RuleId, cell: string, args: Draft['args'] = {}, fix?: Draft['fix']): Draft {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) >= 65) i++;
  const row = parseInt(cell.slice(i), 10);
  return { rule, cell, row: Number.isFinite(row) && row > 0 ? row : parseA1(cell).row + 1, args, fix };
}

const REQUIRED: { role: MainRole; rule: RuleId; value: (r: PlanRow) => string }[] = [
  { role: 'activity', rule: 'missing-activity', value: (r) => r.activity },
  { role: 'owner', rule: 'missing-owner', value: (r) => r.ownerText },
  { role: 'outcome', rule: 'missing-outcome', value: (r) => r.outcome },
  { role: 'method', rule: 'missing-method', value: (r) => r.method },
];

function hasTime(plan: Plan): boolean {
  return plan.columns.some((c) => c.role === 'time' || c.role === 'start' || c.role === 'end' || c.role === 'period');
}

/** missing-activity, missing-owner, missing-outcome, missing-method, and missing-column when the table lacks one. */
export const missingCells: Rule = ({ plan, rows }) => {
  const out: Draft[] = [];
  const headerCell = plan.range.split(':')[0];
  for (const req of REQUIRED) {
    if (!plan.columns.some((c) => c.role === req.role)) {
      out.push(draft('missing-column', headerCell, { role: req.role }));
      continue;
    }
    for (const r of rows) if (!req.value(r)) out.push(draft(req.rule, r.cells[req.role], { role: req.role }, FILL));
  }
  if (!hasTime(plan)) out.push(draft('missing-column', headerCell, { role: 'time' }));
  else
    for (const r of rows) {
      const cell = r.cells.time ?? r.cells.start ?? r.cells.end;
      if (!r.time.trim() && !r.timeResult.ok) out.push(draft('missing-time', cell, { role: 'time' }, FILL));
    }
  return out;
};

/** unparseable-time, time-order, time-typo, time-assumed. */
export const timeReading: Rule = ({ rows }) => {
  const out: Draft[] = [];
  for (const r of rows) {
    const cell = r.cells.time ?? r.cells.start ?? r.cells.end;
    if (!cell || !r.time.trim()) continue;
    const res = r.timeResult;
    if (!res.ok) {
      out.push(draft('unparseable-time', cell, { text: r.time, reason: res.reason ?? 'no-time' }, REWRITE));
      continue;
    }
    for (const w of res.warnings) {
      if (w.code === 'reversed-range') out.push(draft('time-order', cell, { text: r.time }, REWRITE));
      else if (w.code === 'doubled-slash' || w.code === 'truncated-month' || w.code === 'misspelt-month')
        out.push(draft('time-typo', cell, { text: r.time, code: w.code, detail: w.detail }, REWRITE));
      else if (w.code === 'excel-date' || w.code === 'year-assumed' || w.code === 'ambiguous-date' || w.code === 'unreadable-part' || w.code === 'ignored-text')
        out.push(draft('time-assumed', cell, { text: r.time, code: w.code, detail: w.detail }));
    }
  }
  return out;
};

/** time-outside-plan: a span outside the plan's window ("2012–2014" in its title). */
export const timeOutsidePlan: Rule = ({ plan, rows }) => {
  if (!plan.window) return [];
  const lo = ymIndex(plan.window.start);
  const hi = ymIndex(plan.window.end);
  const out: Draft[] = [];
  for (const r of rows) {
    const cell = r.cells.time ?? r.cells.start;
    if (!cell) continue;
    const outside = r.timeResult.spans.find((s) => ymIndex(s.start) < lo || ymIndex(s.end) > hi);
    if (outside) out.push(draft('time-outside-plan', cell, { text: r.time, start: outside.start, end: outside.end, windowStart: plan.window.start, windowEnd: plan.window.end }));
  }
  return out;
};

/** vague-owner: "all", "tất cả", "wszyscy" … */
export const vagueOwner: Rule = ({ rows, config }) => {
  const out: Draft[] = [];
  for (const r of rows) {
    const vague = r.owners.find((o) => isVagueOwner(o, config.vagueOwners));
    if (vague) out.push(draft('vague-owner', r.cells.owner, { owner: vague }, FILL));
  }
  return out;
};

/** duplicate-activity: the same activity twice in one plan. */
export const duplicateActivity: Rule = ({ rows }) => {
  const seen = new Map<string, PlanRow>();
  const out: Draft[] = [];
  for (const r of rows) {
    const texts = r.multiActivity ? r.activityItems.map((i) => i.text) : [r.activity];
    for (const t of texts) {
      const k = t.toLowerCase(); // spaces are already tidied by the reader
      if (!k) continue;
      const first = seen.get(k);
      if (first && first !== r) out.push(draft('duplicate-activity', r.cells.activity, { activity: t, first: first.cells.activity }, DELETE));
      else seen.set(k, r);
    }
  }
  return out;
};

/** multi-activity-cell: a cell that lists several activities; the fix is to split it. */
export const multiActivityCell: Rule = ({ rows }) =>
  rows
    .filter((r) => r.multiActivity)
    .map((r) => draft('multi-activity-cell', r.cells.activity, { count: r.activityItems.length }, SPLIT));

/** inconsistent-numbering: 1.1 under goal 2. */
export const inconsistentNumbering: Rule = ({ rows }) => {
  const out: Draft[] = [];
  for (const r of rows) {
    if (!r.goalId || !/^\d+$/.test(r.goalId)) continue;
    const ids = r.multiActivity ? r.activityItems.map((i) => i.id) : [r.activityId];
    const wrong = ids.find((id) => id && /^\d+(\.\d+)+$/.test(id) && parentId(id) !== r.goalId);
    if (wrong) out.push(draft('inconsistent-numbering', r.cells.activity ?? r.cells.goal, { id: wrong, goalId: r.goalId }, { kind: 'fill-cell', value: `${r.goalId}.${wrong.split('.').slice(1).join('.')}` }));
  }
  return out;
};

/** empty-row inside a table. */
export const emptyRow: Rule = ({ plan }) =>
  plan.rows.filter((r) => r.blank).map((r) => draft('empty-row', Object.values(r.cells)[0], {}, DELETE));

/** Header problems: a column of unknown role, two columns with one role. */
export const headerProblems: Rule = ({ plan, headerIssues }) =>
  headerIssues.flatMap((h) => {
    const col = plan.columns.find((c) => c.index === h.col);
    return col ? [draft(h.kind, `${col.letter}${plan.headerRow}`, { header: col.header, role: h.role ?? '' }, RENAME)] : [];
  });

export const RULES: Rule[] = [missingCells, timeReading, timeOutsidePlan, vagueOwner, duplicateActivity, multiActivityCell, inconsistentNumbering, emptyRow, headerProblems];
