/**
 * Table detection: find every plan table on a sheet by evidence. A header is a band of one to four rows
 * whose cells name roles (in any language) or run through periods; its table spans the columns those cells
 * and the body below them fill, up to an empty column (a side table or a legend stands apart), and runs down
 * until the next header, or past a gap only while the rows still fit the table's columns.
 */
import { columnIndex, columnLetter, parseRangeA1 } from '../model/address';
import type { Column, ReadOptions } from '../model/plan';
import type { Role } from '../model/roles';
import { isRole } from '../model/roles';
import { foldKey } from '../util/text';
import type { ColumnEvidence, HeaderIssue } from './columns';
import { assignRoles } from './columns';
import { cellKind, profileColumn } from './content';
import type { PeriodColumn } from './grid';
import { findPeriodColumns } from './grid';
import type { HeaderRowScore } from './header';
import { countsColumns, headerCandidates, isHeaderContinuation, isHeaderRow, scoreHeaderRow } from './header';
import { fits } from './fit';
import { headerRole } from './header-roles';
import { titleAbove } from './title';
import type { GridView } from './view';

export type { HeaderIssue } from './columns';

export interface TableLayout {
  /** Grid-relative rows of the header band. */
  headerTop: number;
  /** The header's first row (the same as headerTop). */
  headerRow: number;
  headerBottom: number;
  titleRow?: number;
  title: string;
  /** The other lines of one text above the header, nearest first ("Năm 2025" under "KẾ HOẠCH HOẠT ĐỘNG"). */
  titleLines?: string[];
  /** The period an information line above the table states ("Project period: January 2025 – December 2026"). */
  statedPeriod?: string;
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: Column[];
  headerIssues: HeaderIssue[];
  /** Period columns (a quarter, month, week or day grid), in order. */
  periods: PeriodColumn[];
  /** Why this is a plan table, in short phrases. */
  reasons: string[];
  /** True when the user set the table's range or header row. */
  explicit?: boolean;
  /** True when the table has no header row: every role was inferred from the columns' content. */
  headerless?: boolean;
}

interface Band {
  top: number;
  bottom: number;
  score: HeaderRowScore;
}

/** The header band around a header row: rows above and below that continue it. */
function bandAt(view: GridView, s: HeaderRowScore, floor: number): Band {
  let top = s.row;
  let bottom = s.row;
  for (let r = s.row - 1; r >= Math.max(floor, s.row - 3); r--) {
    if (view.rowBlank(r) || view.hiddenRow(r)) break;
    if (!isHeaderContinuation(view, scoreHeaderRow(view, r), s, true)) break;
    top = r;
  }
  for (let r = s.row + 1; r <= Math.min(view.height - 1, s.row + 3); r++) {
    if (view.rowBlank(r) || !isHeaderContinuation(view, scoreHeaderRow(view, r), s)) break;
    bottom = r;
  }
  return { top, bottom, score: s };
}

/** The columns a band's header cells cover, in groups split by empty columns; those that name a role, the most roles first. */
function headerGroups(view: GridView, band: Band): { left: number; right: number }[] {
  const filled = new Set<number>();
  for (let r = band.top; r <= band.bottom; r++) for (let c = 0; c < view.width; c++) if (view.text(r, c)) filled.add(c);
  const groups: number[][] = [];
  for (const c of [...filled].sort((a, b) => a - b)) {
    const g = groups[groups.length - 1];
    if (g && c === g[g.length - 1] + 1) g.push(c);
    else groups.push([c]);
  }
  // A period run one spacer column away from the named columns belongs to the same table (a Gantt's grid).
  const isRun = (g: number[]) => band.score.cells.filter((c) => g.includes(c.col) && c.label && c.label.kind !== 'weekday').length >= Math.max(2, g.length * 0.6);
  // So does a period run that goes on after a spacer column ("Oct Nov Dec | Jan Feb Mar", a year's end marked off).
  const kindAt = (c: number) => band.score.cells.find((x) => x.col === c)?.label?.kind;
  const goesOn = (a: number[], b: number[]) => isRun(b) && kindAt(a[a.length - 1]) !== undefined && kindAt(a[a.length - 1]) === kindAt(b[0]);
  for (let i = groups.length - 1; i > 0; i--) {
    const gap = groups[i][0] - groups[i - 1][groups[i - 1].length - 1] - 1;
    if (gap <= 1 && (isRun(groups[i]) !== isRun(groups[i - 1]) || goesOn(groups[i - 1], groups[i]))) groups.splice(i - 1, 2, [...groups[i - 1], ...groups[i]]);
  }
  const scored = groups.map((g, i) => {
    const named = band.score.cells.filter((c) => g.includes(c.col) && (c.candidates[0]?.confidence ?? 0) >= 0.6).length;
    return { g, i, score: named * 2 + (isRun(g) ? 1.5 : 0) };
  });
  // The best first; of equal scores, the leftmost.
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.filter((s) => s.score > 0).map(({ g }) => ({ left: g[0], right: g[g.length - 1] }));
}

