/** unparseable-time: a time is written but could not be read. */
import { defineRule, draft, FIX, timeCell } from '../rule';

export const unparseableTime = defineRule({
  id: 'unparseable-time',
  defaultSeverity: 'warning',
  tags: ['time'],
  description: 'A time is written but could not be read as a date, month, quarter, half or year.',
  args: { text: 'string', reason: 'string' },
  check: ({ rows }) => {
    const out = [];
    for (const r of rows) {
      const cell = timeCell(r);
      if (cell && r.time.trim() && !r.timeResult.ok) out.push(draft(cell, { text: r.time, reason: r.timeResult.reason ?? 'no-time' }, FIX.rewrite));
    }
    return out;
  },
});
