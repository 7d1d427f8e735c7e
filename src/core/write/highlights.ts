/**
 * Highlights as few conditional formats as possible: one per sheet and rule, over all its cells, written as
 * column runs ("D5:D9" for five cells) and cut into address lists Excel takes in one call. A 10,000-row plan
 * makes a handful of conditional formats, not one per cell.
 */
import { parseA1, rangeA1 } from '../model/address';
import type { Highlight } from '../model/port';

export interface HighlightArea {
  sheet: string;
  rule: string;
  severity: Highlight['severity'];
  /** Comma-separated A1 ranges, each list at most MAX_ADDRESS characters. */
  address: string;
  cells: number;
}

/** Longer address lists are split: Excel's getRanges takes a string, and long ones fail on some hosts. */
export const MAX_ADDRESS = 2000;

function runs(cells: { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row <= sorted[j].row + 1) j++;
    const a = sorted[i];
    const b = sorted[j];
    out.push(rangeA1(a.row, a.col, b.row, b.col));
    i = j + 1;
  }
  return out;
}

export function highlightAreas(highlights: readonly Highlight[]): HighlightArea[] {
  const groups = new Map<string, { h: Highlight; cells: Map<string, { row: number; col: number }> }>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.rule ?? h.severity}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { h, cells: new Map() }));
    const cell = h.cell.split(':')[0];
    if (!g.cells.has(cell)) g.cells.set(cell, parseA1(cell));
  }
  const out: HighlightArea[] = [];
  for (const { h, cells } of groups.values()) {
    let list: string[] = [];
    let length = 0;
    let count = 0;
    const flush = () => {
      if (list.length) out.push({ sheet: h.sheet, rule: h.rule ?? h.severity, severity: h.severity, address: list.join(','), cells: count });
      list = [];
      length = 0;
      count = 0;
    };
    for (const r of runs([...cells.values()])) {
      if (length + r.length + 1 > MAX_ADDRESS) flush();
      list.push(r);
      length += r.length + 1;
      count++;
    }
    flush();
  }
  return out;
}