/** Rows under the band up to the first blank row: enough to see what each column holds. */
function provisionalBody(view: GridView, first: number): number[] {
  const rows: number[] = [];
  for (let r = first; r < view.height && rows.length < 400; r++) {
    if (view.rowBlank(r)) {
      if (rows.length > 0) break;
      continue;
    }
    if (!view.hiddenRow(r)) rows.push(r);
  }
  return rows;
}

/** Widen a table over the columns its body fills beside the header (an unlabelled numbering or activity column). */
function widen(view: GridView, rows: number[], left: number, right: number, top: number): { left: number; right: number } {
  const filled = (c: number) => {
    let n = 0;
    for (const r of rows) if (view.text(r, c)) n++;
    return rows.length > 0 && n >= Math.max(1, rows.length * 0.3);
  };
  const headerFree = (c: number) => !view.text(top, c) || view.mergeOrigin(top, c) !== undefined;
  while (left > 0 && headerFree(left - 1) && filled(left - 1)) left--;
  while (right < view.width - 1 && headerFree(right + 1) && filled(right + 1)) right++;
  return { left, right };
}

export interface DetectOptions {
  /** Roles set by hand for every table: by column letter or header text. */
  columns?: ReadOptions['columns'];
  /** Tables set by hand on this sheet: a range (sheet coordinates) or a header row, with their own roles. */
  tables?: { range?: string; headerRow?: number; columns?: Record<string, Role> }[];
  /** The grid's top-left, for ranges and letters in sheet coordinates. */
  origin: { top: number; left: number };
}

/** Find every plan table of a view. */
export function detectTables(view: GridView, options: DetectOptions = { origin: { top: 0, left: 0 } }): TableLayout[] {
  // Roles set on a table found by its header (a header row and no range) apply to that table only.
  const byHeader = (options.tables ?? []).filter((t) => !t.range && t.headerRow !== undefined);
  const used = new Set<object>();
  const explicit = explicitTables(view, { ...options, tables: (options.tables ?? []).filter((t) => t.range) });
  const tables: TableLayout[] = [...explicit];
  const covered = (r: number) => explicit.some((t) => r >= t.headerTop && r <= t.lastRow);
  let floor = 0;
  for (let r = 0; r < view.height; r++) {
    if (covered(r) || view.rowBlank(r) || view.hiddenRow(r)) continue;
    const s = scoreHeaderRow(view, r);
    if (!isHeaderRow(s)) continue;
    const band = bandAt(view, s, floor);
    const own = byHeader.find((t) => t.headerRow! - 1 - options.origin.top >= band.top && t.headerRow! - 1 - options.origin.top <= band.bottom);
    const opts = own ? { ...options, columns: { ...(options.columns ?? {}), ...upperLetters(own.columns ?? {}) } } : options;
    const t = tableAt(view, band, floor, opts);
    if (!t) continue;
    if (own) used.add(own);
    const beside = own ? [] : besideTables(view, band, floor, opts, t);
    tables.push(t, ...beside);
    r = Math.max(t.lastRow, ...beside.map((b) => b.lastRow));
    floor = r + 1;
  }
  // A header row set by hand where no table was found: a table there, whatever its header says.
  const rest = byHeader.filter((t) => !used.has(t));
  if (rest.length) for (const t of explicitTables(view, { ...options, tables: rest })) if (!tables.some((x) => t.headerTop <= x.lastRow && x.headerTop <= t.lastRow)) tables.push(t);
  if (tables.length === 0) {
    const t = headerlessTable(view, options);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => a.headerTop - b.headerTop || a.left - b.left);
}

