/** What the rules on an empty cell share: a column the plan has, and a row whose cell in it is empty. */
import type { PlanRow } from '../model/plan';
import type { Severity } from '../model/config';
import { defineRule, draft, FIX } from './rule';

export function missingCell<const Id extends string>(id: Id, role: 'activity' | 'owner' | 'outcome' | 'method', severity: Severity, value: (r: PlanRow) => string, description: string) {
  return defineRule({
    id,
    defaultSeverity: severity,
    tags: ['completeness', role],
    description,
    args: { role: [role] },
    check: ({ plan, rows }) => {
      const column = plan.columns.some((c) => c.role === role);
      // Owners read from a grid's cells or its colours: a row whose marks name nobody lacks one.
      const fromGrid = role === 'owner' && !column && rows.some((r) => r.owners.length > 0);
      if (!column && !fromGrid) return [];
      const out = [];
      for (const r of rows) {
        const cell = r.cells[role] ?? (fromGrid ? r.cells.time : undefined);
        if (!value(r) && cell) out.push(draft(cell, { role }, FIX.fill));
      }
      return out;
    },
  });
}
