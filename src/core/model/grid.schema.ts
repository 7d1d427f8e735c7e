/** The Grid's schemas, and the types inferred from them (grid.ts re-exports the types). */
import * as z from 'zod';
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;
export const GridCellSchema = z.object({
  /** The raw value: a string, a number (dates are Excel serial numbers), a boolean, or null when empty. */
  value: CellValueSchema,
  /** What the user sees in the cell (Excel's Range.text). */
  text: z.string(),
  /** The number format ("General", "@", "mm/dd", …). */
  format: z.string().default('General'),
  /** A non-white fill colour (#RRGGBB) when the host reads fills; used by period grids. */
  fill: z.string().optional(),
  /** True when the value is an error (#REF!, #N/A …). */
  error: z.boolean().optional(),
  /** True when the cell held a formula (the value is its result). */
  formula: z.boolean().optional(),
});
export type GridCell = z.infer<typeof GridCellSchema>;
export const MergeSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});
export type Merge = z.infer<typeof MergeSchema>;
export const GridSchema = z.object({
  sheet: z.string(),
  /** 0-based sheet row and column of cells[0][0]. */
  top: z.number().int().nonnegative().default(0),
  left: z.number().int().nonnegative().default(0),
  cells: z.array(z.array(GridCellSchema)),
  /** Merged ranges in 0-based sheet coordinates. */
  merges: z.array(MergeSchema).default([]),
  /** 0-based sheet rows that are hidden. */
  hiddenRows: z.array(z.number().int()).optional(),
  /** 0-based sheet columns that are hidden. */
  hiddenCols: z.array(z.number().int()).optional(),
  /** The year the workbook was created (its properties), for plans that write no year at all. */
  fileYear: z.number().int().optional(),
  /** What the file reader had to repair to read the sheet (a stray byte, a quote never closed), in plain words. */
  notes: z.array(z.string()).optional(),
});
export type Grid = z.infer<typeof GridSchema>;
