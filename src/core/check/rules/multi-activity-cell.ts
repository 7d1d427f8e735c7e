import { defineRule, draft, FIX } from '../rule';

export const multiActivityCell = defineRule({
  id: 'multi-activity-cell',
  defaultSeverity: 'info',
  tags: ['structure'],
  description: 'One cell lists several activities; the clean table splits it into one row each.',
  args: { count: 'int' },
  check: ({ rows }) => rows.filter((r) => r.multiActivity && r.cells.activity).map((r) => draft(r.cells.activity, { count: r.activityItems.length }, FIX.split)),
});
