/**
 * "early 2020", "koniec roku 2021", "nửa đầu", "early Q2", "cuối quý 3": an early / mid / late word narrows the year,
 * half or quarter after it to its third (a quarter to one of its months).
 */
import type { Period } from '../items';
import type { Refiner } from './types';

function narrow(p: Period, part: 'early' | 'mid' | 'late'): void {
  if (p.unit !== 'year' && p.unit !== 'half' && p.unit !== 'quarter') return; // "đầu tháng 5" is still May
  const len = p.lastMonth - p.firstMonth + 1;
  const third = Math.max(1, Math.round(len / 3));
  if (part === 'early') p.lastMonth = p.firstMonth + third - 1;
  else if (part === 'mid') {
    p.firstMonth = p.firstMonth + third;
    p.lastMonth = p.firstMonth + third - 1;
  } else p.firstMonth = p.lastMonth - third + 1;
}

export const modifiers: Refiner = {
  name: 'modifiers',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    let pending: 'early' | 'mid' | 'late' | undefined;
    let w = 0;
    for (const it of items) {
      // A turn is read once its numbers are periods (turn.ts).
      if (it.type === 'modifier' && it.part !== 'turn') {
        pending = it.part;
        continue;
      }
      if (pending && (it.type === 'period' || it.type === 'relative')) {
        if (it.type === 'period') narrow(it, pending);
        pending = undefined;
      }
      items[w++] = it;
    }
    items.length = w;
  },
};
