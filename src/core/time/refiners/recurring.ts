/** "monthly", "every quarter": the whole year, unless another time stands beside it ("1 May every year" is May). */
import type { Refiner } from './types';

export const recurringYear: Refiner = {
  name: 'recurring',
  phase: 'items',
  refine(seg) {
    const periods = seg.items.filter((it) => it.type === 'period');
    if (!periods.some((p) => p.type === 'period' && !p.recurring)) return;
    seg.items = seg.items.filter((it) => !(it.type === 'period' && it.recurring));
  },
};
