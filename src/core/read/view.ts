/**
 * A view of a grid for reading: every cell's displayed text, with merged ranges filled from their top-left
 * cell, the cell's own text (empty for a merge continuation), fills, and hidden rows and columns.
 * Rows and columns are grid-relative (0 is the grid's first row and column).
 */
import type { Grid, GridCell, Merge } from '../model/grid';
import { EMPTY_CELL, cellText, gridHeight, gridWidth } from '../model/grid';

export interface Origin {
  r: number;
  c: number;
}

export interface GridView {
  grid: Grid;
  height: number;
  width: number;
  /** Text of a cell, merged areas filled from their top-left cell. */
  text(r: number, c: number): string;
  /** Text written in the cell itself: empty for the continuation of a merged area. */
  own(r: number, c: number): string;
  /** The cell itself; for a merged area, its top-left cell. */
  cell(r: number, c: number): GridCell;
  /** The fill shown in the cell (a merged area shows its top-left cell's fill). */
  fill(r: number, c: number): string | undefined;
  /** The top-left cell of the merge covering (r, c), when (r, c) is not that cell. */
  mergeOrigin(r: number, c: number): Origin | undefined;
  /** The merged range covering (r, c), grid-relative. */
  mergeAt(r: number, c: number): Merge | undefined;
  hiddenRow(r: number): boolean;
  hiddenCol(c: number): boolean;
  /** True when no cell of the row holds text (fills alone do not count). */
  rowBlank(r: number): boolean;
  /** Columns of a row that hold text, counting a merged area once (at its left column). */
  nonEmpty(r: number): number[];
  /** How many cells of a row hold something, counting up to max. */
  countNonEmpty(r: number, max: number): number;
}

/** A merge larger than this is not filled cell by cell (it names an area, not content). */
const MAX_MERGE_AREA = 200_000;

function mergeIndex(grid: Grid, height: number, width: number): { origin: Map<number, Origin>; ranges: Map<number, Merge> } {
  const origin = new Map<number, Origin>();
  const ranges = new Map<number, Merge>();
  for (const m of grid.merges ?? []) {
    const top = m.top - grid.top;
    const left = m.left - grid.left;
    const bottom = Math.min(m.bottom - grid.top, height - 1);
    const right = Math.min(m.right - grid.left, width - 1);
    if (top < 0 || left < 0 || bottom < top || right < left || (bottom - top + 1) * (right - left + 1) > MAX_MERGE_AREA) continue;
    const rel: Merge = { top, left, bottom, right };
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        ranges.set(r * width + c, rel);
        if (r !== top || c !== left) origin.set(r * width + c, { r: top, c: left });
      }
  }
  return { origin, ranges };
}

export function makeView(grid: Grid): GridView {
  const height = gridHeight(grid);
  const width = gridWidth(grid);
  const { origin, ranges } = mergeIndex(grid, height, width);
  const texts: string[][] = grid.cells.map((row) => row.map((cell) => cellText(cell).trim()));
  const hiddenRows = new Set((grid.hiddenRows ?? []).map((r) => r - grid.top));
  const hiddenCols = new Set((grid.hiddenCols ?? []).map((c) => c - grid.left));
  const at = (r: number, c: number) => (origin.size === 0 ? undefined : origin.get(r * width + c));
  const cell = (r: number, c: number): GridCell => {
    const o = at(r, c);
    return (o ? grid.cells[o.r]?.[o.c] : grid.cells[r]?.[c]) ?? EMPTY_CELL;
  };
  const text = (r: number, c: number): string => {
    const o = at(r, c);
    return (o ? texts[o.r]?.[o.c] : texts[r]?.[c]) ?? '';
  };
  const own = (r: number, c: number): string => (at(r, c) ? '' : (texts[r]?.[c] ?? ''));
  // A merged area counts once in each of its rows: at its left column.
  const isMergeTail = (r: number, c: number) => {
    const o = at(r, c);
    return !!o && (o.r === r || o.c !== c);
  };
  const rowBlank = (r: number): boolean => {
    const row = texts[r];
    if (row) for (let c = 0; c < row.length; c++) if (row[c] !== '') return false;
    if (origin.size === 0) return true;
    for (let c = 0; c < width; c++) if (text(r, c) !== '') return false;
    return true;
  };
  const nonEmpty = (r: number): number[] => {
    const out: number[] = [];
    for (let c = 0; c < width; c++) if (text(r, c) !== '' && !isMergeTail(r, c)) out.push(c);
    return out;
  };
  const countNonEmpty = (r: number, max: number): number => {
    let n = 0;
    for (let c = 0; c < width && n < max; c++) if (text(r, c) !== '' && !isMergeTail(r, c)) n++;
    return n;
  };
  return {
    grid,
    height,
    width,
    text,
    own,
    cell,
    fill: (r, c) => cell(r, c).fill,
    mergeOrigin: at,
    mergeAt: (r, c) => (ranges.size === 0 ? undefined : ranges.get(r * width + c)),
    hiddenRow: (r) => hiddenRows.has(r),
    hiddenCol: (c) => hiddenCols.has(c),
    rowBlank,
    nonEmpty,
    countNonEmpty,
  };
}
