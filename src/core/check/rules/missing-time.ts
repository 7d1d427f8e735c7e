import { defineRule, draft, FIX, hasTimeColumn, timeCell } from '../rule';

export const missingTime = defineRule({
  id: 'missing-time',
  defaultSeverity: 'error',
  tags: ['completeness', 'time'],
  description: 'An activity has no time: its time cell is empty and no period is marked for it.',
  args: { role: ['time'] },
  check: ({ plan, rows }) => {
    if (!hasTimeColumn(plan)) return [];
    const out = [];
    for (const r of rows) {
      const cell = timeCell(r);
      if (cell && !r.time.trim() && !r.timeResult.ok) out.push(draft(cell, { role: 'time' as const }, FIX.fill));
    }
    return out;
  },
});
