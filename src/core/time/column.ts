/**
 * Column-level inference: how a whole time column reads "a/b" pairs. A column of 03/09, 04/09 …
 * 09/09, 1/2010 is month/year; a column with 15/03 is day/month.
 */
import type { TimeContext } from './types';

const PAIR_RE = /(?<![\d/.])(\d{1,2})\s*\/{1,2}\s*(\d{1,4})(?![\d/])/g;
/** A full date a/b/c: which of a and b can be the day decides the column's order. */
const TRIPLE_RE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?![\d/])/g;

export function inferSlashOrder(texts: string[]): TimeContext['slashOrder'] {
  let monthYear = 0;
  let dayMonth = 0;
  const seconds = new Map<number, number>();
  let pairs = 0;
  // Columns repeat their expressions: look at each distinct text once, weighted by how often it appears.
  const counts = new Map<string, number>();
  for (const t of texts) if (t.includes('/')) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [text, times] of counts) {
    for (const m of text.matchAll(PAIR_RE)) {
      const a = parseInt(m[1], 10);
      const b = parseInt(m[2], 10);
      if (m[2].length === 4) {
        if (a >= 1 && a <= 12) monthYear += times; // M/YYYY: the writer puts the month before the year
        continue;
      }
      if (m[2].length > 2) continue;
      pairs += times;
      seconds.set(b, (seconds.get(b) ?? 0) + times);
      if (a > 12 && b <= 12) dayMonth += 3 * times;
      else if (b > 12 && a <= 12) monthYear += 3 * times;
    }
  }
  // The year repeats down a column while months change: one second number shared by most pairs.
  let monthDay = 0;
  let dayFirst = 0;
  for (const [text, times] of counts) {
    for (const m of text.matchAll(TRIPLE_RE)) {
      const a = parseInt(m[1], 10);
      const b = parseInt(m[2], 10);
      if (b > 12 && a <= 12) monthDay += times;
      else if (a > 12 && b <= 12) dayFirst += times;
    }
  }
  // "07/28/16 … 08/01/17": one date with a day above 12 in second place sets the whole column's order.
  if (monthDay > 0 && monthDay >= dayFirst * 3) return 'month-day';
  if (dayFirst > 0 && dayFirst >= monthDay * 3 && monthYear === 0) return 'day-month';
  if (pairs >= 3) {
    const top = Math.max(...seconds.values());
    if (top / pairs >= 0.6 && seconds.size <= 2) monthYear += 2;
  }
  if (monthYear === 0 && dayMonth === 0) return undefined;
  return monthYear >= dayMonth ? 'month-year' : 'day-month';
}
