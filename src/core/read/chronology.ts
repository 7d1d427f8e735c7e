/**
 * Times that need the rows around them: a year not written ("16/12 – 23/12" in a plan that runs into
 * January), read in the order of the rows; a time the reader closed at its year ("monthly", "from April", "by
 * June") in a plan that runs longer than that year; and sub-activities without a time of their own, which take
 * their parent activity's time.
 */
import { span as makeSpan, ymIndex } from '../time/spans';
import type { Span } from '../time/spans';
import type { TimeResult } from '../time/types';
import type { RowFacts } from './body';
import type { TimeReading } from './sources';

function shifted(r: TimeReading, months: number): TimeReading {
  const move = (s: { start: string; end: string }) => makeSpan(ymIndex(s.start) + months, ymIndex(s.end) + months);
  const result: TimeResult = { ...r.result, spans: r.result.spans.map(move), lines: r.result.lines.map((l) => ({ ...l, spans: l.spans.map(move) })) };
  return { ...r, result };
}

const yearless = (r: TimeReading | undefined) => !!r && r.result.ok && r.result.explicitYears.length === 0 && (r.source === 'time' || r.source === 'start-end');
/** Where a row's time starts: a deadline ("Trước 15/6/2025", "by June") is read from the plan's start, so its month is its end. */
const startOf = (r: TimeReading) => (r.result.warnings.some((w) => w.code === 'deadline') ? ymIndex(r.result.spans[r.result.spans.length - 1].end) : ymIndex(r.result.spans[0].start));

/** Months between a span and a window: 0 when it lies inside. */
function outside(start: number, end: number, lo: number, hi: number): number {
  return Math.max(0, lo - start) + Math.max(0, end - hi);
}

/**
 * A time without a year in a plan whose title names a period over a year's end (a school year) is the one inside
 * it: "Tháng 1" in "NĂM HỌC 2025-2026" is January 2026, read in the plan's year 2025 at first.
 */
export function placeInPeriod(facts: RowFacts[], times: Map<number, TimeReading | undefined>, period: Span): void {
  const [lo, hi] = [ymIndex(period.start), ymIndex(period.end)];
  for (const f of facts) {
    const t = f.kind === 'data' ? times.get(f.r) : undefined;
    if (!t || !yearless(t)) continue;
    const [s, e] = [ymIndex(t.result.spans[0].start), ymIndex(t.result.spans[t.result.spans.length - 1].end)];
    const best = [12, -12].find((m) => outside(s + m, e + m, lo, hi) < outside(s, e, lo, hi) && outside(s + m, e + m, lo, hi) <= outside(s - m, e - m, lo, hi));
    if (best !== undefined) times.set(f.r, shifted(t, best));
  }
}

/**
 * A plan over two years that names no months of its window ("Season 2025-26", "Programme 2025/26"): its twelve months
 * run into the second year, and open after the widest gap between the months its yearless times use. "August, May,
 * September, March" are August 2025 to May 2026 whatever the rows' order (rows grouped by goal start again in the
 * autumn). Places nothing, and says so, when no one gap is the widest.
 */
export function placeInSeason(facts: RowFacts[], times: Map<number, TimeReading | undefined>, period: Span): boolean {
  const rows = facts.filter((f) => f.kind === 'data' && yearless(times.get(f.r))).map((f) => f.r);
  const used = [...new Set(rows.map((r) => startOf(times.get(r)!) % 12))].sort((a, b) => a - b);
  if (used.length < 2) return false;
  // The months between each used month and the next one: the plan's year may open after any of these gaps but the
  // last (December to January), for its title says it runs into the next year.
  const gaps = used.slice(0, -1).map((m, i) => used[i + 1] - m - 1);
  const widest = Math.max(...gaps);
  if (widest < 2 || gaps.filter((g) => g === widest).length > 1) return false;
  const opens = used[gaps.indexOf(widest) + 1];
  const firstYear = Math.floor(ymIndex(period.start) / 12);
  for (const r of rows) {
    const t = times.get(r)!;
    const start = startOf(t);
    const year = start % 12 >= opens ? firstYear : firstYear + 1;
    if (Math.floor(start / 12) !== year) times.set(r, shifted(t, (year - Math.floor(start / 12)) * 12));
  }
  return true;
}

/**
 * Rows of a plan run forward in time. A time without a year that would start more than half a year after the
 * next row (or before the previous one) belongs to the year before (or after), as "Dec, Dec, Jan 2023" does.
 * With no year written on any row, the first row stands where the plan's year puts it when the plan runs over a
 * year's end (`fromFirst`): "September, December, April" in a plan for 2025/26 ends in April 2026.
 */
