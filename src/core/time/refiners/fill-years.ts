/** Fill missing years: from the nearest later period with a written year, else an earlier one, else the fallback. */
import type { Refiner } from './types';

export const fillYears: Refiner = {
  name: 'fill-years',
  phase: 'spans',
  refine(seg, env) {
    const items = seg.items;
    for (let k = 0; k < items.length; k++) {
      const p = items[k];
      if (p.type !== 'period' || p.year !== undefined) continue;
      let year: number | undefined;
      for (let j = k + 1; j < items.length && year === undefined; j++) {
        const q = items[j];
        if (q.type === 'period' && q.yearExplicit) year = q.year;
      }
      for (let j = k - 1; j >= 0 && year === undefined; j--) {
        const q = items[j];
        if (q.type === 'period' && q.year !== undefined) year = q.year;
      }
      if (year === undefined) {
        year = env.fallbackYear;
        seg.usedFallback = true;
      }
      p.year = year;
    }
  },
};
