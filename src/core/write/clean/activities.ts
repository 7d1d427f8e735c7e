/**
 * One row per activity. A cell that lists several activities is split; the time, owner, method
 * and outcome lines stay with their activity when their line counts match, and otherwise the
 * whole cell is repeated and the row is flagged.
 */
import { cellItems, cellParts } from '../../read/numbering';
import { splitOwners } from '../../read/owners';
import type { Plan, PlanRow } from '../../model/plan';
import { cellLines, stripBullet, stripMarker } from '../../util/text';
import type { Span } from '../../time/spans';
import { mergeSpans } from '../../time/spans';

export interface ActivityRow {
  plan: string;
  planIndex: number;
  goalId: string;
  goal: string;
  activityId: string;
  activity: string;
  method: string;
  time: string;
  spans: Span[];
  timeRead: boolean;
  owners: string[];
  outcome: string;
  extra: Record<string, string>;
  /** The source row (1-based) and its cells. */
  sourceRow: number;
  cells: Record<string, string>;
  /** True when a split could not keep the lines aligned. */
  misaligned: boolean;
  /** Position of this activity in its source cell (0 when the cell held one). */
  part: number;
}

function tidy(text: string): string {
  return cellLines(text).map(stripMarker).join('\n');
}

function goalText(goal: string): string {
  const items = cellItems(goal);
  return items.items.map((i) => i.text).join(' ');
}

export function activityRows(plan: Plan): ActivityRow[] {
  const out: ActivityRow[] = [];
  for (const r of plan.rows) {
    if (r.blank || r.hidden) continue;
    out.push(...splitRow(plan, r));
  }
  return out;
}

function splitRow(plan: Plan, r: PlanRow): ActivityRow[] {
  const base: ActivityRow = {
    plan: r.plan ?? plan.title,
    planIndex: plan.index,
    goalId: r.goalId,
    goal: goalText(r.goal),
    activityId: r.activityId,
    activity: tidy(r.activity),
    method: tidy(r.method),
    time: tidy(r.time),
    spans: r.timeResult.spans,
    timeRead: r.timeResult.ok,
    owners: r.owners,
    outcome: tidy(r.outcome),
    extra: Object.fromEntries(Object.entries(r.extra).map(([k, v]) => [k, tidy(v)])),
    sourceRow: r.row,
    cells: r.cells,
    misaligned: false,
    part: 0,
  };
  if (!r.multiActivity) return [base];
  const items = r.activityItems;
  const n = items.length;
  const timeLines = r.timeResult.lines;
  const ownerParts = cellParts(r.ownerText);
  const methodParts = cellParts(r.method);
  const outcomeParts = cellParts(r.outcome);
  const aligned = (p: string[]) => p.length === n;
  const timeAligned = timeLines.length === n;
  // A column that is empty or holds a single line applies to every part; a column with another count is misaligned.
  const fits = (p: string[]) => p.length <= 1 || aligned(p);
  const misaligned = !fits(ownerParts) || !fits(methodParts) || !fits(outcomeParts) || !(timeLines.length <= 1 || timeAligned);
  return items.map((item, i) => ({
    ...base,
    // An item without its own number keeps the row's (a numbering column beside a bulleted cell).
    activityId: item.id || base.activityId,
    activity: item.text,
    method: aligned(methodParts) ? methodParts[i] : base.method,
    outcome: aligned(outcomeParts) ? outcomeParts[i] : base.outcome,
    owners: aligned(ownerParts) ? splitOwners(ownerParts[i], plan.lang) : base.owners,
    time: timeAligned ? stripBullet(timeLines[i].text) : base.time,
    spans: timeAligned ? mergeSpans(timeLines[i].spans) : base.spans,
    timeRead: timeAligned ? timeLines[i].spans.length > 0 : base.timeRead,
    misaligned,
    part: i,
  }));
}
