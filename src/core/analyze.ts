/** The whole pipeline over the sheets of a workbook: grids → plans → findings. */
import type { TableLayout } from './read/detect';
import type { Grid } from './model/grid';
import type { Plan, ReadOptions } from './model/plan';
import { listColumn, listReadOptions, listTable, pointAtLines } from './read/list/sheet';
import { readPlans } from './read/plans';
import type { OutsideCells } from './read/plans';
import type { Role } from './model/roles';
import type { Finding } from './check';
import type { RuleConfig } from './model/config';
import { validatePlans } from './check';

export interface Analysis {
  plans: Plan[];
  layouts: TableLayout[];
  findings: Finding[];
  /** Per sheet, the non-empty cells outside every plan table. */
  outside: OutsideCells[];
}

export function readOptionsFrom(config: RuleConfig | undefined, extra: ReadOptions = {}): ReadOptions {
  return {
    year: config?.year,
    planStart: config?.planStart,
    columns: config?.columns as Record<string, Role> | undefined,
    tables: config?.tables,
    ...extra,
  };
}

/** A sheet that holds a plan written as a list in one column: its plan, read through the table it means. */
function listPlans(grid: Grid, options: ReadOptions, startIndex: number): { plans: Plan[]; layouts: TableLayout[] } | undefined {
  const column = listColumn(grid);
  const table = column && listTable(column.lines, grid.sheet);
  if (!column || !table) return undefined;
  const r = readPlans(table.grid, listReadOptions(table, options), startIndex);
  return { plans: pointAtLines(r.plans, table, column.col, column.lines), layouts: r.layouts };
}

/** The plan tables of every sheet, numbered across the sheets. */
export function readSheets(grids: Grid[], options: ReadOptions = {}): Omit<Analysis, 'findings'> {
  const first = grids.map((grid) => readSheet(grid, options, 0));
  // A sheet whose plans give no year takes the year of the workbook's other plans.
  const known = first.flatMap((r) => r.plans.filter((p) => p.yearSource !== 'assumed').map((p) => p.year));
  const workbookYear = known.length ? mostCommon(known) : undefined;
  const plans: Plan[] = [];
  const layouts: TableLayout[] = [];
  const outside: OutsideCells[] = [];
  grids.forEach((grid, i) => {
    // Only a sheet that needs the workbook's year is read again; the others keep their first reading.
    const again = workbookYear !== undefined && first[i].plans.some((p) => p.yearSource === 'assumed');
    const r = again ? readSheet(grid, { ...options, workbookYear }, plans.length) : first[i];
    if (!again) r.plans.forEach((p, k) => (p.index = plans.length + k));
    plans.push(...r.plans);
    layouts.push(...r.layouts);
    outside.push(r.outside);
  });
  return { plans, layouts, outside };
}

/** One sheet: its plan tables, or the plan written as a list in one of its columns. */
function readSheet(grid: Grid, options: ReadOptions, startIndex: number): { plans: Plan[]; layouts: TableLayout[]; outside: OutsideCells } {
  const r = readPlans(grid, options, startIndex);
  const list = r.plans.length === 0 ? listPlans(grid, options, startIndex) : undefined;
  return list ? { ...list, outside: { sheet: grid.sheet, count: 0, sample: [] } } : r;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export function analyzeGrids(grids: Grid[], config?: RuleConfig, extra: ReadOptions = {}): Analysis {
  const read = readSheets(grids, readOptionsFrom(config, extra));
  const findings = validatePlans(read.plans, read.layouts.map((l) => l.headerIssues), config);
  return { ...read, findings };
}
