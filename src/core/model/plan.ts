/** The plan model: tables found in a sheet, their columns and roles, and their rows. The types come from plan.schema.ts. */
import type { Column, PlanRow, Plan, ReadOptions } from './plan.schema';
export type { Column, PlanRow, Plan, ReadOptions };

/**
 * The names extra columns go by: the header, or the letter when there is none. A header used twice names its
 * second column with the letter too ("Note (F)"), so that both columns, and both values of a row, survive.
 */
export function extraNames(columns: readonly Column[]): Map<Column, string> {
  const names = new Map<Column, string>();
  const used = new Set<string>();
  for (const c of columns) {
    if (c.role !== 'extra' || c.spanOf) continue;
    const base = c.header.trim() || c.letter;
    const name = used.has(base.toLowerCase()) ? `${base} (${c.letter})` : base;
    used.add(name.toLowerCase());
    names.set(c, name);
  }
  return names;
}
