/**
 * A plan's year, window and start, from what the table shows: the user's setting, the years of its period grid,
 * its title, the years written in its time cells; its window only where it states one for itself; its start from
 * the earliest start date, for periods counted from it ("Week 3").
 */
import type { Column, Plan, ReadOptions } from '../model/plan';
import { parseTime } from '../time/parse';
import { timeCellYears } from './time-cell';
import { serialToDate } from '../time/excel-date';
import { hullSpan, ymIndex } from '../time/spans';
import type { Span } from '../time/spans';
import type { TimeContext } from '../time/types';
import { foldKey } from '../util/text';
import { headerRole } from './header-roles';
import { labelled } from './title';
import type { GridCell } from '../model/grid';
import type { TableLayout } from './detect';
import type { GridView } from './view';

function mode(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function currentYear(): number {
  return new Date().getUTCFullYear();
}

function gridYear(layout: TableLayout): number | undefined {
  const years: number[] = [];
  for (const p of layout.periods) {
    if (p.year !== undefined) years.push(p.year);
    const l = p.label;
    if (l.kind === 'span') years.push(Math.floor(l.start / 12));
    else if (l.kind === 'date') years.push(Math.floor(l.month / 12));
    else if (l.kind === 'year') years.push(l.year);
    else if (l.kind === 'week-of' && l.year) years.push(l.year);
  }
  return years.length ? Math.min(...years) : undefined;
}

export function titleYear(title: string): number | undefined {
  if (!title) return undefined;
  const r = parseTime(title, { fallbackYear: 2000 });
  return r.ok && r.explicitYears.length > 0 ? Math.min(...r.explicitYears) : undefined;
}

export function planYear(view: GridView, layout: TableLayout, columns: Column[], ctx: TimeContext, options: ReadOptions, left: number): { year?: number; source: Plan['yearSource'] } {
  if (options.year !== undefined) return { year: options.year, source: 'option' };
  const g = gridYear(layout);
  if (g !== undefined) return { year: g, source: 'cells' };
  // The title's year, else one written on a line beside it ("Năm 2025" under "KẾ HOẠCH HOẠT ĐỘNG").
  const t = [layout.title, ...(layout.titleLines ?? []), layout.statedPeriod ?? ''].map(titleYear).find((y) => y !== undefined);
  if (t !== undefined) return { year: t, source: 'title' };
  const years: number[] = [];
  // Each distinct text read once; a text written again counts again (a number cell, a date, counts once).
  const seen = new Map<string, number[]>();
  const read = { ...ctx, fallbackYear: ctx.fallbackYear ?? currentYear() };
  for (const c of columns) {
    if (c.role !== 'time' && c.role !== 'start' && c.role !== 'end') continue;
    for (let r = layout.firstRow; r <= layout.lastRow; r++) {
      const cell = view.cell(r, c.index - left);
      const key = typeof cell.value === 'number' ? `#${cell.value}` : view.text(r, c.index - left);
      if (!key) continue;
      const known = seen.get(key);
      if (known) {
        if (typeof cell.value !== 'number') for (const y of known) years.push(y);
        continue;
      }
      const found = timeCellYears(cell, read);
      seen.set(key, found);
      for (const y of found) years.push(y);
    }
  }
  const y = mode(years);
  if (y !== undefined) return { year: y, source: 'cells' };
  // "Termin realizacji (2024 r.)", "Month (2024)": the year the time column's header names for its months.
  const headed = columns.filter((c) => c.role === 'time' || c.role === 'start' || c.role === 'end').map((c) => titleYear(c.header)).find((x) => x !== undefined);
  return headed !== undefined ? { year: headed, source: 'title' } : { source: 'assumed' };
}

const HORIZON = ['strategy', 'strategia', 'strategii', 'chien luoc', 'estrategia', 'strategie', 'strategie', 'стратегия', 'na lata', 'for the years', 'horizon', 'vision', 'tam nhin', 'wizja'];
/** A strategy's horizon ("Strategia … na lata 2021–2030"), not a plan's own period. */
const isHorizon = (title: string) => HORIZON.some((w) => ` ${foldKey(title)} `.includes(` ${foldKey(w)} `));

/**
 * The window a plan states for itself: a range of years in its title ("Plan 2012–2014", "Kế hoạch 2019 - 2021"),
 * not a strategy's horizon ("Strategia … na lata 2021–2030") and not more than five years long.
 */
export function statedWindow(title: string): Span | undefined {
  if (!title || isHorizon(title)) return undefined;
  const r = parseTime(title, { fallbackYear: 2000 });
  if (!r.ok || r.precision !== 'year' || r.explicitYears.length < 2) return undefined;
  const span = hullSpan(r.spans);
  if (!span) return undefined;
  const years = parseInt(span.end.slice(0, 4), 10) - parseInt(span.start.slice(0, 4), 10) + 1;
  return years <= 5 ? span : undefined;
}

/**
 * The period a plan's title (or a line beside it) names when it runs over a year's end: a school year ("NĂM HỌC
 * 2025-2026", "rok szkolny 2025/2026") or two years ("Programme 2025/26"). Its months with no year of their own
 * fall inside it: "Tháng 3" is March 2026.
 */
export function crossingSpan(layout: TableLayout): Span | undefined {
  for (const line of [layout.title, ...(layout.titleLines ?? [])]) {
    if (!line || line.length > 200 || isHorizon(line)) continue;
    const r = parseTime(line, { fallbackYear: 2000 });
    const span = r.ok && r.explicitYears.length > 0 ? hullSpan(r.spans) : undefined;
    if (!span) continue;
    const [from, to] = [Math.floor(ymIndex(span.start) / 12), Math.floor(ymIndex(span.end) / 12)];
    if (to > from && to - from < 3) return span;
  }
  return undefined;
}

/**
 * The window of a plan: the years its title or a line beside it states ("Plan 2012–2014"), else the period an
 * information line above it gives ("Project period: January 2025 – December 2026"), when that period writes its
 * years and the plan's own times keep to it (`starts`: where each dated row starts): a "Date: 05/03/2025" over a
 * document, or a report's period, is no window of the plan.
 */
export function planWindow(layout: TableLayout, starts: () => number[]): Span | undefined {
  const stated = [layout.title, ...(layout.titleLines ?? [])].map(statedWindow).find((w) => w !== undefined);
  if (stated || !layout.statedPeriod) return stated;
  const r = parseTime(layout.statedPeriod, { fallbackYear: 2000 });
  const span = r.ok && r.explicitYears.length > 0 ? hullSpan(r.spans) : undefined;
  if (!span) return undefined;
  const [lo, hi] = [ymIndex(span.start), ymIndex(span.end)];
  const all = starts();
  const inside = all.filter((m) => m >= lo && m <= hi).length;
  return hi > lo && all.length > 0 && inside >= all.length * 0.8 ? span : undefined;
}

/** A day as YYYY-MM-DD, when its month and day can be one. */
function iso(y: number, m: number, d: number): string | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}

