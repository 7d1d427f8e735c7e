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
      if (!plan.columns.some((c) => c.role === role)) return [];
      const out = [];
      for (const r of rows) if (!value(r) && r.cells[role]) out.push(draft(r.cells[role], { role }, FIX.fill));
      return out;
    },
  });
}

export const missingActivity = missingCell('missing-activity', 'activity', 'error', (r) => r.activity, 'A row of the table names no activity.');
export const missingOwner = missingCell('missing-owner', 'owner', 'error', (r) => r.ownerText, 'An activity has no owner: nobody is accountable for it.');
export const missingOutcome = missingCell('missing-outcome', 'outcome', 'error', (r) => r.outcome, 'An activity has no expected outcome.');
export const missingMethod = missingCell('missing-method', 'method', 'warning', (r) => r.method, 'An activity says nothing of how it will be done.');
