import * as z from 'zod';
import { defineRule, draft, FIX } from '../rule';

export const emptyRow = defineRule({
  id: 'empty-row',
  defaultSeverity: 'info',
  tags: ['structure'],
  description: 'An empty row inside a table.',
  args: z.object({}),
  check: ({ plan }) => plan.rows.filter((r) => r.blank).map((r) => draft(Object.values(r.cells)[0], {}, FIX.delete)),
});
