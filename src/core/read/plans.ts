/**
 * Reading a sheet: its plan tables found, then each table's rows read into the plan model, with the plan's
 * language, year and start worked out from what the table itself shows.
 */
import { a1, rangeA1 } from '../model/address';
import type { Grid } from '../model/grid';
import type { Column, Plan, PlanRow, ReadOptions } from '../model/plan';
import { guessLang, UI_LANGS, uiPack } from '../lang';
import { parseTimeCell } from './time-cell';
import { inferSlashOrder } from '../time/column';
import { inferCompactPattern } from '../time/compact';
import { ymIndex } from '../time/spans';
import { cellText } from '../model/grid';
import type { TimeContext, TimeResult } from '../time/types';
import { classifyRows } from './body';
import type { RowFacts } from './body';
import { detectTables } from './detect';
import type { TableLayout } from './detect';
import { resolvePeriods } from './grid';
import { fillLegend } from './legend';
import { inPlanLanguage } from './periods';
import { readRowTime } from './sources';
import type { GridRead, RowContext, TimeColumns, TimeReading } from './sources';
import { blankRow, buildRow, goalOf, headingOutcome, tableColumns } from './rows';
import type { GoalState, RowReader } from './rows';
import { inheritTimes, orderYears, placeInPeriod, placeInSeason, stretchToPlan } from './chronology';
import { goalNumber, lineKind } from './list/lines';
import { crossingSpan, planWindow, planYear, planStartOf } from './year';
import type { GridView } from './view';
import { makeView } from './view';

export interface ReadResult {
  plans: Plan[];
  /** Header problems per plan index, for validation. */
  layouts: TableLayout[];
  /** Non-empty cells outside every plan table (prose, notes, stray values), reported rather than lost. */
  outside: OutsideCells;
}

export interface OutsideCells {
  sheet: string;
  count: number;
  /** The first addresses, for a message ("A1, A2 …"). */
  sample: string[];
}

/** Every non-empty cell that no table (its title, header or body) covers. */
function cellsOutside(view: GridView, layouts: TableLayout[]): OutsideCells {
  const grid = view.grid;
  const out: OutsideCells = { sheet: grid.sheet, count: 0, sample: [] };
  const spans = new Map<number, [number, number][]>();
  const cover = (r: number, lo: number, hi: number) => spans.set(r, [...(spans.get(r) ?? []), [lo, hi]]);
  for (const t of layouts) {
    if (t.titleRow !== undefined) cover(t.titleRow, 0, 0x7fffffff);
    for (let r = t.headerTop; r <= t.lastRow; r++) cover(r, t.left, t.right);
  }
  for (let r = 0; r < view.height; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    const covered = spans.get(r) ?? [];
    for (let c = 0; c < row.length; c++) {
      if (covered.some(([lo, hi]) => c >= lo && c <= hi)) continue;
      if (view.text(r, c) === '' || view.mergeOrigin(r, c)) continue;
      out.count++;
      if (out.sample.length < 10) out.sample.push(a1(grid.top + r, grid.left + c));
    }
  }
  return out;
}

/**
 * The table's time columns by role. A start with one time column beside it and no end ("Start Date | Due Date",
 * "Start | Deadline") runs to that time: the time column is its end.
 */
function timeColumns(columns: Column[]): TimeColumns {
  const of = (role: Column['role']) => columns.filter((c) => c.role === role && !c.spanOf);
  const time = of('time');
  const start = of('start')[0];
  const end = of('end')[0];
  const duration = of('duration')[0];
  if (start && !end && !duration && time.length === 1) return { time: [], start, end: time[0], periods: of('period') };
  return { time, start, end, duration, periods: of('period') };
}

