/**
 * "przełom 2014/2015", "the turn of 2014 and 2015", "przełom III i IV kw.", "на рубеже 2014-2015 гг.": the turn of two
 * periods is the end of the first and the start of the second, one range; the turn of one year ("przełom roku") runs
 * from its end into the next one's start. Read after the bare numbers have become periods ("III i IV kw.").
 */
import type { Item, Period } from '../items';
import type { Refiner } from './types';

/** The months a turn takes from each side: two of a year, one of a half or a quarter; a month stays whole. */
const TURN_MONTHS: Partial<Record<Period['unit'], number>> = { year: 2, half: 1, quarter: 1 };

/**
 * The turn written at items[i] (the item after the turn word): "2014/2015", "III i IV kw." give the end of the first
 * and the start of the second, now one range; one year alone ("przełom roku") runs from its end into the next one's
 * start.
 */
function turnAt(items: Item[], i: number): void {
  const first = items[i];
  if (first?.type !== 'period') return;
  const k = TURN_MONTHS[first.unit];
  const joint = items[i + 1];
  const second = items[i + 2];
  if (joint?.type === 'connector' && second?.type === 'period') {
    if (k !== undefined) first.firstMonth = Math.max(first.firstMonth, first.lastMonth - k + 1);
    const k2 = TURN_MONTHS[second.unit];
    if (k2 !== undefined) second.lastMonth = Math.min(second.lastMonth, second.firstMonth + k2 - 1);
    items[i + 1] = { type: 'connector', kind: 'range' };
    return;
  }
  if (k !== undefined && first.unit === 'year' && first.firstMonth === 1 && first.lastMonth === 12) {
    first.firstMonth = 13 - k;
    first.lastMonth = k;
  }
}

export const turn: Refiner = {
  name: 'turn',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    let w = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.type === 'modifier' && it.part === 'turn') {
        // The turn word goes; the periods it names stay, narrowed in place.
        turnAt(items, i + 1);
        continue;
      }
      items[w++] = it;
    }
    items.length = w;
  },
};
