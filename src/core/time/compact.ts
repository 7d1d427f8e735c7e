/**
 * Integer and compact dates that a column writes consistently: "51121" (5 Nov 2021, its leading zero dropped by
 * Excel), "20210315". One such number alone is ambiguous; a column of them has a pattern, which is inferred here
 * from every number the column holds and then used to read each cell.
 */
import { expandYear, validDay } from './items';
import { COMPACT_PATTERNS } from './types';
import type { CompactPattern } from './types';

const COMPACT_RE = /^\s*(\d{5,8})\s*$/;

export interface CompactDate {
  year: number;
  month: number;
  day: number;
}

/** The number as the pattern reads it, or nothing when it does not fit the pattern or is no date. */
export function readCompact(digits: string, pattern: CompactPattern, pivotYear: number): CompactDate | undefined {
  if (digits.length > pattern.length || digits.length < pattern.length - 1) return undefined;
  const s = digits.padStart(pattern.length, '0');
  const part = (k: string) => {
    const at = pattern.indexOf(k);
    return at < 0 ? undefined : parseInt(s.slice(at, at + k.length), 10);
  };
  const y = part('yyyy') ?? expandYear(part('yy')!, { year: pivotYear });
  const month = part('mm')!;
  const day = part('dd')!;
  if (y < 1950 || y > 2100 || !validDay(day, month, y)) return undefined;
  return { year: y, month, day };
}

/**
 * The pattern a column's numbers share: the one that reads them all as dates, and among those the one whose
 * dates lie closest together and closest to the plan's year, counted in whole years (a plan's dates cluster;
 * a wrong pattern scatters them over decades). Ties go to the order of COMPACT_PATTERNS, day before month,
 * unless the column writes other dates month first. Fewer than two distinct numbers give no pattern: one
 * number alone stays unreadable.
 */
export function inferCompactPattern(texts: string[], pivotYear: number, monthFirst = false): CompactPattern | undefined {
  const numbers = [...new Set(texts.map((t) => COMPACT_RE.exec(t)?.[1]).filter((x): x is string => !!x))];
  if (numbers.length < 2) return undefined;
  let best: { pattern: CompactPattern; spread: number; rank: number } | undefined;
  COMPACT_PATTERNS.forEach((pattern, order) => {
    const dates = numbers.map((n) => readCompact(n, pattern, pivotYear));
    if (dates.some((d) => !d)) return;
    const years = dates.map((d) => d!.year).sort((a, b) => a - b);
    const spread = years[years.length - 1] - years[0] + Math.abs(years[years.length >> 1] - pivotYear);
    const rank = monthFirst && pattern.startsWith('mm') ? -1 : order;
    if (!best || spread < best.spread || (spread === best.spread && rank < best.rank)) best = { pattern, spread, rank };
  });
  return best?.pattern;
}