/**
 * Plans side by side under one header row ("Plan A" over A–C, "Plan B" over E–G): each other group of header cells
 * that is a plan with activities of its own, clear of the tables already found.
 */
function besideTables(view: GridView, band: Band, floor: number, options: DetectOptions, first: TableLayout): TableLayout[] {
  const found = [first];
  const clear = (cols: { left: number; right: number }) => !found.some((t) => cols.right >= t.left && cols.left <= t.right);
  for (const g of headerGroups(view, band)) {
    if (!clear(g)) continue;
    const t = tableAt(view, band, floor, options, undefined, g);
    if (t && t.columns.some((c) => c.role === 'activity' && !c.inferred) && clear(t)) found.push(t);
  }
  return found.slice(1);
}

/** A table with no header must show it is a plan by its content alone: an activity and a time (or an owner and an outcome), read with confidence. */
function provesPlan(columns: Column[]): boolean {
  const sure = (role: Role) => columns.some((c) => c.role === role && c.confidence >= 0.5);
  // Activities and owners alone are as much a list of contacts ("Anna Nowak | Fundacja X | anna@x.pl"): a plan says when.
  return sure('activity') && (sure('time') || (sure('owner') && sure('outcome')) || columns.some((c) => c.role === 'period'));
}

/**
 * A sheet that starts with its data, with no header row: the first block of rows (three or more, over two or
 * more columns) read as a table whose roles all come from content, when they make a plan.
 */
function headerlessTable(view: GridView, options: DetectOptions): TableLayout | undefined {
  let first = 0;
  while (first < view.height && (view.rowBlank(first) || view.hiddenRow(first))) first++;
  const rows = provisionalBody(view, first);
  if (rows.length < 3) return undefined;
  const cols = new Set(rows.flatMap((r) => view.nonEmpty(r)));
  if (cols.size < 2) return undefined;
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const band: Band = { top: first - 1, bottom: first - 1, score: scoreHeaderRow(view, Math.max(0, first - 1)) };
  const t = tableAt(view, band, 0, options, { left, right, headerless: true });
  if (!t || !unknownHeader(view, t, rows, options.origin.left)) return t;
  // The first row is a header in words we do not know ("Zebra", "Quux"): it does not fit the columns below it.
  const own: Band = { top: first, bottom: first, score: scoreHeaderRow(view, first) };
  const h = tableAt(view, own, 0, options, { left, right, headerless: true });
  return h && { ...h, headerless: undefined, reasons: ['its header names no role we know', ...h.reasons.slice(1)] };
}

/** Is the first row a header: a time column whose first cell is no time, while the cells below are? */
function unknownHeader(view: GridView, t: TableLayout, rows: number[], originLeft: number): boolean {
  const [head, ...body] = rows;
  if (body.length < 2) return false;
  const isTime = (r: number, c: number) => ['time', 'date'].includes(cellKind(view.cell(r, c), view.text(r, c)));
  return t.columns.some((c) => {
    if (c.role !== 'time' && c.role !== 'start' && c.role !== 'end') return false;
    const col = c.index - originLeft;
    return !isTime(head, col) && body.filter((r) => isTime(r, col)).length >= body.length * 0.6;
  });
}

/** The table under a header band, or nothing when its columns do not make a plan. */
interface Forced {
  left: number;
  right: number;
  last?: number;
  roles?: Record<string, Role>;
  /** No header row: the band is the (blank) row above the data, and the table must still prove itself a plan. */
  headerless?: boolean;
}

