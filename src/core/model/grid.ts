/**
 * The Grid: what a host reads from a sheet, and the only thing that crosses from a host into the core.
 * A rectangle of cells (value, displayed text, number format) with its top-left position, and the merged ranges.
 */
import type { CellValue, GridCell, Merge, Grid } from './grid.schema';
export type { CellValue, GridCell, Merge, Grid };

export const EMPTY_CELL: GridCell = { value: null, text: '', format: 'General' };

/** A cell from plain text, as a CSV reader or a test builds it. */
export function textCell(text: string): GridCell {
  return text === '' ? EMPTY_CELL : { value: text, text, format: 'General' };
}

/** A Grid from rows of strings. */
export function gridFromRows(sheet: string, rows: string[][], merges: Merge[] = []): Grid {
  return { sheet, top: 0, left: 0, cells: rows.map((r) => r.map(textCell)), merges };
}

export function gridHeight(grid: Grid): number {
  return grid.cells.length;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid.cells) if (r.length > w) w = r.length;
  return w;
}

/** The text of a cell as the user sees it, trimmed. Error values read as their text (#REF!). */
export function cellText(cell: GridCell): string {
  if (cell.text !== '') return cell.text;
  if (cell.value === null || cell.value === undefined) return '';
  return String(cell.value);
}
