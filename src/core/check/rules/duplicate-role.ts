/** duplicate-role: two columns claim one role. */
import { headerIssuesOf } from '../header-issues';
import { defineRule, draft, FIX } from '../rule';

export const duplicateRole = defineRule({
  id: 'duplicate-role',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: 'Two columns claim one role; the weaker is kept as an extra column.',
  args: { header: 'string', role: 'string' },
  check: (input) => headerIssuesOf('duplicate-role', input).map(({ col, role }) => draft(`${col.letter}${input.plan.headerRow}`, { header: col.header, role }, FIX.rename)),
});
