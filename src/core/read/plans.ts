/**
 * Rows into the plan model. Goals are carried down from merged or blank cells, numbering is read
 * as ids, owners are split, times are read with the plan's year and the column's reading of "a/b".
 */
import { a1, columnLetter, rangeA1 } from '../model/address';
import type { Grid } from '../model/grid';
import { cellText } from '../model/grid';
import { detectTables } from './detect';
import type { TableLayout } from './detect';
import { guessLang, uiPack, UI_LANGS } from '../lang';
import { cellItems, splitId } from './numbering';
import { splitOwners } from './owners';
import type { Column, Plan, PlanRow, ReadOptions } from '../model/plan';
import type { Role } from '../model/roles';
import { stripBullet, tidySpaces } from '../util/text';
import { describeMarked, isMarked, resolvePeriods } from './periods';
import { inferSlashOrder } from '../time/column';
import { parseTimeCell } from '../time/cell';
import { parseTime } from '../time/parse';
import { hullSpan, mergeSpans, ymIndex, span as makeSpan } from '../time/spans';
import type { Span } from '../time/spans';
import type { TimeContext, TimeResult } from '../time/types';
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
  // For each row, the columns a table covers. Tables stand one under another, so a row has at most one span;
  // a title row is covered whole (it holds one cell).
  const lo = new Int32Array(view.height).fill(-1);
  const hi = new Int32Array(view.height).fill(-2);
  for (const t of layouts) {
    if (t.titleRow !== undefined) {
      lo[t.titleRow] = 0;
      hi[t.titleRow] = 0x7fffffff;
    }
    for (let r = t.headerRow; r <= t.lastRow; r++) {
      lo[r] = t.left;
      hi[r] = t.right;
    }
  }
  for (let r = 0; r < view.height; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (c >= lo[r] && c <= hi[r]) continue;
      if (view.text(r, c) === '' || view.mergeOrigin(r, c)) continue;
      out.count++;
      if (out.sample.length < 10) out.sample.push(a1(grid.top + r, grid.left + c));
    }
  }
  return out;
}

/** Excel's error values as they show in a cell. */
export const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

const ROMAN_RE = /^[IVXL]{1,5}\.?$/;

