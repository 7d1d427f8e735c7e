/**
 * A plan written as a list and pasted into a sheet: its lines sit in one column. The lines are read as a list
 * plan, and the plan's rows point back at the lines they came from, so that findings select those cells.
 */
import { a1, columnLetter, rangeA1 } from '../../model/address';
import type { Grid } from '../../model/grid';
import { cellText } from '../../model/grid';
import type { Plan, ReadOptions } from '../../model/plan';
import type { ListLine } from './lines';
import type { ListTable } from './index';
import { listTable } from './index';
import { titleYear } from '../year';

/** The column that holds nearly all of a sheet's text, and its lines with their sheet rows. */
export function listColumn(grid: Grid): { col: number; lines: ListLine[] } | undefined {
  const counts = new Map<number, number>();
  let total = 0;
  grid.cells.forEach((row) => row.forEach((c, j) => {
    if (cellText(c).trim()) {
      counts.set(j, (counts.get(j) ?? 0) + 1);
      total++;
    }
  }));
  const [col, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (n < 5 || n < total * 0.8) return undefined;
  const lines: ListLine[] = [];
  grid.cells.forEach((row, i) => {
    for (const text of cellText(row[col] ?? { value: null, text: '', format: 'General' }).split(/\r?\n/)) {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t) lines.push({ text: t, row: grid.top + i + 1 });
    }
  });
  return { col: grid.left + col, lines };
}

/** The options that read a list's table as a table set by hand, with its roles. */
export function listReadOptions(t: ListTable, options: ReadOptions): ReadOptions {
  const width = t.grid.cells[0].length;
  // The year of the list's title ("PLAN DZIAŁANIA NA ROK 2025") is the year of its times that write none.
  const year = titleYear(t.title) ?? options.workbookYear;
  return { ...options, lang: t.lang, workbookYear: year, tables: [{ sheet: t.grid.sheet, range: rangeA1(0, 0, t.grid.cells.length - 1, width - 1), columns: t.roles }], columns: undefined };
}

/** The plans read from a list's table, pointed back at the sheet's lines: each row's cells are its source line. */
export function pointAtLines(plans: Plan[], t: ListTable, col: number, lines: ListLine[]): Plan[] {
  const letter = columnLetter(col);
  const first = lines[0].row;
  const last = lines[lines.length - 1].row;
  return plans.map((p) => ({
    ...p,
    range: rangeA1(first - 1, col, last - 1, col),
    headerRow: first,
    title: p.title || t.title,
    fromList: true,
    rows: p.rows.map((r, i) => {
      const source = t.sources[i] ?? r.row;
      return { ...r, row: source, cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, `${letter}${source}`])), goalCell: r.goalCell ? a1(source - 1, col) : undefined };
    }),
  }));
}

export { listTable };