function serialDay(serial: number): string | undefined {
  const d = serialToDate(serial);
  return iso(d.y, d.m, d.d);
}

/** A date cell, or a full date written as "03/03/2025", "3.3.2025" (day first) or "2025-03-03": as YYYY-MM-DD. */
/**
 * A date or a month written as a planner writes one, with its year: "1 de abril de 2025", "3 March 2025", "03/2025",
 * "tháng 3/2025". A month starts on its first day.
 */
function writtenDate(text: string): string | undefined {
  if (text.length > 40) return undefined;
  const r = parseTime(text, {});
  if (!r.ok || r.spans.length !== 1 || r.explicitYears.length !== 1 || r.warnings.length > 0 || (r.precision !== 'day' && r.precision !== 'month')) return undefined;
  const start = r.spans[0].start;
  if (start !== r.spans[0].end) return undefined;
  const year = r.explicitYears[0];
  const day = r.precision === 'day' ? [...text.matchAll(/\d{1,2}/g)].map((m) => +m[0]).find((n) => n >= 1 && n <= 31 && n !== year % 100) : 1;
  return day === undefined ? undefined : iso(+start.slice(0, 4), +start.slice(5, 7), day);
}

function dateOf(cell: GridCell, text: string): string | undefined {
  if (typeof cell.value === 'number' && cell.value > 20000 && cell.value < 80000) return serialDay(cell.value);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (ymd) return iso(+ymd[1], +ymd[2], +ymd[3]);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (!dmy) return writtenDate(text);
  // Day first, as our users write dates, unless the first number cannot be a day's month and the second can.
  const [a, b] = [+dmy[1], +dmy[2]];
  return b > 12 && a <= 12 ? iso(+dmy[3], a, b) : iso(+dmy[3], b, a);
}

/**
 * A start date written beside its label above the table or in its header: "Start date: 03/03/2025", "Ngày bắt đầu
 * | 3/3/2025", "Data rozpoczęcia projektu: 2025-03-03". The label is a header word of the start role.
 */
function labelledStart(view: GridView, layout: TableLayout): string | undefined {
  for (let r = Math.max(0, layout.headerTop - 4); r <= layout.headerBottom; r++) {
    const cols = view.nonEmpty(r);
    for (let k = 0; k < cols.length; k++) {
      const { label, value: rest } = labelled(view.text(r, cols[k]));
      if (label.length > 40 || headerRole(label)?.role !== 'start') continue;
      const date = rest ? dateOf({ value: rest, text: rest, format: 'General' }, rest) : k + 1 < cols.length ? dateOf(view.cell(r, cols[k + 1]), view.text(r, cols[k + 1]).trim()) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}

/**
 * The start of a table that counts periods from it ("1 нед", "Week 3", "Month 1–3" in its time column): its earliest
 * start date, else one written above it ("Project start: March 2025"), which any table's deadlines are read from too.
 */
export function planStartOf(view: GridView, layout: TableLayout, columns: Column[], left: number): string | undefined {
  const relative = layout.periods.some((p) => p.label.kind === 'relative' || p.label.kind === 'number');
  if (!relative) return labelledStart(view, layout);
  const start = columns.find((c) => c.role === 'start');
  let best: number | undefined;
  if (start)
    for (let r = layout.firstRow; r <= layout.lastRow; r++) {
      const cell = view.cell(r, start.index - left);
      if (typeof cell.value === 'number' && cell.value > 20000 && (best === undefined || cell.value < best)) best = cell.value;
    }
  return best === undefined ? labelledStart(view, layout) : serialDay(best);
}
