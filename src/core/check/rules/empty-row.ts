import { defineRule, draft, FIX } from '../rule';

export const emptyRow = defineRule({
  id: 'empty-row',
  defaultSeverity: 'info',
  tags: ['structure'],
  description: 'An empty row inside a table.',
  args: {},
  check: ({ plan }) => plan.rows.filter((r) => r.blank).map((r) => draft(Object.values(r.cells)[0], {}, FIX.delete)),
});
