import { defineRule, draft, hasTimeColumn } from '../rule';

const REQUIRED = ['activity', 'owner', 'outcome', 'method'] as const;

export const missingColumn = defineRule({
  id: 'missing-column',
  defaultSeverity: 'error',
  tags: ['completeness', 'structure'],
  description: 'The table has no column for a role every activity needs (activity, owner, outcome, method, time).',
  args: { role: ['activity', 'owner', 'outcome', 'method', 'time'] },
  check: ({ plan, rows }) => {
    const headerCell = plan.range.split(':')[0];
    const out = [];
    for (const role of REQUIRED) {
      if (plan.columns.some((c) => c.role === role)) continue;
      // A grid that names its owners in its cells or colours stands for an owner column.
      if (role === 'owner' && rows.some((r) => r.owners.length > 0)) continue;
      out.push(draft(headerCell, { role }));
    }
    if (!hasTimeColumn(plan)) out.push(draft(headerCell, { role: 'time' as const }));
    return out;
  },
});
