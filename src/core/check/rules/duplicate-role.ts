/** duplicate-role: two columns claim one role. */
import * as z from 'zod';
import { headerIssuesOf } from '../header-issues';
import { defineRule, draft, FIX } from '../rule';

export const duplicateRole = defineRule({
  id: 'duplicate-role',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: 'Two columns claim one role; the weaker is kept as an extra column.',
  args: z.object({ header: z.string(), role: z.string() }),
  check: (input) => headerIssuesOf('duplicate-role', input).map(({ col, role }) => draft(`${col.letter}${input.plan.headerRow}`, { header: col.header, role }, FIX.rename)),
});
