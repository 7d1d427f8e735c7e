/** Header problems the reader saw: a column of no known role, two columns with one role. */
import { z } from 'zod';
import { defineRule, draft, FIX } from '../rule';
import type { RuleInput } from '../rule';

function issues(kind: 'unknown-column' | 'duplicate-role', { plan, headerIssues }: RuleInput) {
  return headerIssues.flatMap((h) => {
    if (h.kind !== kind) return [];
    const col = plan.columns.find((c) => c.index === h.col);
    return col ? [{ col, role: h.role ?? '' }] : [];
  });
}

export const unknownColumn = defineRule({
  id: 'unknown-column',
  defaultSeverity: 'info',
  tags: ['structure'],
  description: 'A column whose header names no known role; it is kept as an extra column.',
  args: z.object({ header: z.string() }),
  check: (input) => issues('unknown-column', input).map(({ col }) => draft(`${col.letter}${input.plan.headerRow}`, { header: col.header }, FIX.rename)),
});

export const duplicateRole = defineRule({
  id: 'duplicate-role',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: 'Two columns claim one role; the weaker is kept as an extra column.',
  args: z.object({ header: z.string(), role: z.string() }),
  check: (input) => issues('duplicate-role', input).map(({ col, role }) => draft(`${col.letter}${input.plan.headerRow}`, { header: col.header, role }, FIX.rename)),
});
