/**
 * A plan's year, window and start, from what the table shows: the user's setting, the years of its period grid,
 * its title, the years written in its time cells; its window only where it states one for itself; its start from
 * the earliest start date, for periods counted from it ("Week 3").
 */
import type { Column, Plan, ReadOptions } from '../model/plan';
import { parseTime } from '../time/parse';
import { timeCellYears } from './time-cell';
import { serialToDate } from '../time/excel-date';
import { hullSpan } from '../time/spans';
import type { Span } from '../time/spans';
import type { TimeContext } from '../time/types';
import { foldKey } from '../util/text';
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

function titleYear(title: string): number | undefined {
  if (!title) return undefined;
  const r = parseTime(title, { fallbackYear: 2000 });
  return r.ok && r.explicitYears.length > 0 ? Math.min(...r.explicitYears) : undefined;
}

export function planYear(view: GridView, layout: TableLayout, columns: Column[], ctx: TimeContext, options: ReadOptions, left: number): { year?: number; source: Plan['yearSource'] } {
  if (options.year !== undefined) return { year: options.year, source: 'option' };
  const g = gridYear(layout);
  if (g !== undefined) return { year: g, source: 'cells' };
  const t = titleYear(layout.title);
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
  return y !== undefined ? { year: y, source: 'cells' } : { source: 'assumed' };
}

const HORIZON = ['strategy', 'strategia', 'strategii', 'chien luoc', 'estrategia', 'strategie', 'strategie', 'стратегия', 'na lata', 'for the years', 'horizon', 'vision', 'tam nhin', 'wizja'];

/**
 * The window a plan states for itself: a range of years in its title ("Plan 2012–2014", "Kế hoạch 2019 - 2021"),
 * not a strategy's horizon ("Strategia … na lata 2021–2030") and not more than five years long.
 */
export function statedWindow(title: string): Span | undefined {
  if (!title) return undefined;
  const f = foldKey(title);
  if (HORIZON.some((w) => ` ${f} `.includes(` ${foldKey(w)} `))) return undefined;
  const r = parseTime(title, { fallbackYear: 2000 });
  if (!r.ok || r.precision !== 'year' || r.explicitYears.length < 2) return undefined;
  const span = hullSpan(r.spans);
  if (!span) return undefined;
  const years = parseInt(span.end.slice(0, 4), 10) - parseInt(span.start.slice(0, 4), 10) + 1;
  return years <= 5 ? span : undefined;
}

/** The earliest start date of a table that counts periods from its start ("1 нед", "Week 3"): "YYYY-MM-DD". */
export function planStartOf(view: GridView, layout: TableLayout, columns: Column[], left: number): string | undefined {
  const relative = layout.periods.some((p) => p.label.kind === 'relative' || p.label.kind === 'number');
  const start = columns.find((c) => c.role === 'start');
  if (!relative || !start) return undefined;
  let best: number | undefined;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    const cell = view.cell(r, start.index - left);
    if (typeof cell.value === 'number' && cell.value > 20000 && (best === undefined || cell.value < best)) best = cell.value;
  }
  if (best === undefined) return undefined;
  const d = serialToDate(best);
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
