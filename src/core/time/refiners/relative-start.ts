/**
 * Periods counted from the plan's start ("Month 1–3", "Year 2", "Week 5") become calendar spans when the plan
 * states its start. A week inside a calendar period ("tuần 2 tháng 3") says nothing more than the period.
 */
import { span } from '../spans';
import type { Refiner } from './types';

export const relativeStart: Refiner = {
  name: 'relative-start',
  phase: 'spans',
  refine(seg, env) {
    if (seg.relative.length === 0) return;
    if (seg.spans.length > 0) {
      seg.relative = seg.relative.filter((r) => r.unit !== 'week');
      if (seg.relative.length === 0) return;
    }
    const start = env.ctx.planStart;
    if (!start) return;
    const base = parseInt(start.slice(0, 4), 10) * 12 + parseInt(start.slice(5, 7), 10) - 1;
    for (const r of seg.relative) {
      if (r.unit === 'month') seg.spans.push(span(base + r.from - 1, base + r.to - 1));
      else if (r.unit === 'year') seg.spans.push(span(base + 12 * (r.from - 1), base + 12 * r.to - 1));
      else seg.spans.push(span(base + Math.floor(((r.from - 1) * 7) / 30.44), base + Math.floor((r.to * 7 - 1) / 30.44)));
    }
    seg.relative = [];
  },
};
