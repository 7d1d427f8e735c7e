/**
 * Period grids: a run of columns whose header cells are periods, with the rows above them that give their
 * year ("2019" over quarters, "Tahun 2015" over months) or their unit ("Mes" over 1…10, "Trimestre (3 meses)"),
 * or the date that day numbers count from. Each column resolves to a month span, or to a period counted from
 * the plan's start when the plan states none.
 */
import { isoWeekMonday } from '../time/iso-week';
import type { RelativeSpan } from '../time/types';
import type { PeriodLabel, RelativeUnit } from './periods';
import { countedRuns, periodLabel, unitOf } from './periods';
import type { GridView } from './view';

export interface PeriodColumn {
  /** Grid-relative column. */
  col: number;
  /** The label as the header shows it ("III kw.", "Week 3", "02/04"). */
  header: string;
  label: PeriodLabel;
  /** The year over it, from a year row. */
  year?: number;
  /** The unit of a bare number, from the row above ("Mes" over "1"). */
  unit?: RelativeUnit;
  /** For a day number under a date row: the date it counts from. */
  base?: { month: number; day: number };
}

const PRECISION: Record<PeriodLabel['kind'], number> = { date: 5, 'week-of': 4, 'calendar-week': 4, span: 3, months: 3, relative: 2, number: 1, year: 1, weekday: 0 };

function precisionOf(l: PeriodLabel): number {
  if (l.kind === 'span') return l.end - l.start >= 11 ? 1 : l.end - l.start >= 2 ? 2 : 3.5;
  if (l.kind === 'months') return l.m2 - l.m1 >= 2 ? 2 : 3;
  if (l.kind === 'relative') return { day: 5, week: 4, month: 3, year: 1 }[l.unit] - 0.5;
  return PRECISION[l.kind];
}

/** How fine a label is in its column: a day number under a date row is a day, a number under "Mes" a month. */
function effectivePrecision(l: PeriodLabel, above: Cell[]): number {
  if (l.kind === 'number') {
    if (above.some((a) => a.label?.kind === 'date')) return 5.5;
    const unit = above.map((a) => (!a.label ? unitOf(a.text) : a.label.kind === 'relative' && a.label.unit === 'year' ? 'month' : undefined)).filter(Boolean).pop();
    return unit ? { day: 5, week: 4, month: 3, year: 1 }[unit] - 0.5 : 0;
  }
  return precisionOf(l) + (l.kind === 'relative' ? 0 : 0.25);
}

interface Cell {
  row: number;
  label?: PeriodLabel;
  text: string;
}

/**
 * A blank header cell under a band written once at its left ("Month", "", "", … or "2019", "", "", "" or "Enero",
 * "", "", "" as a CSV keeps a merged band): the band's text, when it names a unit, a year or one month and the cell
 * below is filled.
 */
function bandText(view: GridView, r: number, c: number, left: number, bottom: number): string {
  if (r >= bottom || !view.text(r + 1, c)) return '';
  for (let k = c - 1; k >= left; k--) {
    const t = view.text(r, k);
    if (!t) continue;
    const band = unitOf(t) || /^\D{0,12}\b(19|20)\d{2}\b\D{0,4}$/.test(t) || namesOneMonth(periodLabel(view.cell(r, k), t));
    return k < c && band && view.text(r + 1, k) ? t : '';
  }
  return '';
}

/** The labels of each column in the header rows, top to bottom. */
function labelsByColumn(view: GridView, top: number, bottom: number, left: number, right: number): Map<number, Cell[]> {
  const out = new Map<number, Cell[]>();
  for (let c = left; c <= right; c++) {
    const cells: Cell[] = [];
    for (let r = top; r <= bottom; r++) {
      const text = view.text(r, c) || bandText(view, r, c, left, bottom);
      if (!text) continue;
      cells.push({ row: r, text, label: periodLabel(view.cell(r, c), text) });
    }
    out.set(c, cells);
  }
  for (let r = top; r <= bottom; r++) countedRow(out, r, left, right);
  return out;
}

/** A header row's cells, in column order, labelled where they count along the row (periods.ts countedRuns). */
function countedRow(byCol: Map<number, Cell[]>, r: number, left: number, right: number): void {
  const cells: { col: number; text: string; label?: PeriodLabel; cell: Cell }[] = [];
  for (let c = left; c <= right; c++) {
    const cell = byCol.get(c)?.find((x) => x.row === r);
    if (cell) cells.push({ col: c, text: cell.text, label: cell.label, cell });
  }
  countedRuns(cells);
  for (const x of cells) x.cell.label = x.label;
}

