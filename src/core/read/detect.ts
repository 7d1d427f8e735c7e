/**
 * Table detection: find every plan table in a grid. Tables stand one under another, separated by
 * blank rows, each under an optional title row. A header is a row whose cells name at least two
 * roles. Prose around tables is ignored.
 */
import { columnLetter } from '../model/address';
import type { Column } from '../model/plan';
import type { Role } from '../model/roles';
import type { RoleCandidate } from './header-roles';
import { rankRoles } from './header-roles';
import { foldKey, stripMarker } from '../util/text';
import { splitId } from './numbering';
import type { PeriodLabel } from './periods';
import { periodLabel, yearOf } from './periods';
import type { GridView } from './view';

export interface HeaderIssue {
  /** 0-based sheet column. */
  col: number;
  kind: 'unknown-column' | 'duplicate-role';
  role?: Role;
}

export interface PeriodColumn {
  /** Grid-relative column. */
  col: number;
  header: string;
  label: PeriodLabel;
  /** The year over it in a year row, when there is one. */
  year?: number;
}

export interface TableLayout {
  /** Grid-relative rows. */
  headerRow: number;
  titleRow?: number;
  title: string;
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: Column[];
  headerIssues: HeaderIssue[];
  /** Period columns (a quarter or month grid), in order. */
  periods: PeriodColumn[];
}

const MAIN: Role[] = ['goal', 'activity', 'method', 'time', 'owner', 'outcome', 'start', 'end'];
const MAX_HEADER_LEN = 80;

const rankCache = new Map<string, RoleCandidate[]>();
function rank(text: string): RoleCandidate[] {
  let r = rankCache.get(text);
  if (!r) {
    r = text.length > MAX_HEADER_LEN || text.split(/\s+/).length > 8 || splitId(text).id !== '' || stripMarker(text) !== text ? [] : rankRoles(text);
    if (rankCache.size > 50_000) rankCache.clear();
    rankCache.set(text, r);
  }
  return r;
}

/** Is this row a header? Returns the roles it names, or undefined. */
function headerRoles(view: GridView, r: number): Map<number, RoleCandidate[]> | undefined {
  const cols = view.nonEmpty(r);
  if (cols.length < 2) return undefined;
  const ranked = new Map<number, RoleCandidate[]>();
  const roles = new Set<Role>();
  let recognised = 0;
  let periods = 0;
  for (const c of cols) {
    const text = view.text(r, c);
    const cand = rank(text);
    ranked.set(c, cand);
    if (cand.length > 0 && cand[0].confidence >= 0.6) {
      recognised++;
      if (MAIN.includes(cand[0].role)) roles.add(cand[0].role);
    } else if (periodLabel(text)) periods++;
  }
  // A run of period headers (quarters, months, years) is a time field.
  if (periods >= 2) {
    roles.add('time');
    recognised += periods;
  }
  if (roles.size < 2 || recognised * 2 < cols.length) return undefined;
  if (!roles.has('activity') && !roles.has('goal') && roles.size < 3) return undefined;
  return ranked;
}

