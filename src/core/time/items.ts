/**
 * What the parsers make of a few tokens: a period (a month, a quarter, a year …), a bare number whose unit
 * its neighbours decide, a period counted from the plan's start, or a connector between two of them.
 */
import type { TimeContext } from './types';

export type Unit = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  type: 'period';
  unit: Unit;
  year?: number;
  /** True when the text wrote the year (not filled in from a neighbour or the plan). */
  yearExplicit: boolean;
  /** First and last month (1–12) within the year; lastMonth < firstMonth means the period runs into the next year. */
  firstMonth: number;
  lastMonth: number;
  day?: number;
  /** The quarter or half number, so that a bare "2" beside "Q1" becomes Q2. */
  ordinal?: number;
  /** "by June": the period ends a span that starts at the plan's start. */
  deadline?: boolean;
  /** "from April": the period starts a span that runs to the end of the plan. */
  openStart?: boolean;
  /** "monthly", "every quarter": done through the whole year, not at one time. */
  recurring?: boolean;
  /** A year named from the plan's ("next year", "năm sau"): it gives a period before it its year. */
  relativeYear?: boolean;
  /** "13.12" right after a full date may be a time of day. */
  maybeClock?: boolean;
}

export interface Bare {
  type: 'bare';
  value: number;
  /** How many digits it was written with (0 for a Roman numeral or a number word). */
  digits: number;
  roman: boolean;
}

export interface Relative {
  type: 'relative';
  unit: 'month' | 'year' | 'week';
  count: number;
  /** The last of a run the item names itself ("Year 1 Q2" is months 4 to 6). */
  last?: number;
}

export interface Connector {
  type: 'connector';
  kind: 'range' | 'list';
}

/** An early / mid / late word that narrows the period after it ("early 2020", "początek roku"), or a turn of two ("przełom 2014/2015"). */
export interface Modifier {
  type: 'modifier';
  part: 'early' | 'mid' | 'late' | 'turn';
}

export type Item = Period | Bare | Relative | Connector | Modifier;

export function expandYear(two: number, ctx: TimeContext): number {
  const ref = ctx.year ?? ctx.fallbackYear ?? 2000;
  const century = Math.floor(ref / 100) * 100;
  const candidates = [century - 100 + two, century + two, century + 100 + two];
  return candidates.reduce((best, c) => (Math.abs(c - ref) < Math.abs(best - ref) ? c : best));
}

export function monthPeriod(month: number, year: number | undefined, day?: number): Period {
  return { type: 'period', unit: day ? 'day' : 'month', year, yearExplicit: year !== undefined, firstMonth: month, lastMonth: month, day };
}

export function quarterPeriod(q: number, year: number | undefined): Period {
  return { type: 'period', unit: 'quarter', year, yearExplicit: year !== undefined, firstMonth: q * 3 - 2, lastMonth: q * 3, ordinal: q };
}

export function halfPeriod(h: number, year: number | undefined): Period {
  return { type: 'period', unit: 'half', year, yearExplicit: year !== undefined, firstMonth: h * 6 - 5, lastMonth: h * 6, ordinal: h };
}

export function yearPeriod(year: number | undefined): Period {
  return { type: 'period', unit: 'year', year, yearExplicit: year !== undefined, firstMonth: 1, lastMonth: 12 };
}

/** Is there such a day in that month (of that year, when known)? 29 February only in leap years. */
export function validDay(day: number, month: number, year?: number): boolean {
  if (day < 1 || month < 1 || month > 12) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return false;
  if (month === 2 && day === 29 && year !== undefined) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}
