/** The CLI's JSON shapes, built from the plan model. */
import type { Plan, Role } from '../core';

const PUBLIC_ROLE: Partial<Record<Role, Role>> = { number: 'extra', plan: 'extra', period: 'time' };

export function tableJson(plan: Plan) {
  return {
    sheet: plan.sheet,
    title: plan.title,
    range: plan.range,
    headerRow: plan.headerRow,
    year: plan.year,
    setByHand: plan.explicit ?? false,
    /** Why this was read as a plan table: the evidence, in words. */
    why: plan.reasons ?? [],
    columns: plan.columns.map((c) => ({
      index: c.index, letter: c.letter, header: c.header, role: PUBLIC_ROLE[c.role] ?? c.role, confidence: c.confidence,
      setByHand: c.explicit ?? false, inferred: c.inferred ?? false, why: c.reasons ?? [],
    })),
    rows: plan.rows
      .filter((r) => !r.blank)
      .map((r) => ({
        row: r.row,
        goal: r.goal,
        goalId: r.goalId,
        activity: r.activity,
        activityId: r.activityId,
        method: r.method,
        time: r.time,
        spans: r.timeResult.spans,
        relative: r.timeResult.relative,
        owners: r.owners,
        outcome: r.outcome,
        extra: r.extra,
      })),
  };
}