/** Assign one role per column: explicit choices first, then the most confident. */
function assignRoles(
  view: GridView,
  r: number,
  left: number,
  right: number,
  ranked: Map<number, RoleCandidate[]>,
  explicit: Record<string, Role> | undefined,
  periodCols: Set<number> = new Set(),
  periods: PeriodColumn[] = [],
): { columns: Column[]; issues: HeaderIssue[] } {
  const columns: Column[] = [];
  const issues: HeaderIssue[] = [];
  const taken = new Set<Role>();
  const chosen = new Map<number, Column>();
  const explicitKeys = new Map<string, Role>();
  for (const [k, v] of Object.entries(explicit ?? {})) {
    explicitKeys.set(k.toUpperCase(), v);
    explicitKeys.set(foldKey(k), v);
  }
  for (let c = left; c <= right; c++) {
    const header = view.text(r, c);
    const role = explicitKeys.get(columnLetter(view.grid.left + c)) ?? (header ? explicitKeys.get(foldKey(header)) : undefined);
    if (role) {
      chosen.set(c, { index: view.grid.left + c, letter: columnLetter(view.grid.left + c), header, role, confidence: 1, explicit: true });
      if (role !== 'extra' && role !== 'number') taken.add(role);
    }
  }
  const pairs: { c: number; cand: RoleCandidate }[] = [];
  for (const p of periods) {
    if (chosen.has(p.col)) continue;
    const header = p.year !== undefined && p.label.start === undefined ? `${p.header} ${p.year}` : p.header;
    chosen.set(p.col, { index: view.grid.left + p.col, letter: columnLetter(view.grid.left + p.col), header, role: 'period', confidence: 1 });
  }
  for (let c = left; c <= right; c++) {
    if (chosen.has(c) || periodCols.has(c)) continue;
    // A column under a merged header cell has the merged text: it is ranked too, and reported as a repeat.
    if (!ranked.has(c) && view.text(r, c)) ranked.set(c, rank(view.text(r, c)));
    for (const cand of ranked.get(c) ?? []) pairs.push({ c, cand });
  }
  pairs.sort((a, b) => b.cand.confidence - a.cand.confidence);
  for (const { c, cand } of pairs) {
    if (chosen.has(c)) continue;
    if (cand.role !== 'number' && taken.has(cand.role)) continue;
    chosen.set(c, { index: view.grid.left + c, letter: columnLetter(view.grid.left + c), header: view.text(r, c), role: cand.role, confidence: cand.confidence, numbers: cand.numbers });
    if (cand.role !== 'number') taken.add(cand.role);
  }
  for (let c = left; c <= right; c++) {
    let col = chosen.get(c);
    if (!col) {
      const header = view.text(r, c);
      const best = ranked.get(c)?.[0];
      col = { index: view.grid.left + c, letter: columnLetter(view.grid.left + c), header, role: 'extra', confidence: 0 };
      if (best && best.confidence >= 0.6) issues.push({ col: view.grid.left + c, kind: 'duplicate-role', role: best.role });
      else if (header) issues.push({ col: view.grid.left + c, kind: 'unknown-column' });
    }
    columns.push(col);
  }
  return { columns, issues };
}

function labelsIn(view: GridView, r: number, from: number): Map<number, PeriodLabel> {
  const out = new Map<number, PeriodLabel>();
  if (r < 0 || r >= view.height) return out;
  for (let c = from; c < view.width; c++) {
    const l = periodLabel(view.text(r, c));
    if (l) out.set(c, l);
  }
  return out;
}

/** Years over period columns, carried right across merged or blank cells ("2019 | | 2020 | | |"). */
function yearsAbove(view: GridView, r: number, cols: number[]): Map<number, number> | undefined {
  if (r < 0 || cols.length === 0) return undefined;
  const out = new Map<number, number>();
  let year: number | undefined;
  let found = 0;
  for (let c = 0; c <= cols[cols.length - 1]; c++) {
    const t = view.text(r, c);
    const y = yearOf(t);
    if (y !== undefined) {
      year = y;
      if (cols.includes(c) || view.mergeOrigin(r, c) === undefined) found++;
    } else if (t && cols.includes(c)) return undefined; // something else than a year over a period
    if (year !== undefined && cols.includes(c)) out.set(c, year);
  }
  return found > 0 ? out : undefined;
}

/**
 * The period columns of a header at row r: labels in the header itself (with an optional year row above),
 * or labels in the row below a header whose cells over them are years (a two-row header).
 */