function mode(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function roleColumn(columns: Column[], role: Role): Column | undefined {
  return columns.find((c) => c.role === role);
}

function titleYears(title: string): { year?: number; window?: { start: string; end: string } } {
  if (!title) return {};
  const r = parseTime(title, { fallbackYear: 2000 });
  if (!r.ok || r.explicitYears.length === 0) return {};
  const year = Math.min(...r.explicitYears);
  const yearly = r.precision === 'year' ? hullSpan(r.spans) : undefined;
  return { year, window: yearly };
}

interface Draft {
  layout: TableLayout;
  columns: Column[];
  ctx: TimeContext;
  year?: number;
  yearSource: Plan['yearSource'];
  window?: { start: string; end: string };
  lang: Plan['lang'];
  firstPass: Map<number, TimeResult>;
}

/** Read every plan table of a grid. */
export function readPlans(grid: Grid, options: ReadOptions = {}, startIndex = 0): ReadResult {
  const view = makeView(grid);
  const layouts = detectTables(view, options.columns);
  const L = grid.left;
  const drafts: Draft[] = layouts.map((layout) => {
    const columns = layout.columns;
    const timeCol = roleColumn(columns, 'time');
    const texts: string[] = [];
    if (timeCol) for (let r = layout.firstRow; r <= layout.lastRow; r++) texts.push(view.text(r, timeCol.index - L));
    const headers = columns.map((c) => c.header);
    const lang = guessLang([layout.title, ...headers]);
    const ctx: TimeContext = { slashOrder: inferSlashOrder(texts), lang, planStart: options.planStart, fallbackYear: options.fallbackYear };
    const fromTitle = titleYears(layout.title);
    const draft: Draft = { layout, columns, ctx, lang, yearSource: 'assumed', window: fromTitle.window, firstPass: new Map() };
    if (options.year !== undefined) {
      draft.year = options.year;
      draft.yearSource = 'option';
    } else if (fromTitle.year !== undefined) {
      draft.year = fromTitle.year;
      draft.yearSource = 'title';
    } else if (layout.periods.some((p) => p.year !== undefined || p.label.start)) {
      draft.year = Math.min(...layout.periods.map((p) => p.year ?? (p.label.start ? parseInt(p.label.start, 10) : 9999)));
      draft.yearSource = 'cells';
    } else if (timeCol) {
      const years: number[] = [];
      const seen = new Map<string, TimeResult>();
      for (let r = layout.firstRow; r <= layout.lastRow; r++) {
        const cell = view.cell(r, timeCol.index - L);
        const key = typeof cell.value === 'number' ? undefined : cellText(cell);
        const res = (key !== undefined && seen.get(key)) || parseTimeCell(cell, ctx);
        if (key !== undefined) seen.set(key, res);
        draft.firstPass.set(r, res);
        years.push(...res.explicitYears);
      }
      const y = mode(years);
      if (y !== undefined) {
        draft.year = y;
        draft.yearSource = 'cells';
      }
    }
    return draft;
  });
  // A plan that gives no year takes the year of the sheet's other plans.
  const sheetYear = mode(drafts.filter((d) => d.year !== undefined).map((d) => d.year as number));
  const fallback = options.fallbackYear ?? new Date().getUTCFullYear();
  const plans = drafts.map((d, i) => {
    if (d.year === undefined && sheetYear !== undefined) {
      d.year = sheetYear;
      d.yearSource = 'sheet';
    }
    const year = d.year ?? fallback;
    return readRows(view, d, { ...d.ctx, year: d.year }, year, startIndex + i);
  });
  return { plans, layouts, outside: cellsOutside(view, layouts) };
}

function readRows(view: GridView, d: Draft, ctx: TimeContext, year: number, index: number): Plan {
  const { layout, columns } = d;
  const grid = view.grid;
  const L = grid.left;
  const T = grid.top;
  const col = (role: Role) => roleColumn(columns, role);
  const goalCol = col('goal');
  const activityCol = col('activity');
  const numberCols = columns.filter((c) => c.role === 'number');
  const goalNumberCol = numberCols.find((c) => c.numbers === 'goal') ?? (!goalCol ? numberCols.find((c) => !c.numbers) : undefined);
  const activityNumberCol = numberCols.find((c) => c.numbers === 'activity') ?? (goalCol ? numberCols.find((c) => !c.numbers) : undefined);
  const timeCol = col('time');
  const startCol = col('start');
  const endCol = col('end');
  const planCol = col('plan');
  const methodCol = col('method');
  const ownerCol = col('owner');
  const outcomeCol = col('outcome');
  const dataCols = [methodCol, timeCol, ownerCol, outcomeCol, startCol, endCol];
  /** A cell's text, tidied. An Excel error value (#N/A, #REF! …) names no owner or outcome: it reads as empty. */
  const text = (r: number, c: Column | undefined) => {
    if (!c) return '';
    const t = view.text(r, c.index - L);
    if (t.charCodeAt(0) === 35 && (view.cell(r, c.index - L).error || EXCEL_ERROR.test(t))) return '';
    return tidySpaces(t);
  };
  const memo = new Map<string, TimeResult>();
  /** Plans repeat their time expressions ("T3", "03/09"): each distinct text is read once per plan. */
  const readTime = (r: number, c: Column): TimeResult => {
    const cell = view.cell(r, c.index - L);
    if (typeof cell.value === 'number') return parseTimeCell(cell, { ...ctx, fallbackYear: year });
    const k = cellText(cell);
    let res = memo.get(k);
    if (!res) {
      res = parseTimeCell(cell, { ...ctx, fallbackYear: year });
      memo.set(k, res);
    }
    return res;
  };
  const addr = (r: number, c: Column) => `${c.letter}${T + r + 1}`;
  const hasExtra = columns.some((c) => c.role === 'extra');
  const cellKeys = columns.map((c) => (c.role === 'extra' || c.role === 'number' ? c.header || c.letter : c.role));

  const periodSpans = resolvePeriods(layout.periods, year, ctx.planStart);
  // Ids that have children ("1" when "1.1" exists): a row holding only such an id and a text is a goal.
  const parents = new Set<string>();
  const idCol = goalNumberCol ?? activityNumberCol;
  if (!goalCol && idCol) for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    const id = view.text(r, idCol.index - L);
    const dot = id.indexOf('.');
    if (dot > 0) parents.add(id.slice(0, dot));
  }
  const bandWords = new Set(UI_LANGS.map((l) => uiPack(l).sheets.schedule.unscheduled));
  let bandPlan: string | undefined;

  let goal = '';
  let goalId = '';
  let goalCell: string | undefined;
  const rows: PlanRow[] = [];
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    let anyFilled = false;
    const cells: Record<string, string> = {};
    if (!timeCol && periodSpans.length > 0) cells.time = `${columnLetter(L + layout.periods[0].col)}${T + r + 1}`;
    for (let k = 0; k < columns.length; k++) {
      cells[cellKeys[k]] = addr(r, columns[k]);
      if (!anyFilled && view.text(r, columns[k].index - L) !== '') anyFilled = true;
    }
    const empty = EMPTY_RESULT;
    if (!anyFilled) {
      rows.push(blankRow(T + r + 1, cells, goal, goalId, goalCell, empty));
      continue;
    }
    // A fill that the row's activity cell shares is a band across the row (a goal heading), not a mark.
    const band = activityCol && periodSpans.length > 0 ? view.cell(r, activityCol.index - L).fill : undefined;
    const marked = periodSpans.length === 0 ? periodSpans : periodSpans.filter((ps) => {
      const cell = view.cell(r, ps.p.col);
      return isMarked(band && cell.fill === band ? { ...cell, fill: undefined } : cell, view.text(r, ps.p.col));
    });
    const hasData = marked.length > 0 || dataCols.some((c) => c !== undefined && view.text(r, c.index - L) !== '');
    // A band: one merged cell across the table. Our schedules write a plan's name so, or the "no readable time" heading.
    const first = hasData ? undefined : columns.find((c) => view.text(r, c.index - L) !== '');
    if (first && columns.filter((c) => view.text(r, c.index - L) !== '' && !view.mergeOrigin(r, c.index - L)).length === 1) {
      const m = view.grid.merges.find((g) => g.top === T + r && g.left === first.index && g.right - g.left >= 2);
      if (m) {
        const t = view.text(r, first.index - L);
        if (!bandWords.has(t)) bandPlan = t;
        continue;
      }
    }
    // A section row: a goal on its own, or (without a goal column) a Roman-numbered or upper-case heading.
    const goalText = text(r, goalCol);
    if (goalCol && goalText && !hasData && !text(r, activityCol)) {
      ({ goal, goalId, goalCell } = newGoal(goalText, text(r, goalNumberCol), addr(r, goalCol)));
      continue;
    }
    if (!goalCol && activityCol && !hasData) {
      const a = text(r, activityCol);
      const num = text(r, goalNumberCol);
      const upper = a.length > 2 && a === a.toLocaleUpperCase() && /\p{Lu}/u.test(a);
      const idHere = idCol ? view.text(r, idCol.index - L) : '';
      // A shaded band across the row (its id cell and its text share one fill) is a heading, as goals are drawn.
      const rowFill = activityCol ? view.cell(r, activityCol.index - L).fill : undefined;
      const shaded = !!rowFill && !!idCol && view.cell(r, idCol.index - L).fill === rowFill;
      if (a && (ROMAN_RE.test(num) || upper || shaded || (idHere !== '' && parents.has(idHere.replace(/\.$/, ''))))) {
        ({ goal, goalId, goalCell } = newGoal(a, num || idHere, addr(r, activityCol)));
        continue;
      }
    }
    if (goalCol && goalText) {
      const origin = view.mergeOrigin(r, goalCol.index - L);
      const g = newGoal(goalText, text(r, goalNumberCol), origin ? a1(T + origin.r, L + origin.c) : addr(r, goalCol));
      if (g.goal !== goal || !origin) ({ goal, goalId, goalCell } = g);
    }
    const activityRaw = text(r, activityCol);
    const items = cellItems(activityRaw);
    const firstItem = items.items[0];
    // Without a goal column, one number column numbers both the goal rows and the activities under them.
    const activityId = text(r, activityNumberCol ?? (!goalCol ? goalNumberCol : undefined)) || (items.multi ? '' : firstItem?.id ?? '');
    const ownerText = text(r, ownerCol);
    const extra: Record<string, string> = hasExtra ? {} : NO_EXTRA;
    if (hasExtra) for (const c of columns) if (c.role === 'extra') extra[c.header || c.letter] = text(r, c);

    let timeResult: TimeResult = empty;
    let timeSource: PlanRow['timeSource'] = 'none';
    let timeText = '';
    if (timeCol) {
      const raw = view.text(r, timeCol.index - L);
      if (EXCEL_ERROR.test(raw)) {
        // An error value in the time column: reported as unreadable, with what Excel shows.
        timeText = raw;
        timeResult = { ...EMPTY_RESULT, input: raw, reason: 'excel-error' };
      } else timeText = text(r, timeCol);
      const first = d.firstPass.get(r);
      if (timeResult.reason !== 'excel-error') timeResult = first && !first.warnings.some((w) => w.code === 'year-assumed') ? first : readTime(r, timeCol);
      if (timeResult.ok) timeSource = 'time';
    }
    if (!timeResult.ok && !timeText && periodSpans.length > 0) {
      const spans = marked.filter((m) => m.span).map((m) => m.span as Span);
      const rel = marked.filter((m) => m.relative).map((m) => m.relative!);
      if (spans.length > 0 || rel.length > 0) {
        timeText = describeMarked(periodSpans, marked);
        const merged = mergeSpans(spans);
        timeResult = {
          ...EMPTY_RESULT,
          input: timeText,
          ok: merged.length > 0,
          spans: merged,
          precision: layout.periods[0].label.m1 === layout.periods[0].label.m2 ? 'month' : 'quarter',
          warnings: merged.length === 0 ? [{ code: 'relative-without-start', detail: '' }] : [],
          lines: [{ text: timeText, spans: merged }],
          relative: rel,
          reason: merged.length > 0 ? undefined : 'relative-without-start',
        };
        timeSource = 'grid';
      }
    }
    if (!timeResult.ok && (startCol || endCol)) {
      const s = startCol ? readTime(r, startCol) : undefined;
      const e = endCol ? readTime(r, endCol) : undefined;
      const parts = [s?.input, e?.input].filter((x) => x && x.trim());
      if (!timeText) timeText = parts.join(' – ');
      const a = s?.ok ? hullSpan(s.spans) : undefined;
      const b = e?.ok ? hullSpan(e.spans) : undefined;
      if (a || b) {
        const startIdx = ymIndex((a ?? b)!.start);
        const endIdx = ymIndex((b ?? a)!.end);
        const reversed = endIdx < startIdx;
        const sp = reversed ? makeSpan(endIdx, startIdx) : makeSpan(startIdx, endIdx);
        timeResult = {
          ...empty,
          input: timeText,
          ok: true,
          spans: [sp],
          precision: s?.precision ?? e?.precision ?? 'month',
          warnings: [...(s?.warnings ?? []), ...(e?.warnings ?? []), ...(reversed ? [{ code: 'reversed-range' as const, detail: '' }] : [])],
          lines: [{ text: timeText, spans: [sp] }],
        };
        timeSource = 'start-end';
      } else timeResult = { ...empty, input: timeText, reason: timeText ? 'no-time' : 'empty' };
    }
    rows.push({
      row: T + r + 1,
      cells,
      goal,
      goalId,
      goalCell,
      activity: items.multi ? activityRaw : firstItem?.text ?? '',
      activityId,
      method: text(r, methodCol),
      time: timeText,
      owners: splitOwners(ownerText, d.lang),
      ownerText,
      outcome: text(r, outcomeCol),
      extra,
      activityItems: items.items,
      multiActivity: items.multi,
      timeResult,
      timeSource,
      blank: false,
      plan: planCol ? text(r, planCol) || undefined : bandPlan,
    });
  }
  return {
    index,
    sheet: grid.sheet,
    title: layout.title,
    range: rangeA1(T + layout.headerRow, L + layout.left, T + layout.lastRow, L + layout.right),
    headerRow: T + layout.headerRow + 1,
    columns,
    rows,
    year,
    yearSource: d.yearSource,
    window: d.window,
    lang: d.lang,
  };
}

function newGoal(text: string, number: string, cell: string) {
  const s = splitId(stripBullet(text));
  return { goal: text, goalId: number.replace(/\.$/, '') || s.id, goalCell: cell };
}

/** Rows of a table without extra columns share one empty, frozen record. */
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** The reading of an empty time cell, shared (nothing mutates a TimeResult after it is made). */
const EMPTY_RESULT: TimeResult = Object.freeze({ input: '', ok: false, spans: [], precision: null, warnings: [], lines: [], relative: [], explicitYears: [], reason: 'empty' }) as TimeResult;

function blankRow(row: number, cells: Record<string, string>, goal: string, goalId: string, goalCell: string | undefined, empty: TimeResult): PlanRow {
  return {
    row, cells, goal, goalId, goalCell, activity: '', activityId: '', method: '', time: '', owners: [], ownerText: '', outcome: '', extra: {},
    activityItems: [], multiActivity: false, timeResult: empty, timeSource: 'none', blank: true,
  };
}
