/** The whole pipeline over the sheets of a workbook: grids → plans → findings. */
import type { TableLayout } from './read/detect';
import type { Grid } from './model/grid';
import type { Plan, ReadOptions } from './model/plan';
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

/** The plan tables of every sheet, numbered across the sheets. */
export function readSheets(grids: Grid[], options: ReadOptions = {}): Omit<Analysis, 'findings'> {
  const plans: Plan[] = [];
  const layouts: TableLayout[] = [];
  const outside: OutsideCells[] = [];
  for (const grid of grids) {
    const r = readPlans(grid, options, plans.length);
    plans.push(...r.plans);
    layouts.push(...r.layouts);
    outside.push(r.outside);
  }
  return { plans, layouts, outside };
}

export function analyzeGrids(grids: Grid[], config?: RuleConfig, extra: ReadOptions = {}): Analysis {
  const read = readSheets(grids, readOptionsFrom(config, extra));
  const findings = validatePlans(read.plans, read.layouts.map((l) => l.headerIssues), config);
  return { ...read, findings };
}