export function orderYears(facts: RowFacts[], times: Map<number, TimeReading | undefined>, fromFirst = false): void {
  const rows = facts.filter((f) => f.kind === 'data' && times.get(f.r)?.result.ok).map((f) => f.r);
  const written = rows.findIndex((r) => !yearless(times.get(r)));
  const first = written < 0 && fromFirst ? 0 : written;
  if (first < 0 || !rows.some((r) => yearless(times.get(r)))) return;
  let next = startOf(times.get(rows[first])!);
  for (let i = first - 1; i >= 0; i--) {
    const t = times.get(rows[i])!;
    if (yearless(t) && startOf(t) > next + 6) times.set(rows[i], shifted(t, -12));
    next = startOf(times.get(rows[i])!);
  }
  let prev = startOf(times.get(rows[first])!);
  for (let i = first + 1; i < rows.length; i++) {
    const t = times.get(rows[i])!;
    if (yearless(t) && startOf(t) < prev - 6) times.set(rows[i], shifted(t, 12));
    prev = startOf(times.get(rows[i])!);
  }
}

/** A sub-activity with no time of its own takes the time of the activity above it in the hierarchy. */
export function inheritTimes(facts: RowFacts[], times: Map<number, TimeReading | undefined>): void {
  const parents: { level: number; time?: TimeReading }[] = [];
  for (const f of facts) {
    if (f.kind === 'heading') parents.length = 0;
    if (f.kind !== 'data' || f.level === undefined) continue;
    while (parents.length && parents[parents.length - 1].level >= f.level) parents.pop();
    const own = times.get(f.r);
    if (!own?.result.ok && parents.length) {
      const p = parents[parents.length - 1].time;
      if (p?.result.ok) times.set(f.r, { ...p, source: 'inherited' });
    }
    parents.push({ level: f.level, time: times.get(f.r) });
  }
}

/** How a reading's span was closed by its year rather than by its text: done over and over, to the year's end, from its start. */
function openness(r: TimeResult): 'recurring' | 'open-end' | 'deadline' | undefined {
  if (r.recurring) return 'recurring';
  if (r.spans.length !== 1 || r.warnings.length === 0) return undefined;
  for (const w of r.warnings) {
    if (w.code === 'open-end') return ymIndex(r.spans[0].end) % 12 === 11 ? 'open-end' : undefined;
    if (w.code === 'deadline') return ymIndex(r.spans[0].start) % 12 === 0 ? 'deadline' : undefined;
  }
  return undefined;
}

/**
 * Times the reader closes at their year, for want of the plan's: "monthly", "every quarter", "hằng tháng" are the
 * plan's year, "from April" runs to its end and "by June" from its start. Where the plan runs longer (its other rows,
 * or the years its title states), they run to the plan's bounds: "monthly" in a plan from September 2025 to June 2026
 * is September to June, and "from October 2025" runs to June 2026. A plan within one year keeps the whole year.
 */
export function stretchToPlan(facts: RowFacts[], times: Map<number, TimeReading | undefined>, stated?: Span): void {
  // One pass: the rows closed by their year, and the hull of the others (a long plan has one reading a row).
  const open: { r: number; kind: 'recurring' | 'open-end' | 'deadline' }[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of facts) {
    const t = f.kind === 'data' ? times.get(f.r) : undefined;
    if (!t?.result.ok) continue;
    const kind = openness(t.result);
    if (kind) open.push({ r: f.r, kind });
    else if (!stated)
      for (const sp of t.result.spans) {
        lo = Math.min(lo, ymIndex(sp.start));
        hi = Math.max(hi, ymIndex(sp.end));
      }
  }
  if (open.length === 0) return;
  if (stated) [lo, hi] = [ymIndex(stated.start), ymIndex(stated.end)];
  if (lo > hi) return;
  for (const { r, kind } of open) {
    const t = times.get(r)!;
    // A cell of several lines keeps each line's own time; only one done over and over is the plan's on every line.
    if (kind !== 'recurring' && t.result.lines.length > 1) continue;
    const own = t.result.spans[0];
    const from = kind === 'open-end' ? ymIndex(own.start) : Math.min(lo, ymIndex(own.start));
    const to = kind === 'deadline' ? ymIndex(own.end) : Math.max(hi, ymIndex(own.end));
    // "Monthly" takes the plan's bounds even inside the year only when the plan runs outside it.
    if (from >= ymIndex(own.start) && to <= ymIndex(own.end)) continue;
    const whole = kind === 'recurring' ? makeSpan(lo, hi) : makeSpan(from, to);
    const result: TimeResult = { ...t.result, spans: [whole], lines: t.result.lines.map((l) => (l.spans.length ? { ...l, spans: [whole] } : l)) };
    times.set(r, { ...t, result });
  }
}
