/** A year named from the plan's after a period ("March next year", "tháng 3 năm sau") is that period's year. */
import type { Refiner } from './types';

export const yearAfter: Refiner = {
  name: 'year-after',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    for (let k = items.length - 1; k > 0; k--) {
      const it = items[k];
      const prev = items[k - 1];
      if (it.type !== 'period' || !it.relativeYear || prev.type !== 'period' || prev.unit === 'year' || prev.year !== undefined) continue;
      prev.year = it.year;
      items.splice(k, 1);
    }
  },
};
