/**
 * The rows of a table body, classified: activities, blank rows, hidden rows, rows that only continue the
 * merged cells above, section headings (a lone text, a band merged across the table, an outline parent whose
 * children follow, a row lighter than the others), and totals, signatures and absence rows, which are not
 * activities and are not checked as such.
 */
import type { Column } from '../model/plan';
import { foldKey } from '../util/text';
import { isPlaceholder } from './content';
import { isTotal } from './non-activity';
import type { TableLayout } from './detect';
import { countsColumns } from './header';
import { splitId } from './numbering';
import { isLevelLine, isNumberedSection, levelItemNumber, levelLabel } from './list/lines';
import type { GridView } from './view';

/** 'repeat': the header again, or its row of column numbers, where Word carried the table onto a new page. */
export type RowKind = 'data' | 'blank' | 'hidden' | 'continuation' | 'heading' | 'total' | 'repeat';

export interface RowFacts {
  /** Grid-relative row. */
  r: number;
  kind: RowKind;
  /** The outline number of the row ("1.2"), from a number column or the activity text. */
  id: string;
  /** The period columns the row marks with text ("X", "1"), for telling a Gantt sheet's summary bars. */
  marks?: number[];
  /** The activity column the row's text stands in (its hierarchy level), when it has one. */
  level?: number;
  /** The text of a heading row. */
  heading?: string;
  /** The row has time, owner, outcome or method values of its own. */
  hasTime: boolean;
}

const PLAN_ROLES = new Set(['owner', 'outcome', 'method']);
const TEXT_ROLES = new Set(['goal', 'activity', 'number']);


interface Cellish {
  c: Column;
  gc: number;
  text: string;
  tail: boolean;
}

/** The cells of a row that hold text, each with its column, and whether it only continues a merge from above. */
function cellsOf(view: GridView, t: TableLayout, r: number, offset: number): Cellish[] {
  const out: Cellish[] = [];
  for (const c of t.columns) {
    if (c.spanOf || c.role === 'period') continue;
    const gc = c.index - offset;
    const text = view.text(r, gc);
    if (!text) continue;
    const o = view.mergeOrigin(r, gc);
    // A cell merged across from the left is the same cell: it is counted once, where it starts.
    if (o && o.r === r && o.c < gc) continue;
    out.push({ c, gc, text, tail: !!o && o.r < r });
  }
  return out;
}

/** The id of a row: its number column, else the numbering its activity text starts with. */
function idOf(cells: Cellish[]): string {
  const num = cells.find((x) => x.c.role === 'number' && /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]+)\.?$/.test(x.text));
  if (num) return num.text.replace(/\.$/, '');
  // "Activity 1.1.1" in a logframe's level column.
  const label = cells.find((x) => x.c.role === 'number' && levelLabel(x.text) === 'item');
  if (label) return levelItemNumber(label.text) ?? '';
  const act = cells.filter((x) => x.c.role === 'activity').pop() ?? cells.find((x) => x.c.role === 'goal');
  return act ? splitId(act.text).id : '';
}

const TOP_LEVEL = /^(?:\d+|[IVXL]+)$/;
/** An activity written as a bulleted step: "- …", "+ …", "• …". */
const BULLET_STEP = /^[-–—+•·◦▪*]\s*\S/;

/** The row says again what the header says (most of its cells are their column's header), or numbers the columns. */
function repeatsHeader(cells: Cellish[]): boolean {
  if (cells.length < 2 || cells.some((x) => x.tail)) return false;
  // Only a text about as long as its header is folded: most rows are ruled out without folding a cell.
  const same = cells.filter((x) => x.c.header !== '' && Math.abs(x.text.length - x.c.header.length) <= 2 && foldKey(x.text) === foldKey(x.c.header)).length;
  return same >= 2 && same >= cells.length * 0.6 ? true : cells.length >= 3 && countsColumns(cells.map((x) => x.text));
}

/** One row's facts, always built in the same shape (a spread that overrides a key made them slow dictionaries). */
function rowFacts(r: number, kind: RowKind, id = '', hasTime = false, level?: number, marks?: number[]): RowFacts {
  return { r, kind, id, marks, level, heading: undefined, hasTime };
}

