/** The header problems the reader saw, of one kind, with their columns. */
import type { RuleInput } from './rule';

export function headerIssuesOf(kind: 'unknown-column' | 'duplicate-role', { plan, headerIssues }: RuleInput) {
  return headerIssues.flatMap((h) => {
    if (h.kind !== kind) return [];
    const col = plan.columns.find((c) => c.index === h.col);
    return col ? [{ col, role: h.role ?? '' }] : [];
  });
}
