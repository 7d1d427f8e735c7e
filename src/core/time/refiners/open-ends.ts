/**
 * A deadline ("by end of June", "do końca maja 2016", "đến hết tháng 6") runs from the plan's start, or from the
 * start of that year when the plan states none, to that period. An open start ("from April", "od kwietnia") runs
 * to the end of the plan, or of that year. Each is noted, so that the user sees what was assumed.
 */
import { span, ymIndex } from '../spans';
import type { Refiner } from './types';

export const openEnds: Refiner = {
  name: 'open-ends',
  phase: 'spans',
  refine(seg, env) {
    // A dash that ranges to nothing ("May 2025 – ongoing") is no range.
    const last = seg.items.length - 1;
    if (!seg.lead || seg.spans.length !== 1 || seg.items.some((it, k) => it.type === 'connector' && it.kind === 'range' && k < last)) return;
    const s = ymIndex(seg.spans[0].start);
    const e = ymIndex(seg.spans[0].end);
    const { planStart, planEnd } = env.ctx;
    if (seg.lead === 'deadline') {
      const from = planStart ? ymIndex(planStart.slice(0, 7)) : Math.floor(e / 12) * 12;
      seg.spans[0] = span(Math.min(from, s), e);
      seg.warnings.push({ code: 'deadline', detail: '' });
    } else {
      const to = planEnd ? ymIndex(planEnd.slice(0, 7)) : Math.floor(s / 12) * 12 + 11;
      seg.spans[0] = span(s, Math.max(to, e));
      seg.warnings.push({ code: 'open-end', detail: '' });
    }
  },
};
