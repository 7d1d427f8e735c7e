/** Join periods across range connectors into month spans ("luty – marzec 2014"); lists stay separate spans. */
import type { Item, Period, Relative } from '../items';
import { span } from '../spans';
import type { Span } from '../spans';
import type { TimeWarning } from '../types';
import type { Refiner } from './types';

function startIndex(p: Period): number {
  return (p.year as number) * 12 + p.firstMonth - 1;
}
function endIndex(p: Period): number {
  return ((p.year as number) + (p.lastMonth < p.firstMonth ? 1 : 0)) * 12 + p.lastMonth - 1;
}

/** Two periods joined by a range; a year not written is moved so that the range runs forward. */
function periodRange(a: Period, b: Period, warnings: TimeWarning[]): Span {
  let s = startIndex(a);
  let e = endIndex(b);
  if (e < s) {
    if (!a.yearExplicit && a.year !== undefined) {
      a.year -= 1;
      s = startIndex(a);
    } else if (!b.yearExplicit && b.year !== undefined) {
      b.year += 1;
      e = endIndex(b);
    }
  }
  if (e < s) {
    warnings.push({ code: 'reversed-range', detail: '' });
    return span(Math.min(startIndex(b), s), Math.max(endIndex(a), e));
  }
  return span(s, e);
}

/** The atoms of a segment, each with the connector that stands before it. */
function atomsOf(items: Item[], between: boolean): { atom: Period | Relative; conn: 'range' | 'list' | 'none' }[] {
  const atoms: { atom: Period | Relative; conn: 'range' | 'list' | 'none' }[] = [];
  let conn: 'range' | 'list' | 'none' = 'none';
  let betweenUsed = false;
  for (const it of items) {
    if (it.type === 'connector') {
      if (conn === 'none' || it.kind === 'range') conn = it.kind;
      if (between && !betweenUsed && it.kind === 'list' && atoms.length === 1) {
        conn = 'range';
        betweenUsed = true;
      }
      continue;
    }
    if (it.type !== 'period' && it.type !== 'relative') continue;
    atoms.push({ atom: it, conn: atoms.length === 0 ? 'none' : conn });
    conn = 'none';
  }
  return atoms;
}

export const joinSpans: Refiner = {
  name: 'join-spans',
  phase: 'spans',
  refine(seg) {
    const atoms = atomsOf(seg.items, seg.between);
    for (let k = 0; k < atoms.length; k++) {
      const cur = atoms[k].atom;
      const next = atoms[k + 1];
      if (next && next.conn === 'range' && next.atom.type === cur.type) {
        if (cur.type === 'period' && next.atom.type === 'period') {
          seg.spans.push(periodRange(cur, next.atom, seg.warnings));
          seg.units.push(cur.unit, next.atom.unit);
        } else if (cur.type === 'relative' && next.atom.type === 'relative') {
          seg.relative.push({ unit: cur.unit, from: Math.min(cur.count, next.atom.count), to: Math.max(cur.last ?? cur.count, next.atom.last ?? next.atom.count) });
          seg.units.push('relative');
        }
        k++;
        continue;
      }
      if (cur.type === 'period') {
        seg.spans.push(span(startIndex(cur), endIndex(cur)));
        seg.units.push(cur.unit);
      } else {
        seg.relative.push({ unit: cur.unit, from: cur.count, to: cur.last ?? cur.count });
        seg.units.push('relative');
      }
    }
  },
};
