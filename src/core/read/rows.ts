/**
 * One plan row from one body row: its goal (carried down from merged or blank-below cells and from section
 * headings), its activity (the deepest level of a hierarchy written in several columns), method, owners
 * (owner columns, an owner matrix, names written in a grid), outcome, extra columns and its time.
 */
import { columnLetter } from '../model/address';
import type { Column, PlanRow } from '../model/plan';
import { extraNames } from '../model/plan';
import { stripBullet, tidySpaces } from '../util/text';
import type { TimeResult } from '../time/types';
import { isPlaceholder } from './content';
import { cellItems, splitId } from './numbering';
import { splitOwners } from './owners';
import { goalNumber, levelItemNumber } from './list/lines';
import type { TimeReading } from './sources';
import { EMPTY_RESULT, EXCEL_ERROR } from './sources';
import type { GridView } from './view';

export interface TableColumns {
  goal: Column[];
  activity: Column[];
  method: Column[];
  owner: Column[];
  outcome: Column[];
  number: Column[];
  plan?: Column;
  /** Plan columns beyond the first (set by hand): kept under their column, not read as the plan. */
  morePlans: Column[];
  extra: Column[];
  /** Each extra column's name in the plan (its header, made unique). */
  extraName: Map<Column, string>;
  /** The column whose address stands for the row's time. */
  timeCell?: Column;
}

export function tableColumns(columns: Column[]): TableColumns {
  const of = (role: Column['role']) => columns.filter((c) => c.role === role && !c.spanOf);
  return {
    goal: of('goal'),
    activity: of('activity'),
    method: of('method'),
    owner: of('owner'),
    outcome: of('outcome'),
    number: of('number'),
    plan: of('plan')[0],
    morePlans: of('plan').slice(1),
    extra: of('extra'),
    extraName: extraNames(columns),
    timeCell: of('time')[0] ?? of('start')[0] ?? of('end')[0] ?? of('period')[0] ?? of('duration')[0],
  };
}

export interface GoalState {
  goal: string;
  goalId: string;
  goalCell?: string;
  /** The outcome written on the goal's own row (a logframe's output and its indicator), for the rows under it. */
  goalOutcome?: string;
}

export interface RowReader {
  view: GridView;
  /** Sheet column of grid column 0, and sheet row of grid row 0. */
  left: number;
  top: number;
  cols: TableColumns;
  lang: string;
}

/** A cell's text, tidied; an Excel error value or a placeholder ("---") names nothing. */
export function cellValue(rd: RowReader, r: number, c: Column | undefined): string {
  if (!c) return '';
  const gc = c.index - rd.left;
  const t = rd.view.text(r, gc);
  if (!t || isPlaceholder(t)) return '';
  if (t.charCodeAt(0) === 35 && (rd.view.cell(r, gc).error || EXCEL_ERROR.test(t))) return '';
  return tidySpaces(t);
}

function joined(rd: RowReader, r: number, cols: Column[]): string {
  if (cols.length === 1) return cellValue(rd, r, cols[0]);
  return cols.map((c) => cellValue(rd, r, c)).filter(Boolean).join('\n');
}

/** The activity and its column: the deepest level whose cell is written in that column (not merged in from the left). */
/** A column's text kept as it is, under "Header (B)": for texts a plan row has no field of its own for. */
type Kept = Record<string, string>;
const keepAs = (c: Column) => `${c.header || c.letter} (${c.letter})`;

/**
 * Upper outline levels written on the same row as a deeper one ("Phase 2" beside "Print the leaflets"): kept
 * under their column, so that no text of the row is lost. A merged cell says it once, at its origin.
 */
function upperLevels(rd: RowReader, r: number, deepest: Column | undefined, levels: Column[], out: Kept): void {
  if (!deepest || levels.length < 2) return;
  for (const c of levels) {
    if (c === deepest) break;
    const gc = c.index - rd.left;
    const o = rd.view.mergeOrigin(r, gc);
    if (o && (o.r !== r || o.c !== gc)) continue;
    const t = cellValue(rd, r, c);
    if (t) out[keepAs(c)] = t;
  }
}

/** Goal levels above the one the row's goal was read from, written on this row. */
function upperGoals(rd: RowReader, r: number, goal: GoalState, out: Kept): void {
  if (rd.cols.goal.length < 2) return;
  const deepest = [...rd.cols.goal].reverse().find((c) => cellValue(rd, r, c));
  const levels: Kept = {};
  upperLevels(rd, r, deepest, rd.cols.goal, levels);
  for (const [k, v] of Object.entries(levels)) if (!goal.goal.includes(v)) out[k] = v;
}

/** Columns kept as they are; number columns only when their text is no id the row already has. */
function keepColumns(rd: RowReader, r: number, cols: Column[], out: Kept, ids: string[] = []): void {
  for (const c of cols) {
    const t = cellValue(rd, r, c);
    if (t && !ids.includes(t.replace(/\.$/, ''))) out[keepAs(c)] = t;
  }
}

/** What a row keeps beyond its fields: upper levels, further number and plan columns. */
function keptTexts(rd: RowReader, r: number, activityCol: Column | undefined, activityNo: Column | undefined, ids: string[], goal: GoalState): Kept {
  const out: Kept = {};
  upperLevels(rd, r, activityCol, rd.cols.activity, out);
  upperGoals(rd, r, goal, out);
  keepColumns(rd, r, rd.cols.number.filter((c) => c !== activityNo), out, ids);
  keepColumns(rd, r, rd.cols.morePlans, out);
  return out;
}

