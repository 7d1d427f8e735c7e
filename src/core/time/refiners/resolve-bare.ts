/** Give each bare number the unit of the nearest atom it is joined to ("T4,5,6", "02 – 04/09"). Unresolved ones are dropped. */
import type { Bare, Item, Period, Relative } from '../items';
import { expandYear } from '../items';
import type { Refiner } from './types';

type Atom = Period | Bare | Relative;

function neighbour(items: Item[], k: number, dir: 1 | -1): Atom | undefined {
  let j = k + dir;
  if (items[j]?.type === 'connector') j += dir;
  const it = items[j];
  return it && it.type !== 'connector' && it.type !== 'modifier' ? it : undefined;
}

function fromNeighbour(b: Bare, nb: Atom): Atom | undefined {
  if (nb.type === 'bare') return undefined;
  if (nb.type === 'relative') return b.roman ? undefined : { type: 'relative', unit: nb.unit, count: b.value };
  const v = b.value;
  switch (nb.unit) {
    case 'day':
      return !b.roman && v >= 1 && v <= 31 ? { type: 'period', unit: 'day', yearExplicit: false, firstMonth: nb.firstMonth, lastMonth: nb.firstMonth, day: v } : undefined;
    case 'month':
      // "III-IV 2014": Roman numerals beside a month are months too.
      return v >= 1 && v <= 12 && nb.firstMonth === nb.lastMonth ? { type: 'period', unit: 'month', yearExplicit: false, firstMonth: v, lastMonth: v } : undefined;
    case 'quarter':
      return v >= 1 && v <= 4 ? { type: 'period', unit: 'quarter', yearExplicit: false, firstMonth: v * 3 - 2, lastMonth: v * 3, ordinal: v } : undefined;
    case 'half':
      return v >= 1 && v <= 2 ? { type: 'period', unit: 'half', yearExplicit: false, firstMonth: v * 6 - 5, lastMonth: v * 6, ordinal: v } : undefined;
    case 'year': {
      if (b.roman || nb.year === undefined || b.digits !== 2) return undefined;
      return { type: 'period', unit: 'year', year: expandYear(v, { year: nb.year }), yearExplicit: true, firstMonth: 1, lastMonth: 12 };
    }
  }
}

export const resolveBare: Refiner = {
  name: 'resolve-bare',
  phase: 'items',
  refine(seg) {
    const items = seg.items;
    let changed = true;
    while (changed) {
      changed = false;
      for (let k = 0; k < items.length; k++) {
        const it = items[k];
        if (it.type !== 'bare') continue;
        // The side it is joined to by a connector first: in "T9+10 năm 2024" the 10 is a month beside T9, not the year 2010.
        const joinedBefore = items[k - 1]?.type === 'connector';
        const joinedAfter = items[k + 1]?.type === 'connector';
        for (const dir of joinedBefore && !joinedAfter ? ([-1, 1] as const) : ([1, -1] as const)) {
          const nb = neighbour(items, k, dir);
          const r = nb ? fromNeighbour(it, nb) : undefined;
          if (r) {
            items[k] = r;
            changed = true;
            break;
          }
        }
      }
    }
    let w = 0;
    for (const it of items) if (it.type !== 'bare') items[w++] = it;
    seg.dropped += items.length - w;
    items.length = w;
  },
};
