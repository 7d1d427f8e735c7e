/** A text view of a grid: every cell's displayed text, with merged ranges filled from their top-left cell. */
import type { Grid, GridCell } from '../model/grid';
import { EMPTY_CELL, cellText, gridHeight, gridWidth } from '../model/grid';

export interface GridView {
  grid: Grid;
  height: number;
  width: number;
  /** Text of a cell (grid-relative row and column), merged areas filled. */
  text(r: number, c: number): string;
  /** The cell itself; for a merged area, its top-left cell. */
  cell(r: number, c: number): GridCell;
  /** The grid-relative position of the top-left cell of the merge covering (r, c), if any. */
  mergeOrigin(r: number, c: number): { r: number; c: number } | undefined;
  rowBlank(r: number): boolean;
  nonEmpty(r: number): number[];
  /** How many cells of a row hold something, counting up to max. */
  countNonEmpty(r: number, max: number): number;
}

const MAX_TEXT = 32767;

export function makeView(grid: Grid): GridView {
  const height = gridHeight(grid);
  const width = gridWidth(grid);
  const origin = new Map<number, { r: number; c: number }>();
  for (const m of grid.merges ?? []) {
    const top = m.top - grid.top;
    const left = m.left - grid.left;
    const bottom = Math.min(m.bottom - grid.top, height - 1);
    const right = Math.min(m.right - grid.left, width - 1);
    if (top < 0 || left < 0 || (bottom - top + 1) * (right - left + 1) > 1_000_000) continue;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) if (r !== top || c !== left) origin.set(r * width + c, { r: top, c: left });
  }
  const texts: string[][] = grid.cells.map((row) => row.map((cell) => cellText(cell).slice(0, MAX_TEXT).trim()));
  const cell = (r: number, c: number): GridCell => {
    const o = origin.get(r * width + c);
    if (o) return grid.cells[o.r]?.[o.c] ?? EMPTY_CELL;
    return grid.cells[r]?.[c] ?? EMPTY_CELL;
  };
  const text = (r: number, c: number): string => {
    if (origin.size === 0) return texts[r]?.[c] ?? '';
    const o = origin.get(r * width + c);
    if (o) return texts[o.r]?.[o.c] ?? '';
    return texts[r]?.[c] ?? '';
  };
  const rowBlank = (r: number): boolean => {
    for (let c = 0; c < width; c++) if (text(r, c) !== '') return false;
    return true;
  };
  const nonEmpty = (r: number): number[] => {
    const out: number[] = [];
    for (let c = 0; c < width; c++) if (text(r, c) !== '' && !isMergeTail(r, c)) out.push(c);
    return out;
  };
  const isMergeTail = (r: number, c: number) => {
    const o = origin.get(r * width + c);
    return !!o && o.r === r;
  };
  const countNonEmpty = (r: number, max: number): number => {
    let n = 0;
    for (let c = 0; c < width && n < max; c++) if (text(r, c) !== '' && !isMergeTail(r, c)) n++;
    return n;
  };
  return { grid, height, width, text, cell, mergeOrigin: (r, c) => origin.get(r * width + c), rowBlank, nonEmpty, countNonEmpty };
}