function activityOf(rd: RowReader, r: number): { text: string; col?: Column } {
  for (let i = rd.cols.activity.length - 1; i >= 0; i--) {
    const c = rd.cols.activity[i];
    const gc = c.index - rd.left;
    const o = rd.view.mergeOrigin(r, gc);
    if (o && o.r === r && o.c < gc) continue;
    const t = cellValue(rd, r, c);
    if (t) return { text: t, col: c };
  }
  return { text: '' };
}

/** The outcome written on a heading row that becomes the goal of the rows under it (a logframe's output and its indicator). */
export function headingOutcome(rd: RowReader, r: number): string | undefined {
  return joined(rd, r, rd.cols.outcome) || undefined;
}

/** The goal of a row: its own goal cells (deepest level first), else the one carried down. */
export function goalOf(rd: RowReader, r: number, state: GoalState, activityCol: Column | undefined): GoalState {
  for (let i = rd.cols.goal.length - 1; i >= 0; i--) {
    const c = rd.cols.goal[i];
    const gc = c.index - rd.left;
    const t = cellValue(rd, r, c);
    if (!t) continue;
    // A goal cell merged across into the activity column is the activity itself ("Lập nhóm" over A:B).
    const m = rd.view.mergeAt(r, gc);
    if (m && activityCol && m.right >= activityCol.index - rd.left && m.top === m.bottom) return { goal: '', goalId: '' };
    const origin = rd.view.mergeOrigin(r, gc);
    const number = rd.cols.number.find((n) => n.numbers === 'goal');
    const id = (number ? cellValue(rd, r, number) : '').replace(/\.$/, '') || splitId(stripBullet(t)).id || goalNumber(t);
    const cell = origin ? `${columnLetter(rd.left + origin.c)}${rd.top + origin.r + 1}` : `${c.letter}${rd.top + r + 1}`;
    if (t === state.goal && origin) return state;
    return { goal: t, goalId: id, goalCell: cell };
  }
  return state;
}

/** The addresses of a row's cells, by role (and by header for extra and number columns). */
function cellsOf(rd: RowReader, r: number, columns: Column[]): Record<string, string> {
  const cells: Record<string, string> = {};
  const row = rd.top + r + 1;
  for (const c of columns) {
    if (c.spanOf) continue;
    if (c === rd.cols.timeCell) cells.time = `${c.letter}${row}`;
    if (c.role === 'period') continue;
    const key = c.role === 'extra' ? (rd.cols.extraName.get(c) ?? c.letter) : c.role === 'number' ? c.header || c.letter : c.role;
    if (!(key in cells)) cells[key] = `${c.letter}${row}`;
  }
  return cells;
}

const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Owners: the owner columns' names, the persons an owner matrix marks, the names a grid's cells hold. */
function ownersOf(rd: RowReader, r: number, time: TimeReading | undefined): { owners: string[]; text: string } {
  const named = rd.cols.owner.filter((c) => !c.person);
  const text = joined(rd, r, named);
  const owners = splitOwners(text, rd.lang);
  for (const c of rd.cols.owner) if (c.person && cellValue(rd, r, c)) owners.push(c.person);
  if (rd.cols.owner.length === 0 && time?.owners) owners.push(...time.owners);
  return { owners, text: text || owners.join(', ') };
}

/** A number column's id: "1.2." is 1.2; "Activity 1.1.1" in a logframe's level column is 1.1.1. */
function numberOf(text: string): string {
  return levelItemNumber(text) ?? text.replace(/\.$/, '');
}

export function buildRow(rd: RowReader, r: number, columns: Column[], goal: GoalState, time: TimeReading | undefined, activityNo: Column | undefined): PlanRow {
  const { text: activityRaw, col: activityCol } = activityOf(rd, r);
  const items = cellItems(activityRaw);
  const firstItem = items.items[0];
  const id = activityNo ? numberOf(cellValue(rd, r, activityNo)) : '';
  const owners = ownersOf(rd, r, time);
  const extra: Record<string, string> = rd.cols.extra.length ? {} : NO_EXTRA;
  for (const c of rd.cols.extra) extra[rd.cols.extraName.get(c) ?? c.letter] = cellValue(rd, r, c);
  const upper = keptTexts(rd, r, activityCol, activityNo, [id, goal.goalId], goal);
  const extraOut = Object.keys(upper).length ? { ...extra, ...upper } : extra;
  const result: TimeResult = time?.result ?? EMPTY_RESULT;
  return {
    row: rd.top + r + 1,
    cells: cellsOf(rd, r, columns),
    // Each field named, no spread: a row object keeps one fixed shape (a spread in the middle made each a dictionary, twice the size).
    goal: goal.goal,
    goalId: goal.goalId,
    goalCell: goal.goalCell,
    goalOutcome: goal.goalOutcome,
    activity: items.multi ? activityRaw : (firstItem?.text ?? ''),
    activityId: id || (items.multi ? '' : (firstItem?.id ?? '')),
    method: joined(rd, r, rd.cols.method),
    time: time?.text ?? '',
    owners: owners.owners,
    ownerText: owners.text,
    outcome: joined(rd, r, rd.cols.outcome),
    extra: extraOut,
    activityItems: items.items,
    multiActivity: items.multi,
    timeResult: result,
    timeSource: time?.result.ok ? time.source : 'none',
    blank: false,
    plan: rd.cols.plan ? cellValue(rd, r, rd.cols.plan) || undefined : undefined,
  };
}

export function blankRow(rd: RowReader, r: number, columns: Column[], goal: GoalState): PlanRow {
  return {
    row: rd.top + r + 1, cells: cellsOf(rd, r, columns), ...goal, activity: '', activityId: '', method: '', time: '', owners: [], ownerText: '', outcome: '', extra: {},
    activityItems: [], multiActivity: false, timeResult: EMPTY_RESULT, timeSource: 'none', blank: true,
  };
}
