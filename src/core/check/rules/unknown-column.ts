/** unknown-column: a column whose header names no known role. */
import { headerIssuesOf } from '../header-issues';
import { defineRule, draft, FIX } from '../rule';

export const unknownColumn = defineRule({
  id: 'unknown-column',
  defaultSeverity: 'info',
  tags: ['structure'],
  description: 'A column whose header names no known role; it is kept as an extra column.',
  args: { header: 'string' },
  check: (input) => headerIssuesOf('unknown-column', input).map(({ col }) => draft(`${col.letter}${input.plan.headerRow}`, { header: col.header }, FIX.rename)),
});