/** Does row r only number the columns under the header, 1, 2, 3 … from left to right (with gaps where cells merge)? */
function numbersColumns(view: GridView, r: number, left: number, right: number): boolean {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) texts.push(view.text(r, c));
  return countsColumns(texts);
}

/**
 * Tables side by side under one row of titles ("Team North" over the one, "Team South" over the other): the top row of
 * their band holds one text over each table, at its first column, that names no role of the column under it. It is
 * the table's title.
 */
function titleOnBand(view: GridView, band: Band, left: number, right: number): boolean {
  if (band.top >= band.bottom) return false;
  const all = view.nonEmpty(band.top);
  const own = all.filter((c) => c >= left && c <= right);
  if (all.length < 2 || own.length !== 1 || own[0] !== left) return false;
  // A group cell names the role of the columns under it ("Termin" over "od | do"); a title does not ("Team North" over "Activity").
  const role = headerRole(view.text(band.top, left).trim())?.role;
  const under = headerRole(view.text(band.top + 1, left).trim())?.role;
  return role === undefined || role === 'plan' || (under !== undefined && under !== role);
}

function tableAt(view: GridView, band: Band, floor: number, options: DetectOptions, forced?: Forced, group?: { left: number; right: number }): TableLayout | undefined {
  const cols = forced ?? group ?? headerGroups(view, band)[0];
  if (!cols) return undefined;
  if (!forced && titleOnBand(view, band, cols.left, cols.right)) return tableAt(view, { ...band, top: band.top + 1 }, band.top, options, forced, group);
  // The row that numbers the columns belongs to the header, not to the plan.
  const first = band.bottom + 1 + (numbersColumns(view, band.bottom + 1, cols.left, cols.right) ? 1 : 0);
  const rows = provisionalBody(view, first);
  const { left, right } = forced ? cols : widen(view, rows, cols.left, cols.right, band.top);
  const periods = findPeriodColumns(view, band.top, band.bottom, left, right);
  const evidence = columnEvidence(view, band, left, right, rows, periods, { ...(options.columns ?? {}), ...(forced?.roles ?? {}) }, options.origin.left);
  const { columns, issues } = assignRoles(evidence, options.origin.left);
  const roles = new Set<string>(columns.map((c) => (c.role === 'start' || c.role === 'end' || c.role === 'period' || c.role === 'duration' ? 'time' : c.role)));
  const byHand = forced !== undefined && !forced.headerless;
  const isPlan = byHand || ((roles.has('activity') || roles.has('outcome')) && ['time', 'owner', 'outcome', 'goal', 'method'].filter((x) => roles.has(x)).length >= 1 && (roles.has('time') || roles.has('owner') || roles.has('outcome') || roles.has('goal')));
  if (!isPlan || (forced?.headerless && !provesPlan(columns))) return undefined;
  const t = titleAbove(view, band.top, floor, left, right);
  const layout: TableLayout = {
    headerTop: band.top, headerRow: band.top, headerBottom: band.bottom, titleRow: t.row, title: t.title, titleLines: t.lines.length ? t.lines : undefined, statedPeriod: t.period, firstRow: first, lastRow: first - 1, left, right, columns, headerIssues: issues, periods,
    reasons: forced?.headerless ? ['it has no header row', ...tableReasons(columns, periods, false)] : tableReasons(columns, periods, byHand),
    explicit: byHand || undefined,
    headerless: forced?.headerless || undefined,
  };
  layout.lastRow = forced?.last ?? bodyEnd(view, layout);
  return layout;
}

function tableReasons(columns: Column[], periods: PeriodColumn[], explicit: boolean): string[] {
  if (explicit) return ['its range was set by hand'];
  const named = columns.filter((c) => !c.inferred && c.role !== 'extra' && c.role !== 'period').map((c) => `${c.letter} ${c.role}`);
  const out = named.length ? [`its header names ${named.join(', ')}`] : [];
  if (periods.length) out.push(`its header runs through ${periods.length} periods`);
  const inferred = columns.filter((c) => c.inferred).map((c) => `${c.letter} ${c.role}`);
  if (inferred.length) out.push(`its content shows ${inferred.join(', ')}`);
  return out;
}