function findPeriods(view: GridView, r: number, left: number): { periods: PeriodColumn[]; bodyStart: number; yearRow?: number } {
  const own = labelsIn(view, r, left);
  const absolute = [...own.values()].every((l) => l.start !== undefined);
  const below = labelsIn(view, r + 1, left);
  // A second header row holds labels without a year ("III kw.", "Q1", "T1") under years or blank cells;
  // a row of "Q1 2024" or "2009-03" is data.
  const belowCols = [...below.keys()];
  const underYears = belowCols.every((c) => below.get(c)!.start === undefined) && belowCols.every((c) => {
    const t = view.text(r, c);
    return t === '' || yearOf(t) !== undefined || view.mergeOrigin(r, c) !== undefined;
  });
  if (below.size >= 2 && underYears && (own.size === 0 || absolute)) {
    const cols = belowCols;
    const years = yearsAbove(view, r, cols);
    return { periods: cols.map((c) => ({ col: c, header: view.text(r + 1, c), label: below.get(c)!, year: years?.get(c) })), bodyStart: r + 2 };
  }
  if (own.size >= 2) {
    const cols = [...own.keys()];
    const years = yearsAbove(view, r - 1, cols);
    return { periods: cols.map((c) => ({ col: c, header: view.text(r, c), label: own.get(c)!, year: years?.get(c) })), bodyStart: r + 1, yearRow: years ? r - 1 : undefined };
  }
  return { periods: [], bodyStart: r + 1 };
}

function titleAbove(view: GridView, headerRow: number, floor: number): { row?: number; title: string } {
  for (let r = headerRow - 1; r >= Math.max(floor, headerRow - 3); r--) {
    const cols = view.nonEmpty(r);
    if (cols.length === 0) continue;
    if (cols.length === 1) return { row: r, title: view.text(r, cols[0]).replace(/\s+/g, ' ') };
    return { title: '' };
  }
  return { title: '' };
}

export function detectTables(view: GridView, explicit?: Record<string, Role>): TableLayout[] {
  const tables: TableLayout[] = [];
  let cur: TableLayout | undefined;
  let blankRun = 0;
  let lastDataRow = -1;
  /** After a gap, lone cells (a legend, a note, the next title) are not rows of the table until a real row comes. */
  let trailing = false;
  const close = () => {
    if (!cur) return;
    // Trim what follows the last data row after a gap: blank rows, the next title, prose.
    cur.lastRow = Math.max(cur.headerRow, lastDataRow);
    tables.push(cur);
    cur = undefined;
  };
  for (let r = 0; r < view.height; r++) {
    if (view.rowBlank(r)) {
      blankRun++;
      if (cur && blankRun >= 3) close();
      continue;
    }
    const gap = blankRun > 0 || trailing;
    blankRun = 0;
    const afterTitle = r > 0 && view.countNonEmpty(r - 1, 2) <= 1;
    if (!cur || gap || afterTitle) {
      const ranked = headerRoles(view, r);
      if (ranked) {
        const floor = cur ? lastDataRow + 1 : 0;
        close();
        const cols = [...ranked.keys()];
        const left = Math.min(...cols);
        const found = findPeriods(view, r, left);
        const periodCols = new Set(found.periods.map((p) => p.col));
        const right = Math.max(...cols, ...periodCols);
        for (const c of periodCols) ranked.delete(c);
        const { columns, issues } = assignRoles(view, r, left, right, ranked, explicit, periodCols, found.periods);
        const t = titleAbove(view, found.yearRow ?? r, floor);
        cur = { headerRow: r, titleRow: t.row, title: t.title, firstRow: found.bodyStart, lastRow: found.bodyStart - 1, left, right, columns, headerIssues: issues, periods: found.periods };
        lastDataRow = found.bodyStart - 1;
        trailing = false;
        r = found.bodyStart - 1;
        continue;
      }
    }
    if (!cur) continue;
    let inside = 0;
    for (let c = cur.left; c <= cur.right && inside < 2; c++) if (view.text(r, c) !== '') inside++;
    // After a gap, a lone cell is a title or prose, not a row of this table.
    if (gap && inside <= 1) {
      trailing = true;
      continue;
    }
    trailing = false;
    if (inside > 0) lastDataRow = r;
  }
  close();
  return tables;
}