/** Facts of each body row, then the headings decided with what the whole table shows. */
export function classifyRows(view: GridView, t: TableLayout, offset: number, hasTime: (r: number) => boolean): RowFacts[] {
  const facts: RowFacts[] = [];
  const levelOf = new Map(t.columns.filter((c) => c.role === 'activity').map((c, i) => [c.index, i]));
  const periods = t.columns.filter((c) => c.role === 'period').map((c) => c.index - offset);
  // Indexed by row: an array, not a Map (100k Map inserts cost more than the rest of the loop).
  const cellsByRow: Cellish[][] = [];
  let plainAbove = false;
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const cells = cellsOf(view, t, r, offset);
    cellsByRow[r] = cells;
    if (view.hiddenRow(r)) facts.push(rowFacts(r, 'hidden'));
    else if (!cells.some((x) => !x.tail || x.c.role !== 'goal') && !periods.some((gc) => view.own(r, gc))) facts.push(rowFacts(r, cells.length ? 'continuation' : 'blank'));
    else if (cells.length > 0 && cells.every((x) => x.tail)) facts.push(rowFacts(r, 'continuation'));
    else if (repeatsHeader(cells)) facts.push(rowFacts(r, 'repeat'));
    else {
      const act = cells.filter((x) => x.c.role === 'activity' && !(x.tail && view.mergeOrigin(r, x.gc)!.c !== x.gc)).pop();
      const first = cells.find((x) => TEXT_ROLES.has(x.c.role) || x.c.role === 'extra');
      const marks = periods.filter((gc) => view.own(r, gc).trim()).map((gc) => gc + offset);
      const level = act ? levelOf.get(act.c.index) : undefined;
      // "- Treo băng rôn" under "1. Tuyên truyền trực quan": a bulleted step one level below the activity above it.
      const bullet = act !== undefined && BULLET_STEP.test(act.text);
      if (!bullet) plainAbove = true;
      facts.push(rowFacts(r, first && isTotal(first.text) ? 'total' : 'data', idOf(cells), hasTime(r), level !== undefined && bullet && plainAbove ? level + 1 : level, marks));
    }
  }
  markHeadings(view, t, facts, cellsByRow);
  return facts;
}

/** How often each column is filled over the rows that may be activities. */
function fillRates(facts: RowFacts[], cellsByRow: Cellish[][]): Map<number, number> {
  const counts = new Map<number, number>();
  const data = facts.filter((f) => f.kind === 'data');
  for (const f of data) for (const x of cellsByRow[f.r] ?? []) if (!isPlaceholder(x.text)) counts.set(x.c.index, (counts.get(x.c.index) ?? 0) + 1);
  return new Map([...counts].map(([k, v]) => [k, data.length ? v / data.length : 0]));
}

interface TableStats {
  /** Columns (not text, not period) that at least 80 % of the rows fill. */
  frequent: Column[];
  /** At least 80 % of the rows have a time. */
  timeFrequent: boolean;
  /** The fill most rows' activity cells have (none for most tables). */
  textFill?: string;
  hasGoalColumn: boolean;
}

function tableStats(view: GridView, t: TableLayout, facts: RowFacts[], cellsByRow: Cellish[][]): TableStats {
  const rates = fillRates(facts, cellsByRow);
  const data = facts.filter((f) => f.kind === 'data');
  return {
    frequent: t.columns.filter((c) => (rates.get(c.index) ?? 0) >= 0.8 && !TEXT_ROLES.has(c.role) && c.role !== 'period' && !c.spanOf),
    timeFrequent: data.length >= 3 && data.filter((f) => f.hasTime).length >= data.length * 0.8,
    hasGoalColumn: t.columns.some((c) => c.role === 'goal'),
    textFill: commonFill(view, data, cellsByRow),
  };
}

/** The fill of the activity cell that most rows share, if more than half do. */
function commonFill(view: GridView, data: RowFacts[], cellsByRow: Cellish[][]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of data) {
    const act = (cellsByRow[f.r] ?? []).find((x) => x.c.role === 'activity');
    const fill = act ? view.cell(f.r, act.gc).fill : undefined;
    if (fill) counts.set(fill, (counts.get(fill) ?? 0) + 1);
  }
  const [fill, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return fill && n > data.length / 2 ? fill : undefined;
}

const TIME_ROLES = new Set(['time', 'start', 'end', 'duration', 'period']);

/**
 * The data rows under each numbering prefix ("1" and "1.2" hold the row "1.2.3"), and each row's place: built once
 * per table, so that finding an outline's children costs its children, not the table (10k rows: 90 s before).
 */
interface Outline {
  below: Map<string, RowFacts[]>;
  at: Map<RowFacts, number>;
}