/** One month: of an absolute year, of the plan's year ("Jan", "T3", "March 2025"), or counted from its start ("Month 2", "Bulan II"). */
function namesOneMonth(l: PeriodLabel | undefined): boolean {
  return (l?.kind === 'months' && l.m1 === l.m2) || (l?.kind === 'span' && l.start === l.end) || (l?.kind === 'relative' && l.unit === 'month' && l.from === l.to);
}

/**
 * A label that can stand for a column: a bare number needs a unit above it or a date it counts from; a week or
 * day counted under a month ("January" over "W1 … W4") is a week of that month, so the month stands for it.
 */
function usable(l: PeriodLabel | undefined, above: Cell[]): boolean {
  if (!l || l.kind === 'weekday') return false;
  // Under one month, a label of more than a month is a week written short ("Mes 1" over "S1 … S4", semanas, not
  // semestres): the month stands for it.
  if (((l.kind === 'months' && l.m2 !== l.m1) || (l.kind === 'span' && l.end > l.start)) && above.some((a) => namesOneMonth(a.label))) return false;
  if ((l.kind === 'number' || (l.kind === 'relative' && (l.unit === 'week' || l.unit === 'day'))) && above.some((a) => namesOneMonth(a.label))) return false;
  if (l.kind !== 'number') return true;
  return above.some((a) => a.label?.kind === 'date' || (!a.label && unitOf(a.text)) || (a.label?.kind === 'relative' && a.label.unit === 'year'));
}

/** The header row whose labels stand for the columns: the one that covers most columns, the finest of those. */
function mainRow(byCol: Map<number, Cell[]>, top: number, bottom: number): number | undefined {
  let best: number | undefined;
  let bestKey = -1;
  let maxCover = 0;
  const stats: { r: number; cover: number; precision: number }[] = [];
  for (let r = top; r <= bottom; r++) {
    let cover = 0;
    let precision = 0;
    for (const cells of byCol.values()) {
      const i = cells.findIndex((x) => x.row === r);
      if (i < 0 || !usable(cells[i].label, cells.slice(0, i))) continue;
      cover++;
      precision += effectivePrecision(cells[i].label!, cells.slice(0, i));
    }
    stats.push({ r, cover, precision: cover ? precision / cover : 0 });
    maxCover = Math.max(maxCover, cover);
  }
  for (const s of stats) {
    if (s.cover < 2 || s.cover < maxCover * 0.6) continue;
    const key = s.precision * 1000 + s.r;
    if (key > bestKey) {
      bestKey = key;
      best = s.r;
    }
  }
  return best;
}

function context(cells: Cell[], row: number): Pick<PeriodColumn, 'year' | 'unit' | 'base'> {
  const out: Pick<PeriodColumn, 'year' | 'unit' | 'base'> = {};
  for (const c of cells) {
    if (c.row >= row) break;
    if (c.label?.kind === 'year') out.year = c.label.year;
    else if (c.label?.kind === 'date') out.base = { month: c.label.month, day: c.label.day };
    else if (c.label?.kind === 'relative' && c.label.unit === 'year') out.unit = 'month';
    else if (!c.label) out.unit = unitOf(c.text) ?? out.unit;
  }
  return out;
}

/** The period columns of a header band (rows top…bottom) between two columns: adjacent runs of two or more. */
export function findPeriodColumns(view: GridView, top: number, bottom: number, left: number, right: number): PeriodColumn[] {
  const byCol = labelsByColumn(view, top, bottom, left, right);
  const row = mainRow(byCol, top, bottom);
  if (row === undefined) return [];
  const found: PeriodColumn[] = [];
  for (const [col, cells] of byCol) {
    const i = cells.findIndex((x) => x.row === row);
    if (i < 0 || !usable(cells[i].label, cells.slice(0, i))) continue;
    found.push({ col, header: cells[i].text, label: cells[i].label!, ...context(cells, row) });
  }
  // Keep the longest run of adjacent columns; a lone label elsewhere is a header of its own. A run goes on over one
  // spacer column, empty in every header row, when the labels after it are of the same kind ("Dec | Jan").
  const spacer = (c: number) => { for (let r = top; r <= bottom; r++) if (view.text(r, c)) return false; return true; };
  const goesOn = (p: PeriodColumn, last: PeriodColumn) => p.col === last.col + 2 && p.label.kind === last.label.kind && spacer(last.col + 1);
  let best: PeriodColumn[] = [];
  let run: PeriodColumn[] = [];
  for (const p of found) {
    const last = run[run.length - 1];
    if (last && p.col !== last.col + 1 && !goesOn(p, last)) run = [];
    run.push(p);
    if (run.length > best.length) best = run.slice();
  }
  return best.length >= 2 ? best : [];
}

