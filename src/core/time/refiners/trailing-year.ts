/**
 * A year written after a list or range of months names their year, not a year of its own: "T7+8 2024",
 * "T7, 8 năm 2024", "lipiec – sierpień 2024" read as July and August 2024, not as the whole of 2024.
 */
import type { Refiner } from './types';

export const trailingYear: Refiner = {
  name: 'trailing-year',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    for (let k = items.length - 1; k > 0; k--) {
      const y = items[k];
      const prev = items[k - 1];
      if (y.type !== 'period' || y.unit !== 'year' || !y.yearExplicit || y.relativeYear) continue;
      if (prev.type !== 'period' || prev.unit === 'year' || prev.year !== undefined) continue;
      // The periods joined to it by connectors, back to the first that has a year of its own.
      for (let j = k - 1; j >= 0; j--) {
        const it = items[j];
        if (it.type === 'connector') continue;
        if (it.type !== 'period' || it.unit === 'year' || it.year !== undefined) break;
        it.year = y.year;
        it.yearExplicit = true;
      }
      items.splice(k, 1);
    }
  },
};