function outlineOf(facts: RowFacts[]): Outline {
  const below = new Map<string, RowFacts[]>();
  const at = new Map<RowFacts, number>();
  facts.forEach((g, i) => {
    at.set(g, i);
    if (g.kind !== 'data' || !g.id) return;
    for (let k = g.id.indexOf('.'); k > 0; k = g.id.indexOf('.', k + 1)) {
      const prefix = g.id.slice(0, k);
      const list = below.get(prefix);
      if (list) list.push(g);
      else below.set(prefix, [g]);
    }
  });
  return { below, at };
}

/** Is this activity row an outline parent whose children follow in the same column (a section, not an activity)? */
function isOutlineParent(f: RowFacts, facts: RowFacts[], outline: Outline, cells: Cellish[], cellsByRow: Cellish[][], t: TableLayout, summaryBars: boolean): boolean {
  if (!f.id) return false;
  // Its children follow it directly: a section heading between them breaks the outline ("1 …", "Pra pelaksanaan:", "1.1 …").
  let i = (outline.at.get(f) ?? facts.length) + 1;
  while (i < facts.length && (facts[i].kind === 'blank' || facts[i].kind === 'hidden' || facts[i].kind === 'continuation')) i++;
  const next = facts[i];
  if (!next || next.kind !== 'data' || !next.id.startsWith(`${f.id}.`)) return false;
  const children = outline.below.get(f.id) ?? [];
  if (!children.some((g) => g.level === f.level)) return false;
  if (TOP_LEVEL.test(f.id)) return true;
  // Deeper parents are sections when they leave empty what all their children fill (a summary row),
  if (t.columns.some((c) => !TEXT_ROLES.has(c.role) && c.role !== 'period' && !cells.some((x) => x.c === c) && children.every((g) => (cellsByRow[g.r] ?? []).some((x) => x.c === c)))) return true;
  // or, in a Gantt sheet that draws summary bars, when they mark exactly what their children mark.
  return summaryBars && marksUnion(f, children) !== 'other';
}

/** A parent's marks against its children's: the same periods, or more than any one child marks (a summary bar). */
function marksUnion(f: RowFacts, children: RowFacts[]): 'summary' | 'equal' | 'other' {
  const own = f.marks ?? [];
  const union = new Set(children.flatMap((g) => g.marks ?? []));
  if (own.length === 0 || own.length !== union.size || !own.every((c) => union.has(c))) return 'other';
  return children.every((g) => (g.marks ?? []).length < own.length) ? 'summary' : 'equal';
}

/** Does the table draw summary bars: a numbered parent that marks the union of its children's differing periods? */
function drawsSummaryBars(facts: RowFacts[], outline: Outline): boolean {
  return facts.some((f) => f.kind === 'data' && f.id && marksUnion(f, outline.below.get(f.id) ?? []) === 'summary');
}

/** A band: one cell merged across three or more of the table's columns (not only over its own column's span). */
function isBand(view: GridView, t: TableLayout, r: number, x: Cellish): boolean {
  const m = view.mergeAt(r, x.gc);
  if (!m || m.top !== m.bottom) return false;
  const offset = x.c.index - x.gc;
  return t.columns.filter((c) => !c.spanOf && c.index - offset >= m.left && c.index - offset <= m.right).length >= 3;
}

