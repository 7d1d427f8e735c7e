/**
 * A start and a duration: "16.09.2024 | 1 неделя", "01-31-22 | 7" under "Days", "10.02.2024 | 3 дня". The end
 * is the start plus the duration, in the unit the cell or the header names (days when neither does).
 */
import { PACKS } from '../../lang';
import { span as makeSpan } from '../../time/spans';
import { serialToDate } from '../../time/excel-date';
import { foldKey } from '../../util/text';
import type { RelativeUnit } from '../periods';
import { unitOf } from '../periods';
import { countUnit, monthCount } from './start-end';
import type { RowContext, TimeSource } from './types';
import { spansResult } from './types';

/** The day a start cell names: an Excel date, or a date written d.m.y, y-m-d or m/d/y. */
function startDay(row: RowContext): { y: number; m: number; d: number } | undefined {
  const c = row.cols.start;
  if (!c) return undefined;
  const cell = row.cell(c);
  if (typeof cell.value === 'number' && cell.value > 1000) return serialToDate(cell.value);
  const t = row.text(c);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/.exec(t);
  if (!m) return undefined;
  const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
  const monthFirst = row.ctx.slashOrder === 'month-day' || +m[2] > 12;
  return monthFirst ? { y, m: +m[1], d: +m[2] } : { y, m: +m[2], d: +m[1] };
}

/** Days in each unit: a duration in days from a start date, or in the unit a counted start counts. */
const DAYS: Record<RelativeUnit, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

let words: Map<string, RelativeUnit> | undefined;
function unitWord(w: string): RelativeUnit | undefined {
  if (!words) {
    words = new Map();
    for (const p of PACKS) {
      for (const x of p.time.day ?? []) words.set(foldKey(x), 'day');
      for (const x of p.time.week) words.set(foldKey(x), 'week');
      for (const x of p.time.relativeMonth) words.set(foldKey(x), 'month');
    }
  }
  return words.get(w) ?? (/^дн|^ден|^дня/.test(w) ? 'day' : /^нед/.test(w) ? 'week' : /^мес/.test(w) ? 'month' : undefined);
}

/** "3 недели" → 3 weeks; "7" under "Days" → 7 days; "0.5" → half a day. */
function durationOf(row: RowContext): { n: number; unit: RelativeUnit } | undefined {
  const c = row.cols.duration;
  if (!c) return undefined;
  const t = row.text(c).trim();
  const m = /^(\d+(?:[.,]\d+)?)\s*(\p{L}*)/u.exec(t);
  if (!m) return undefined;
  const n = parseFloat(m[1].replace(',', '.'));
  const unit = (m[2] && unitWord(foldKey(m[2]))) || unitOf(c.header) || 'day';
  return { n, unit };
}

/**
 * The last day of a duration from its first: whole months and years on the calendar ("1 March + 1 year" ends on the
 * last day of February, "1 January + 3 months" on 31 March), anything else in days.
 */
function endDate(day: { y: number; m: number; d: number }, dur: { n: number; unit: RelativeUnit }): Date {
  const months = dur.unit === 'year' ? dur.n * 12 : dur.unit === 'month' ? dur.n : NaN;
  if (Number.isInteger(months) && months > 0) return new Date(Date.UTC(day.y, day.m - 1 + months, day.d - 1));
  const days = Math.max(1, Math.round(dur.n * DAYS[dur.unit]));
  return new Date(Date.UTC(day.y, day.m - 1, day.d + days - 1));
}

export const startDuration: TimeSource = {
  name: 'start-duration',
  read(row) {
    const { start, duration } = row.cols;
    if (!duration || !row.text(duration)) return undefined;
    const count = start ? monthCount(row, start) : undefined;
    const dur = durationOf(row);
    if (count !== undefined && dur) {
      // The duration in the unit the start counts ("Start week 3 | 4 weeks": weeks 3 to 6; "Início 4 | 3 meses").
      const unit = countUnit(start);
      const n = Math.max(1, Math.round((dur.n * DAYS[dur.unit]) / DAYS[unit]));
      const text = `${row.text(start!)} + ${row.text(duration)}`;
      return { text, result: spansResult(text, [], 'relative', [], [{ unit, from: count, to: count + n - 1 }]), source: 'start-duration' };
    }
    const day = startDay(row);
    // Under "Duration", plans often write when, not how long ("Jan–Mar 2025", "Q2 2025", "15.03.2025"): with no start
    // beside it, a cell that reads as a time is the row's time. "7" under "Days" stays seven days.
    if (!day && !(start && row.text(start))) {
      const read = row.read(duration);
      if (read.ok && (!dur || read.explicitYears.length > 0)) return { text: row.text(duration), result: read, source: 'time' };
    }
    if (!dur) return undefined;
    // A duration with no start ("2 weeks") says how long, not when: kept as written, and reported as unreadable.
    if (!day) return start && row.text(start) ? undefined : { text: row.text(duration), result: { ...spansResult(row.text(duration), [], null), reason: 'no-start' }, source: 'start-duration' };
    const end = endDate(day, dur);
    const text = `${row.text(start!)} + ${row.text(duration)}`;
    const sp = makeSpan(day.y * 12 + day.m - 1, end.getUTCFullYear() * 12 + end.getUTCMonth());
    return { text, result: { ...spansResult(text, [sp], 'day'), explicitYears: [day.y] }, source: 'start-duration' };
  },
};
