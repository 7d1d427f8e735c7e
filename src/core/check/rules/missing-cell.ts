/** The rules for an empty cell in a column the plan has: no activity, owner, outcome or method. */
import { z } from 'zod';
import type { PlanRow } from '../../model/plan';
import type { Severity } from '../../model/config';
import { defineRule, draft, FIX } from '../rule';

function missingCell<const Id extends string>(id: Id, role: 'activity' | 'owner' | 'outcome' | 'method', severity: Severity, value: (r: PlanRow) => string, description: string) {
  return defineRule({
    id,
    defaultSeverity: severity,
    tags: ['completeness', role],
    description,
    args: z.object({ role: z.literal(role) }),
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

export const missingActivity = missingCell('missing-activity', 'activity', 'error', (r) => r.activity, 'A row of the table names no activity.');
export const missingOwner = missingCell('missing-owner', 'owner', 'error', (r) => r.ownerText, 'An activity has no owner: nobody is accountable for it.');
export const missingOutcome = missingCell('missing-outcome', 'outcome', 'error', (r) => r.outcome, 'An activity has no expected outcome.');
export const missingMethod = missingCell('missing-method', 'method', 'warning', (r) => r.method, 'An activity says nothing of how it will be done.');
