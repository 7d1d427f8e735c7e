/**
 * Table detection: find every plan table in a grid. Tables stand one under another, separated by
 * blank rows, each under an optional title row. A header is a row whose cells name at least two
 * roles. Prose around tables is ignored.
 */
import { columnLetter } from './address';
import type { Column } from './plan';
import type { Role, RoleCandidate } from './roles';
import { rankRoles } from './roles';
import { foldKey } from './text';
import type { GridView } from './view';

export interface HeaderIssue {
  /** 0-based sheet column. */
  col: number;
  kind: 'unknown-column' | 'duplicate-role';
  role?: Role;
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
}

const MAIN: Role[] = ['goal', 'activity', 'method', 'time', 'owner', 'outcome', 'start', 'end'];
const MAX_HEADER_LEN = 80;

const rankCache = new Map<string, RoleCandidate[]>();
function rank(text: string): RoleCandidate[] {
  let r = rankCache.get(text);
  if (!r) {
    r = text.length > MAX_HEADER_LEN || text.split(/\s+/).length > 8 ? [] : rankRoles(text);
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
  for (const c of cols) {
    const cand = rank(view.text(r, c));
    ranked.set(c, cand);
    if (cand.length > 0 && cand[0].confidence >= 0.6) {
      recognised++;
      if (MAIN.includes(cand[0].role)) roles.add(cand[0].role);
    }
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
): { columns: Column[]; issues: HeaderIssue[] } {
  const columns: Column[] = [];
  const issues: HeaderIssue[] = [];
  const taken = new Set<Role>();
  const chosen = new Map<number, Column>();
  const explicitKeys = new Map<string, Role>();
  for (const [k, v] of Object.entries(explicit ?? {})) explicitKeys.set(k.toUpperCase(), v), explicitKeys.set(foldKey(k), v);
  for (let c = left; c <= right; c++) {
    const header = view.text(r, c);
    const role = explicitKeys.get(columnLetter(view.grid.left + c)) ?? (header ? explicitKeys.get(foldKey(header)) : undefined);
    if (role) {
      chosen.set(c, { index: view.grid.left + c, letter: columnLetter(view.grid.left + c), header, role, confidence: 1, explicit: true });
      if (role !== 'extra' && role !== 'number') taken.add(role);
    }
  }
  const pairs: { c: number; cand: RoleCandidate }[] = [];
  for (let c = left; c <= right; c++) {
    if (chosen.has(c)) continue;
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
    const gap = blankRun > 0;
    blankRun = 0;
    const afterTitle = r > 0 && view.countNonEmpty(r - 1, 2) <= 1;
    if (!cur || gap || afterTitle) {
      const ranked = headerRoles(view, r);
      if (ranked) {
        const floor = cur ? lastDataRow + 1 : 0;
        close();
        const cols = [...ranked.keys()];
        const left = Math.min(...cols);
        const right = Math.max(...cols);
        const { columns, issues } = assignRoles(view, r, left, right, ranked, explicit);
        const t = titleAbove(view, r, floor);
        cur = { headerRow: r, titleRow: t.row, title: t.title, firstRow: r + 1, lastRow: r, left, right, columns, headerIssues: issues };
        lastDataRow = r;
        continue;
      }
    }
    if (!cur) continue;
    let inside = 0;
    for (let c = cur.left; c <= cur.right && inside < 2; c++) if (view.text(r, c) !== '') inside++;
    // After a gap, a lone cell is a title or prose, not a row of this table.
    if (gap && inside <= 1) continue;
    if (inside > 0) lastDataRow = r;
  }
  close();
  return tables;
}
