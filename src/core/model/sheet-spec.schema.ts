/** SheetSpec's schemas, and the types inferred from them (sheet-spec.ts re-exports the types). */
import * as z from 'zod';
export const StyleSpecSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  fill: z.string().regex(/^#[0-9A-F]{6}$/).optional(),
  color: z.string().regex(/^#[0-9A-F]{6}$/).optional(),
  border: z.boolean().optional(),
  wrap: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  valign: z.enum(['top', 'middle']).optional(),
  size: z.number().optional(),
});
export type StyleSpec = z.infer<typeof StyleSpecSchema>;
export const CellSpecSchema = z.object({
  v: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  /** Key into styles. */
  s: z.string().optional(),
  /** Number format for numbers (dates are serials with a date format). */
  nf: z.string().optional(),
});
export type CellSpec = z.infer<typeof CellSpecSchema>;
export const SheetSpecSchema = z.object({
  /** What the sheet is: a schedule, a clean table, or a plan table made from a list. */
  kind: z.enum(['schedule', 'clean', 'plan']),
  /** The name wanted; the host makes it unique and valid. */
  name: z.string(),
  rows: z.array(z.array(CellSpecSchema.nullable())),
  styles: z.record(z.string(), StyleSpecSchema),
  merges: z.array(z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() })),
  /** Widths in characters, one per column. */
  columnWidths: z.array(z.number()),
  freeze: z.object({ rows: z.number(), cols: z.number() }).optional(),
  print: z.object({ orientation: z.enum(['landscape', 'portrait']), fitToWidth: z.boolean() }).optional(),
  /** An Excel table (ListObject) over rows[header..last], columns 0..width-1. */
  table: z.object({ name: z.string(), headerRow: z.number(), style: z.string() }).optional(),
});
export type SheetSpec = z.infer<typeof SheetSpecSchema>;
