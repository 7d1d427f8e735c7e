/**
 * Why the engine read a table and its columns as it did, in the user's language: the same evidence that
 * `parse --json` gives in its "why" lists, said as one sentence for the pane.
 */
import type { Lang } from '../lang/types';
import { uiPack } from '../lang/shown';
import type { Column, Plan } from '../model/plan';
import { stripMarker } from '../util/text';
import { fill, quote, roleName } from './messages';

const SHOWN = (c: Column) => c.role !== 'extra' && c.role !== 'period' && c.role !== 'number' && c.role !== 'plan';

function roles(columns: Column[], lang: Lang): string {
  return columns.map((c) => `${roleName(c.role, lang)} (${c.letter})`).join(', ');
}

/** "Found because its header names activity (B), time (D) and its header runs through 8 periods." */
export function planWhy(plan: Plan, lang: Lang): string {
  const w = uiPack(lang).messages.why;
  const parts: string[] = [];
  if (plan.explicit) parts.push(w.byHand);
  else if (plan.headerless) parts.push(w.noHeader);
  else if (plan.reasons?.[0]?.startsWith('its header names no role')) parts.push(w.unknownHeader);
  else {
    const named = plan.columns.filter((c) => SHOWN(c) && !c.inferred);
    const inferred = plan.columns.filter((c) => SHOWN(c) && c.inferred);
    const periods = plan.columns.filter((c) => c.role === 'period').length;
    if (named.length) parts.push(fill(w.header, { roles: roles(named, lang) }));
    if (periods) parts.push(fill(w.periods, { n: periods }));
    if (inferred.length) parts.push(fill(w.content, { roles: roles(inferred, lang) }));
  }
  return fill(uiPack(lang).ui.whyTable, { reasons: parts.join(w.and) });
}

/** "Time: its header “Thời gian”", "Owner: read from its content", "Owner: set by you". */
export function columnWhy(column: Column, lang: Lang): string {
  const w = uiPack(lang).messages.why.column;
  const reason = column.explicit ? w.byHand : column.inferred || !column.header ? w.content : fill(w.header, { header: quote(column.header, lang) });
  return fill(uiPack(lang).ui.whyColumn, { role: roleName(column.role, lang), reasons: reason });
}

/**
 * The activity a finding is about, as the user knows it: its number and the start of its text ("1.2 Khảo sát
 * nhu cầu…"), or nothing for a finding about the table itself (a missing column, a header).
 */
export function findingActivity(f: { table: number; row: number; rule: string }, plans: Plan[]): string | undefined {
  if (f.rule === 'missing-column' || f.rule === 'unknown-column' || f.rule === 'duplicate-role') return undefined;
  const plan = plans.find((p) => p.index === f.table);
  const row = plan?.rows.find((r) => r.row === f.row);
  if (!row) return undefined;
  // The first line, without its bullet: "- Xây dựng ý kiến chung\n- Ký kết" is "Xây dựng ý kiến chung…".
  // A row with no activity goes by its goal, whose text starts with its own number ("7. Kế hoạch…").
  const source = row.activity || (row.goalId && row.goal.startsWith(row.goalId) ? row.goal.slice(row.goalId.length).replace(/^[.)\s]+/, '') : row.goal) || row.method;
  const lines = source.split(/\n/).map((l) => stripMarker(l).trim()).filter(Boolean);
  const text = (lines[0] ?? '') + (lines.length > 1 ? '…' : '');
  const short = text.length > 42 ? `${text.slice(0, 40).replace(/\s+\S*$/, '').replace(/…$/, '')}…` : text;
  const id = row.activity ? row.activityId : row.goalId;
  return [id, short].filter(Boolean).join(' ') || undefined;
}

/** Errors first, then warnings, then notes. */
export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