export interface ResolvedPeriod {
  col: number;
  /** Month indexes of the months it covers. */
  start?: number;
  end?: number;
  relative?: RelativeSpan;
  /** Counted from the plan's start ("Mês 2", "Week 3"), whether or not the start is known. */
  counted?: boolean;
}

/** Periods n … to counted from the plan's start ("Month 2", "Y1 Q2": months 4 to 6), as months once the start is known. */
function relativeSpan(unit: RelativeUnit, n: number, start: { month: number; day: number } | undefined, to = n): ResolvedPeriod {
  if (start === undefined) return { col: -1, relative: { unit, from: n, to } };
  const m = start.month;
  if (unit === 'month') return { col: -1, start: m + n - 1, end: m + to - 1 };
  if (unit === 'year') return { col: -1, start: m + 12 * (n - 1), end: m + 12 * to - 1 };
  const days = unit === 'week' ? 7 : 1;
  return { col: -1, start: dayMonth(m, start.day, (n - 1) * days), end: dayMonth(m, start.day, to * days - 1) };
}

/** The months of ISO week `week` of `year`, Monday to Sunday; none when the year has no such week. */
function calendarWeek(year: number, week: number): Omit<ResolvedPeriod, 'col'> {
  const monday = isoWeekMonday(year, week);
  if (monday === undefined) return {};
  const month = (ms: number) => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth();
  return { start: month(monday), end: month(monday + 6 * 86400000) };
}

/** The month a day falls in, days after a date. */
function dayMonth(month: number, day: number, after: number): number {
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let m = month;
  let d = day + after;
  while (d > dim[m % 12]) {
    d -= dim[m % 12];
    m++;
  }
  return m;
}

/**
 * Each period column as months: its year from the year row, else the plan's, counted on when the months start
 * again ("III kw., IV kw., I kw." runs into the next year). Relative periods resolve from the plan's start.
 */
export function resolvePeriods(periods: PeriodColumn[], year: number, planStart?: string): ResolvedPeriod[] {
  const start = planStart ? { month: parseInt(planStart.slice(0, 4), 10) * 12 + parseInt(planStart.slice(5, 7), 10) - 1, day: parseInt(planStart.slice(8, 10), 10) || 1 } : undefined;
  let cursor = year;
  let prev = -1;
  let prevWeek = 0;
  // Weeks that start their count past the first ("W10 … W17") are numbered through the year, not from the start.
  const firstWeek = periods.find((p) => p.label.kind === 'relative' && p.label.unit === 'week')?.label;
  const calendarCount = firstWeek?.kind === 'relative' && firstWeek.from > 1;
  return periods.map((p) => {
    const l = p.label;
    const at = (r: Omit<ResolvedPeriod, 'col'>): ResolvedPeriod => ({ ...r, col: p.col });
    switch (l.kind) {
      case 'date':
        return at({ start: l.month, end: l.month });
      case 'span':
        return at({ start: l.start, end: l.end });
      case 'relative':
        // Weeks under a year row ("2025" over "W1 … W8", "S1 … S8"), or counted from past the first, are calendar weeks.
        if (l.unit === 'week' && (p.year !== undefined || calendarCount) && !start) return at({ start: calendarWeek(p.year ?? year, l.from).start, end: calendarWeek(p.year ?? year, l.to).end });
        return at({ ...relativeSpan(l.unit, l.from, start, l.to), counted: true });
      case 'year':
        return at({ start: l.year * 12, end: l.year * 12 + 11 });
      case 'number': {
        if (p.base) {
          const m = l.n >= p.base.day ? p.base.month : p.base.month + 1;
          return at({ start: m, end: m });
        }
        return at({ ...relativeSpan(p.unit ?? 'month', l.n, start), counted: true });
      }
      case 'calendar-week': {
        // Counted on into the next year when the weeks start again ("KW 52, KW 1").
        if (p.year === undefined && l.week < prevWeek) cursor++;
        prevWeek = l.week;
        return at(calendarWeek(p.year ?? cursor, l.week));
      }
      case 'week-of':
      case 'months': {
        const m1 = l.kind === 'months' ? l.m1 : l.month;
        if (p.year === undefined && m1 < prev) cursor++;
        prev = m1;
        const y = l.kind === 'week-of' && l.year ? l.year : (p.year ?? cursor);
        if (l.kind === 'week-of') return at({ start: y * 12 + m1 - 1, end: dayMonth(y * 12 + m1 - 1, l.day, 6) });
        return at({ start: y * 12 + l.m1 - 1, end: y * 12 + l.m2 - 1 + (l.m2 < l.m1 ? 12 : 0) });
      }
      default:
        return at({});
    }
  });
}
