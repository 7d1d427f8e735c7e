/**
 * Refiners: after the parsers, give bare numbers their unit from their neighbours, fill in missing
 * years, and join atoms across range connectors into month spans.
 */
import type { Bare, Item, Period, Relative, Unit } from './atoms';
import { expandYear } from './atoms';
import type { Span } from './spans';
import { span } from './spans';
import type { Precision, RelativeSpan, TimeContext, TimeWarning } from './types';

export interface SegmentResult {
  spans: Span[];
  relative: RelativeSpan[];
  units: Precision[];
  warnings: TimeWarning[];
  droppedNumbers: number;
}

type Atom = Period | Bare | Relative;

function neighbour(items: Item[], k: number, dir: 1 | -1): Atom | undefined {
  let j = k + dir;
  if (items[j]?.t === 'conn') j += dir;
  const it = items[j];
  return it && it.t !== 'conn' ? it : undefined;
}

function fromNeighbour(b: Bare, nb: Atom, ctx: TimeContext): Atom | undefined {
  if (nb.t === 'bare') return undefined;
  if (nb.t === 'rel') return b.roman ? undefined : { t: 'rel', unit: nb.unit, n: b.v };
  const unit: Unit = nb.unit;
  switch (unit) {
    case 'day':
      return !b.roman && b.v >= 1 && b.v <= 31 ? { t: 'period', unit: 'day', yExplicit: false, m1: nb.m1, m2: nb.m1, day: b.v } : undefined;
    case 'month':
      // "III-IV 2014": Roman numerals beside a month are months too.
      return b.v >= 1 && b.v <= 12 && nb.m1 === nb.m2 ? { t: 'period', unit: 'month', yExplicit: false, m1: b.v, m2: b.v } : undefined;
    case 'quarter':
      return b.v >= 1 && b.v <= 4 ? { t: 'period', unit: 'quarter', yExplicit: false, m1: b.v * 3 - 2, m2: b.v * 3, n: b.v } : undefined;
    case 'half':
      return b.v >= 1 && b.v <= 2 ? { t: 'period', unit: 'half', yExplicit: false, m1: b.v * 6 - 5, m2: b.v * 6, n: b.v } : undefined;
    case 'year': {
      if (b.roman || nb.y === undefined || b.digits !== 2) return undefined;
      const y = expandYear(b.v, { ...ctx, year: nb.y });
      return { t: 'period', unit: 'year', y, yExplicit: true, m1: 1, m2: 12 };
    }
  }
}

/** Give each bare number the unit of the nearest atom it is joined to. Unresolved ones are dropped. */
export function resolveBare(items: Item[], ctx: TimeContext): { items: Item[]; dropped: number } {
  const out = items.slice();
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k < out.length; k++) {
      const it = out[k];
      if (it.t !== 'bare') continue;
      for (const dir of [1, -1] as const) {
        const nb = neighbour(out, k, dir);
        const r = nb ? fromNeighbour(it, nb, ctx) : undefined;
        if (r) {
          out[k] = r;
          changed = true;
          break;
        }
      }
    }
  }
  const kept = out.filter((x) => x.t !== 'bare');
  return { items: kept, dropped: out.length - kept.length };
}

function startIndex(p: Period): number {
  return (p.y as number) * 12 + p.m1 - 1;
}
function endIndex(p: Period): number {
  return ((p.y as number) + (p.m2 < p.m1 ? 1 : 0)) * 12 + p.m2 - 1;
}

/** Fill missing years: from the nearest later atom with a written year, else an earlier one, else the fallback. */
export function fillYears(items: Item[], fallback: number): { items: Item[]; usedFallback: boolean } {
  const out = items.map((x) => (x.t === 'period' ? { ...x } : x));
  let usedFallback = false;
  for (let k = 0; k < out.length; k++) {
    const p = out[k];
    if (p.t !== 'period' || p.y !== undefined) continue;
    let y: number | undefined;
    for (let j = k + 1; j < out.length && y === undefined; j++) {
      const q = out[j];
      if (q.t === 'period' && q.yExplicit) y = q.y;
    }
    for (let j = k - 1; j >= 0 && y === undefined; j--) {
      const q = out[j];
      if (q.t === 'period' && q.y !== undefined) y = q.y;
    }
    if (y === undefined) {
      y = fallback;
      usedFallback = true;
    }
    p.y = y;
  }
  return { items: out, usedFallback };
}

/** Join atoms across connectors into spans. */
export function buildSpans(items: Item[], ctx: TimeContext, between: boolean): SegmentResult {
  const spans: Span[] = [];
  const relative: RelativeSpan[] = [];
  const units: Precision[] = [];
  const warnings: TimeWarning[] = [];
  const atoms: { a: Period | Relative; conn: 'range' | 'list' | 'none' }[] = [];
  let conn: 'range' | 'list' | 'none' = 'none';
  let betweenUsed = false;
  for (const it of items) {
    if (it.t === 'conn') {
      if (conn === 'none' || it.c === 'range') conn = it.c;
      if (between && !betweenUsed && it.c === 'list' && atoms.length === 1) {
        conn = 'range';
        betweenUsed = true;
      }
      continue;
    }
    if (it.t === 'bare') continue;
    atoms.push({ a: it, conn: atoms.length === 0 ? 'none' : conn });
    conn = 'none';
  }
  for (let k = 0; k < atoms.length; k++) {
    const cur = atoms[k].a;
    const next = atoms[k + 1];
    if (next && next.conn === 'range' && next.a.t === cur.t) {
      if (cur.t === 'period' && next.a.t === 'period') {
        spans.push(periodRange(cur, next.a, warnings));
        units.push(cur.unit, next.a.unit);
      } else if (cur.t === 'rel' && next.a.t === 'rel') {
        const lo = Math.min(cur.n, next.a.n);
        const hi = Math.max(cur.n, next.a.n);
        relative.push({ unit: cur.unit, from: lo, to: hi });
        units.push('relative');
      }
      k++;
      continue;
    }
    if (cur.t === 'period') {
      spans.push(span(startIndex(cur), endIndex(cur)));
      units.push(cur.unit);
    } else {
      relative.push({ unit: cur.unit, from: cur.n, to: cur.n });
      units.push('relative');
    }
  }
  // Relative periods resolve against the plan's start when there is one.
  if (ctx.planStart && relative.length > 0) {
    const base = parseInt(ctx.planStart.slice(0, 4), 10) * 12 + parseInt(ctx.planStart.slice(5, 7), 10) - 1;
    for (const r of relative) {
      if (r.unit === 'month') spans.push(span(base + r.from - 1, base + r.to - 1));
      else spans.push(span(base + 12 * (r.from - 1), base + 12 * r.to - 1));
    }
    relative.length = 0;
  }
  return { spans, relative, units, warnings, droppedNumbers: 0 };
}

function periodRange(a: Period, b: Period, warnings: TimeWarning[]): Span {
  let s = startIndex(a);
  let e = endIndex(b);
  if (e < s) {
    if (!a.yExplicit && a.y !== undefined) {
      a.y -= 1;
      s = startIndex(a);
    } else if (!b.yExplicit && b.y !== undefined) {
      b.y += 1;
      e = endIndex(b);
    }
  }
  if (e < s) {
    warnings.push({ code: 'reversed-range', detail: '' });
    return span(Math.min(startIndex(b), s), Math.max(endIndex(a), e));
  }
  return span(s, e);
}
