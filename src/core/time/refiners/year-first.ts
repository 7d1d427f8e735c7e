/** A year written before its period ("2024 Q3", "2024 March") is that period's year, not a span of its own. */
import type { Refiner } from './types';

export const yearFirst: Refiner = {
  name: 'year-first',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    let w = 0;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      const prev = w > 0 ? items[w - 1] : undefined;
      if (
        it.type === 'period' && it.unit !== 'year' && it.year === undefined &&
        prev && prev.type === 'period' && prev.unit === 'year' && prev.firstMonth === 1 && prev.lastMonth === 12 && prev.year !== undefined
      ) {
        it.year = prev.year;
        it.yearExplicit = true;
        items[w - 1] = it;
        continue;
      }
      items[w++] = it;
    }
    items.length = w;
  },
};