/** The last row of a table: down to the next header, or past a gap while the rows still fit its columns. */
function bodyEnd(view: GridView, t: TableLayout): number {
  let last = t.headerBottom;
  let blank = 0;
  for (let r = t.firstRow; r < view.height; r++) {
    let any = false;
    for (let c = t.left; c <= t.right && !any; c++) any = view.text(r, c) !== '';
    if (!any) {
      if (++blank >= 3) break;
      continue;
    }
    const s = blank > 0 || r > last + 1 ? scoreHeaderRow(view, r) : undefined;
    if (s && isHeaderRow(s)) break;
    if (blank > 0 && !fits(view, t, r)) break;
    blank = 0;
    last = r;
  }
  return last;
}

/** What each column's header and body show. */
function columnEvidence(view: GridView, band: Band, left: number, right: number, rows: number[], periods: PeriodColumn[], explicit: Record<string, Role>, sheetLeft: number): ColumnEvidence[] {
  const byPeriod = new Map(periods.map((p) => [p.col, p]));
  const explicitKeys = new Map<string, Role>();
  for (const [k, v] of Object.entries(explicit)) {
    if (!isRole(v)) continue;
    explicitKeys.set(k.toUpperCase(), v);
    explicitKeys.set(foldKey(k), v);
  }
  const out: ColumnEvidence[] = [];
  for (let c = left; c <= right; c++) {
    const { header: written, candidates, span } = headerOf(view, band, c);
    const period = byPeriod.get(c);
    // A quarter under a year row is shown with its year: "III kw. 2019".
    const header = period && period.year !== undefined && (period.label.kind === 'months' || period.label.kind === 'week-of') ? `${period.header} ${period.year}` : period ? period.header : written;
    const profile = profileColumn(rows, (r) => ({ cell: view.cell(r, c), text: view.text(r, c), own: view.mergeOrigin(r, c) === undefined }));
    const letter = columnLetter(sheetLeft + c);
    out.push({
      col: c,
      header,
      candidates,
      profile,
      headerSpan: span,
      headerTail: span[0] < c,
      spanOf: spanOf(view, rows, c),
      groups: groups(view, rows, c),
      numbering: numbering(view, rows, c),
      period,
      explicit: explicitKeys.get(letter) ?? (header ? explicitKeys.get(foldKey(header)) : undefined),
    });
  }
  markOwnerMatrix(view, band, out);
  return out;
}

/** The header of a column: the lowest band row's text that names a role, else the lowest text at all. */
function headerOf(view: GridView, band: Band, c: number): { header: string; candidates: ColumnEvidence['candidates']; span: number[] } {
  let header = '';
  let candidates: ColumnEvidence['candidates'] = [];
  let span: number[] = [c];
  for (let r = band.bottom; r >= band.top; r--) {
    const text = view.text(r, c);
    if (!text) continue;
    const cand = headerCandidates(text);
    if (!header) header = text;
    if (cand.length && cand[0].confidence >= 0.6) {
      header = text;
      candidates = cand;
      const m = view.mergeAt(r, c);
      if (m && m.right > m.left) span = Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left + i);
      break;
    }
    if (!candidates.length) candidates = cand;
  }
  return { header, candidates, span };
}

/** The column left of c whose merged cells c continues in most body rows (a task written across A:C). */
function spanOf(view: GridView, rows: number[], c: number): number | undefined {
  let n = 0;
  let origin: number | undefined;
  for (const r of rows) {
    const o = view.mergeOrigin(r, c);
    if (o && o.r === r && o.c < c) {
      n++;
      origin = o.c;
    }
  }
  return rows.length > 0 && n >= rows.length * 0.6 ? origin : undefined;
}

