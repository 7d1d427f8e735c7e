/**
 * SheetSpec: one host-neutral description of a sheet to write. Cell values are always data: a
 * string is written as text, never as a formula. Each host has one small renderer.
 */
import type { StyleSpec, CellSpec, SheetSpec } from './sheet-spec.schema';
export type { StyleSpec, CellSpec, SheetSpec };

export function specWidth(spec: SheetSpec): number {
  return spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** The values as a rectangle (null for empty), for a host that writes a 2-D array in one go. */
export function specValues(spec: SheetSpec): (string | number | boolean | null)[][] {
  const w = specWidth(spec);
  return spec.rows.map((r) => Array.from({ length: w }, (_, c) => r[c]?.v ?? null));
}
