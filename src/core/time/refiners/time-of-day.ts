/** "5.09.2016 13.12": after a full date, a pair like "13.12" is the time it starts, not 13 December. */
import type { Refiner } from './types';

export const timeOfDay: Refiner = {
  name: 'time-of-day',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    for (let k = items.length - 1; k > 0; k--) {
      const it = items[k];
      const prev = items[k - 1];
      if (it.type === 'period' && it.maybeClock && prev.type === 'period' && prev.unit === 'day' && prev.yearExplicit) items.splice(k, 1);
    }
  },
};