/** Does the column number its rows: outline numbers or Roman numerals, or whole numbers that count up from 1? */
function numbering(view: GridView, rows: number[], c: number): boolean {
  const values = rows.map((r) => view.text(r, c)).filter(Boolean);
  if (values.length === 0) return false;
  if (values.filter((v) => /^(\d{1,3}\.)+\d{0,3}$|^[IVXL]+\.?$/.test(v)).length >= values.length * 0.5) return true;
  const ints = values.map((v) => parseInt(v, 10)).filter((n) => Number.isFinite(n));
  const rising = ints.filter((n, i) => i === 0 || n >= ints[i - 1]).length;
  return ints.length >= values.length * 0.7 && Math.min(...ints) <= 1 && rising >= ints.length * 0.8;
}

/** Does the column group rows: merged down, or written only where a group starts? */
function groups(view: GridView, rows: number[], c: number): boolean {
  let merged = 0;
  let blanks = 0;
  let filled = 0;
  for (const r of rows) {
    const o = view.mergeOrigin(r, c);
    if (o && o.r < r) merged++;
    else if (view.own(r, c)) filled++;
    else blanks++;
  }
  return filled > 0 && (merged >= rows.length * 0.2 || (blanks >= filled && filled >= 2));
}

/**
 * An owner matrix: a merged header naming the owner over one column per person, the persons' names in the row
 * below, marks ("+", "x") in the body. Each of those columns stands for its person.
 */
function markOwnerMatrix(view: GridView, band: Band, evidence: ColumnEvidence[]): void {
  if (band.bottom === band.top) return;
  for (const e of evidence) {
    const m = view.mergeAt(band.top, e.col);
    if (!m || m.right === m.left || m.left !== e.col) continue;
    const role = headerCandidates(view.text(band.top, e.col))[0];
    if (role?.role !== 'owner' || role.confidence < 0.6) continue;
    for (let c = m.left; c <= m.right; c++) {
      const ev = evidence.find((x) => x.col === c);
      const name = view.text(band.bottom, c);
      if (ev && name && name !== view.text(band.top, c) && ev.profile.kinds.mark >= ev.profile.filled * 0.8) ev.person = name;
    }
  }
}

function upperLetters(roles: Record<string, Role>): Record<string, Role> {
  const out: Record<string, Role> = {};
  for (const [k, v] of Object.entries(roles)) out[/^[A-Z]{1,3}$/i.test(k) ? k.toUpperCase() : k] = v;
  return out;
}

/** Tables the user set: a range, or a header row (the table runs down from it). */
function explicitTables(view: GridView, options: DetectOptions): TableLayout[] {
  const out: TableLayout[] = [];
  for (const t of options.tables ?? []) {
    const range = t.range ? parseRangeA1(t.range) : undefined;
    const top = (range ? range.top : (t.headerRow ?? 1) - 1) - options.origin.top;
    if (top < 0 || top >= view.height) continue;
    const s = scoreHeaderRow(view, top);
    const roles: Record<string, Role> = {};
    for (const [k, v] of Object.entries(t.columns ?? {})) roles[/^[A-Z]{1,3}$/i.test(k) ? k.toUpperCase() : k] = v;
    const left = range ? range.left - options.origin.left : Math.min(...view.nonEmpty(top), ...Object.keys(roles).filter((k) => /^[A-Z]{1,3}$/.test(k)).map((k) => columnIndex(k) - options.origin.left));
    const right = range ? range.right - options.origin.left : Math.max(...view.nonEmpty(top), ...Object.keys(roles).filter((k) => /^[A-Z]{1,3}$/.test(k)).map((k) => columnIndex(k) - options.origin.left));
    if (!Number.isFinite(left) || !Number.isFinite(right) || left < 0) continue;
    const layout = tableAt(view, { top, bottom: top, score: s }, 0, options, { left, right: Math.min(right, view.width - 1), last: range ? Math.min(range.bottom - options.origin.top, view.height - 1) : undefined, roles });
    if (layout) out.push(layout);
  }
  return out;
}
