import { ymIndex } from '../../time/spans';
import { defineRule, draft } from '../rule';

export const timeOutsidePlan = defineRule({
  id: 'time-outside-plan',
  defaultSeverity: 'warning',
  tags: ['time'],
  description: 'A time falls outside the window the plan states for itself.',
  args: { text: 'string', start: 'string', end: 'string', windowStart: 'string', windowEnd: 'string' },
  check: ({ plan, rows }) => {
    const planWindow = plan.window;
    if (!planWindow) return [];
    const lo = ymIndex(planWindow.start);
    const hi = ymIndex(planWindow.end);
    const out = [];
    for (const r of rows) {
      const cell = r.cells.time ?? r.cells.start;
      if (!cell) continue;
      const outside = r.timeResult.spans.find((s) => ymIndex(s.start) < lo || ymIndex(s.end) > hi);
      if (outside) out.push(draft(cell, { text: r.time, start: outside.start, end: outside.end, windowStart: planWindow.start, windowEnd: planWindow.end }));
    }
    return out;
  },
});