/** Does the row read as a section heading rather than an activity? */
function isHeading(view: GridView, t: TableLayout, f: RowFacts, cells: Cellish[], stats: TableStats, parent: boolean, section: boolean): boolean {
  const own = cells.filter((x) => !x.tail);
  const texts = own.filter((x) => x.c.role === 'goal' || x.c.role === 'activity' || x.c.role === 'extra');
  const others = own.filter((x) => !TIME_ROLES.has(x.c.role) && x.c.role !== 'number');
  const planValues = cells.some((x) => PLAN_ROLES.has(x.c.role) && !isPlaceholder(x.text));
  if (parent) return true;
  if (stats.hasGoalColumn && own.length > 0 && own.every((x) => x.c.role === 'goal' || x.c.role === 'number') && !f.hasTime) return true;
  if (planValues) return false;
  // "I. Działania informacyjne" in the number column and nothing else on the row: a section row whose merge across
  // the table was lost on its way from Word.
  if (own.length === 1 && own[0].c.role === 'number' && !f.hasTime && /(?![IVXLC]+\b)\p{L}{3,}/u.test(own[0].text)) return true;
  const wide = own.filter((x) => x.c.role !== 'period').length === 1 ? own[0] : undefined;
  if (wide && isBand(view, t, f.r, wide)) return true;
  const lone = others.length === 1 && texts.length === 1 ? texts[0] : undefined;
  if (lone) {
    const band = isBand(view, t, f.r, lone);
    if (band || /:\s*$/.test(lone.text) || (!stats.hasGoalColumn && !f.hasTime && isSectionText(lone.text, f.id))) return true;
    // "Phase 1: Planning" with no owner, outcome or method of its own, over tasks of its own.
    if (section) return true;
    // A shaded band: the row's number and text share one fill, as goals are drawn.
    const id = own.find((x) => x.c.role === 'number');
    const fill = view.cell(f.r, lone.gc).fill;
    if (id && fill && view.cell(f.r, id.gc).fill === fill && !f.hasTime && fill !== stats.textFill) return true;
    // Alone, with no time, where the other rows have one or fill the other columns: a section title.
    const lacksAll = stats.frequent.length >= 2 && stats.frequent.every((c) => !cells.some((x) => x.c === c && !isPlaceholder(x.text)));
    if (!f.hasTime && (stats.timeFrequent || lacksAll)) return true;
  }
  // A row lighter than the others: no numbering, and empty where nearly every row is filled.
  const lacks = stats.frequent.filter((c) => !cells.some((x) => x.c === c && !isPlaceholder(x.text))).length;
  return !f.id && texts.length >= 1 && stats.frequent.length >= 2 && lacks >= 2 && stats.frequent.length - lacks <= 1;
}

/** The rows whose text is a numbered section ("Phase 1: …", "Giai đoạn 2.") with a row of another kind right under it. */
function numberedSections(facts: RowFacts[], cellsByRow: Cellish[][]): Set<number> {
  const textOf = (f: RowFacts) => (cellsByRow[f.r] ?? []).find((x) => TEXT_ROLES.has(x.c.role) && x.c.role !== 'number')?.text ?? '';
  const data = facts.filter((f) => f.kind === 'data');
  const section = data.map((f) => isNumberedSection(textOf(f)));
  const out = new Set<number>();
  data.forEach((f, i) => {
    if (section[i] && i + 1 < data.length && !section[i + 1]) out.add(f.r);
  });
  return out;
}

/**
 * The rows of a logframe written in one column that name its upper levels ("Specific objective: …", "Output 1: …"),
 * where other rows of the column are its activities: each is the goal of the rows under it, indicators and all.
 */
function levelRows(facts: RowFacts[], cellsByRow: Cellish[][]): Set<number> {
  const textOf = (f: RowFacts) => (cellsByRow[f.r] ?? []).find((x) => !x.tail && (x.c.role === 'activity' || x.c.role === 'goal'))?.text ?? '';
  const labelOf = (f: RowFacts) => (cellsByRow[f.r] ?? []).find((x) => !x.tail && x.c.role === 'number')?.text ?? '';
  const data = facts.filter((f) => f.kind === 'data');
  const levels = data.filter((f) => isLevelLine(textOf(f)) || levelLabel(labelOf(f)) === 'level');
  return levels.length > 0 && levels.length < data.length ? new Set(levels.map((f) => f.r)) : new Set();
}

function markHeadings(view: GridView, t: TableLayout, facts: RowFacts[], cellsByRow: Cellish[][]): void {
  const stats = tableStats(view, t, facts, cellsByRow);
  const outline = outlineOf(facts);
  const summaryBars = drawsSummaryBars(facts, outline);
  const parents = new Set(facts.filter((f) => f.kind === 'data' && isOutlineParent(f, facts, outline, cellsByRow[f.r] ?? [], cellsByRow, t, summaryBars)).map((f) => f.r));
  const sections = numberedSections(facts, cellsByRow);
  const levels = levelRows(facts, cellsByRow);
  for (const f of facts) {
    if (f.kind !== 'data') continue;
    const cells = cellsByRow[f.r] ?? [];
    if (!isHeading(view, t, f, cells, stats, parents.has(f.r) || levels.has(f.r), sections.has(f.r))) continue;
    f.kind = 'heading';
    const text = cells.find((x) => x.c.role === 'goal' || x.c.role === 'activity' || x.c.role === 'extra') ?? cells[0];
    f.heading = text?.text ?? '';
  }
}

/** A Roman-numbered or upper-case text standing alone: a section title ("II DIAGNOZA"). */
function isSectionText(text: string, id: string): boolean {
  const upper = text.length > 2 && text === text.toLocaleUpperCase() && /\p{Lu}/u.test(text);
  return upper || /^[IVXL]{1,5}$/.test(id);
}