/** The fill every unmarked cell of a grid has (a grey sheet with red marks), when one fill covers most of it. */
function gridBackground(view: GridView, t: TableLayout): string | undefined {
  const counts = new Map<string, number>();
  let cells = 0;
  for (let r = t.firstRow; r <= t.lastRow; r++)
    for (const p of t.periods) {
      cells++;
      const f = view.cell(r, p.col).fill;
      if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  const [fill, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return fill && n > cells * 0.5 ? fill : undefined;
}

interface TableRead {
  layout: TableLayout;
  columns: Column[];
  ctx: TimeContext;
  year: number;
  yearSource: Plan['yearSource'];
  lang: string;
  planStart?: string;
}

/** Read every time of a table's body rows, once per distinct text of each column. */
function readTimes(view: GridView, t: TableRead, grid: GridRead | undefined, left: number): Map<number, TimeReading | undefined> {
  const cols = timeColumns(t.columns);
  const memo = new Map<string, TimeResult>();
  const ctx = { ...t.ctx, year: t.ctx.year, fallbackYear: t.year };
  const gridWord = ` ${uiPack(t.lang).sheets.clean.grid}`;
  const out = new Map<number, TimeReading | undefined>();
  for (let r = t.layout.firstRow; r <= t.layout.lastRow; r++) {
    const gc = (c: Column) => c.index - left;
    const row: RowContext = {
      r,
      cols,
      grid,
      ctx,
      gridWord,
      band: cols.periods.length ? view.cell(r, (t.columns.find((c) => c.role === 'activity') ?? t.columns[0]).index - left).fill : undefined,
      text: (c) => view.text(r, gc(c)),
      cell: (c) => view.cell(r, gc(c)),
      read: (c) => {
        const cell = view.cell(r, gc(c));
        if (typeof cell.value === 'number') return parseTimeCell(cell, ctx);
        const k = `${c.index}|${cellText(cell)}`;
        let res = memo.get(k);
        if (!res) memo.set(k, (res = parseTimeCell(cell, ctx)));
        return res;
      },
    };
    out.set(r, readRowTime(row));
  }
  return out;
}

function tableRead(view: GridView, layout: TableLayout, options: ReadOptions, left: number): TableRead {
  const columns = layout.columns;
  const texts: string[] = [];
  for (const c of columns) if (c.role === 'time' || c.role === 'start' || c.role === 'end') for (let r = layout.firstRow; r <= layout.lastRow; r++) texts.push(view.text(r, c.index - left));
  const sample: string[] = [];
  const act = columns.find((c) => c.role === 'activity');
  if (act) for (let r = layout.firstRow; r <= Math.min(layout.lastRow, layout.firstRow + 20); r++) sample.push(view.text(r, act.index - left));
  const lang = options.lang ?? guessLang([layout.title, ...columns.map((c) => c.header), ...sample]);
  const slashOrder = inferSlashOrder(texts);
  const compactDate = inferCompactPattern(texts, options.fallbackYear ?? new Date().getUTCFullYear(), slashOrder === 'month-day');
  const planStart = options.planStart ?? planStartOf(view, layout, columns, left);
  // "Month 1–3" in a time column, and "by June", are read from the start the plan states.
  const ctx: TimeContext = { slashOrder, compactDate, lang, planStart: planStart?.slice(0, 7), fallbackYear: options.fallbackYear };
  let y = planYear(view, layout, columns, ctx, options, left);
  // A plan whose periods count from a start date it states is of that date's year.
  if (y.source === 'assumed' && planStart) y = { year: parseInt(planStart.slice(0, 4), 10), source: 'cells' };
  return { layout, columns, ctx: { ...ctx, year: y.year }, year: y.year ?? options.fallbackYear ?? new Date().getUTCFullYear(), yearSource: y.source, lang, planStart };
}

/** Read every plan table of a grid. */
export function readPlans(grid: Grid, given: ReadOptions = {}, startIndex = 0): ReadResult {
  // A plan that writes no year at all is taken to be of the year its workbook was made.
  const options: ReadOptions = given.fallbackYear === undefined && grid.fileYear ? { ...given, fallbackYear: grid.fileYear } : given;
  const view = makeView(grid);
  const tables = (options.tables ?? []).filter((t) => t.sheet === grid.sheet);
  const layouts = detectTables(view, { columns: options.columns, tables, origin: { top: grid.top, left: grid.left } });
  const reads = layouts.map((l) => tableRead(view, l, options, grid.left));
  // A plan that gives no year takes the year of the sheet's other plans.
  const known = reads.filter((d) => d.yearSource !== 'assumed').map((d) => d.year);
  const sheetYear = known.length ? mode(known) : options.workbookYear;
  for (const d of reads)
    if (d.yearSource === 'assumed' && sheetYear !== undefined) {
      d.year = sheetYear;
      d.ctx = { ...d.ctx, year: sheetYear };
      d.yearSource = 'sheet';
    }
  const plans = reads.map((d, i) => readTable(view, d, options, startIndex + i));
  return { plans, layouts, outside: cellsOutside(view, layouts) };
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function readTable(view: GridView, d: TableRead, options: ReadOptions, index: number): Plan {
  const grid = view.grid;
  const { layout, columns } = d;
  const resolved = resolvePeriods(inPlanLanguage(layout.periods, d.lang), d.year, d.planStart);
  const background = layout.periods.length ? gridBackground(view, layout) : undefined;
  const gridRead: GridRead | undefined = layout.periods.length
    ? { resolved, background, legend: fillLegend(view, layout, background), precision: resolved.every((p) => p.relative) ? 'relative' : resolved.some((p) => p.start !== undefined && p.end !== undefined && p.end - p.start >= 2) ? 'quarter' : 'month' }
    : undefined;
  const times = readTimes(view, d, gridRead, grid.left);
  const facts = classifyRows(view, layout, grid.left, (r) => !!times.get(r)?.result.ok || (times.get(r)?.result.relative.length ?? 0) > 0);
  if (options.year === undefined) {
    const crossing = crossingSpan(layout);
    if (crossing) placeInPeriod(facts, times, crossing);
    // Within a school year each month has one place; over two years ("2025/26") the months the rows use tell the
    // plan's twelve, and else the rows' order.
    const months = crossing ? ymIndex(crossing.end) - ymIndex(crossing.start) + 1 : 0;
    const twoYears = months > 12 && months <= 24;
    if (!(twoYears && placeInSeason(facts, times, crossing!))) orderYears(facts, times, twoYears);
  }
  const window = options.window ?? planWindow(layout, () => [...times.values()].flatMap((t) => (t?.result.ok ? [ymIndex(t.result.spans[0].start)] : [])));
  stretchToPlan(facts, times, window);
  inheritTimes(facts, times);
  const rows = planRows(view, d, facts, times);
  const T = grid.top;
  const L = grid.left;
  return {
    index,
    sheet: grid.sheet,
    title: layout.title,
    range: rangeA1(T + Math.max(layout.headerTop, layout.headerless ? layout.firstRow : 0), L + layout.left, T + layout.lastRow, L + layout.right),
    // A table with no header row reports its first row instead.
    headerRow: T + (layout.headerless ? layout.firstRow : layout.headerTop) + 1,
    headerless: layout.headerless,
    columns,
    rows,
    year: d.year,
    yearSource: d.yearSource,
    window,
    planStart: d.planStart,
    lang: d.lang,
    reasons: layout.reasons,
    explicit: layout.explicit,
  };
}

/** A table under a title that names a goal ("Mục tiêu 1: …", "Cel 2. …", "Objective 3 – …"): its activities' goal. */
function titleGoal(view: GridView, layout: TableLayout): GoalState {
  if (layout.titleRow === undefined) return { goal: '', goalId: '' };
  const k = lineKind(layout.title);
  if (k.kind !== 'goal' || !k.text) return { goal: '', goalId: '' };
  const c = view.nonEmpty(layout.titleRow)[0];
  return { goal: k.text, goalId: k.id, goalCell: a1(view.grid.top + layout.titleRow, view.grid.left + c) };
}

/** A step with no owner of its own ("- Treo băng rôn" under its activity, "1.2.1" under "1.2") is owned by the activity above it. */
function inheritOwner(parents: { level: number; row: PlanRow }[], level: number, row: PlanRow): void {
  while (parents.length && parents[parents.length - 1].level >= level) parents.pop();
  const parent = parents[parents.length - 1]?.row;
  if (!row.ownerText && parent?.ownerText) {
    row.owners = [...parent.owners];
    row.ownerText = parent.ownerText;
  }
  parents.push({ level, row });
}

function planRows(view: GridView, d: TableRead, facts: RowFacts[], times: Map<number, TimeReading | undefined>): PlanRow[] {
  const grid = view.grid;
  const cols = tableColumns(d.columns);
  const rd: RowReader = { view, left: grid.left, top: grid.top, cols, lang: d.lang };
  const activityNo = cols.number.find((c) => c.numbers === 'activity') ?? (cols.number.length === 1 && !cols.number[0].numbers ? cols.number[0] : undefined);
  const unscheduled = new Set(UI_LANGS.map((l) => uiPack(l).sheets.schedule.unscheduled));
  let goal: GoalState = titleGoal(view, d.layout);
  let plan: string | undefined;
  const rows: PlanRow[] = [];
  const parents: { level: number; row: PlanRow }[] = [];
  // A blank row between the last activity and a signature or total under it is no empty row inside the table.
  let lastData = -1;
  for (const f of facts) if (f.kind === 'data' || f.kind === 'hidden') lastData = f.r;
  for (const f of facts) {
    if (f.kind === 'blank' && f.r < lastData) rows.push(blankRow(rd, f.r, d.columns, goal));
    if (f.kind === 'heading') {
      parents.length = 0;
      const text = f.heading ?? '';
      const m = view.mergeAt(f.r, d.columns[0].index - grid.left);
      if (m && m.left === d.layout.left && m.right >= d.layout.right - 1 && !f.id) {
        if (!unscheduled.has(text)) plan = text;
        continue;
      }
      if (!unscheduled.has(text)) goal = { goal: text, goalId: f.id || goalNumber(text), goalCell: `${d.columns.find((c) => view.text(f.r, c.index - grid.left) === text)?.letter ?? d.columns[0].letter}${grid.top + f.r + 1}`, goalOutcome: headingOutcome(rd, f.r) };
      continue;
    }
    if (f.kind === 'hidden' && !view.rowBlank(f.r)) {
      rows.push({ ...buildRow(rd, f.r, d.columns, goal, times.get(f.r), activityNo), hidden: true });
      continue;
    }
    if (f.kind !== 'data') continue;
    const act = cols.activity.find((c) => view.text(f.r, c.index - grid.left)) ?? cols.activity[0];
    goal = goalOf(rd, f.r, goal, act);
    const row = buildRow(rd, f.r, d.columns, goal, times.get(f.r), activityNo);
    if (plan && !row.plan) row.plan = plan;
    if (f.level !== undefined) inheritOwner(parents, f.level, row);
    rows.push(row);
  }
  return rows;
}
