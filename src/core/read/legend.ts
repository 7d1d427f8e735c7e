/**
 * A Gantt sheet's colour legend: beside or under the table, a fill with a name next to it ("Anna:" and a red cell,
 * "Both:" and a purple one). When the grid's marks are fills of those colours, each colour names who does the
 * work in that period: the row's owners, for a table that has no owner column.
 */
import { looksLikeNames } from './content';
import type { TableLayout } from './detect';
import type { GridView } from './view';

const WHITE = /^#?(fff(fff)?|ffffff00)$/i;

/** A legend's label: short text with letters, its colon dropped ("Quentin :" is Quentin). */
function label(text: string): string | undefined {
  const t = text.replace(/(?<![\s:：=–-])\s*[:：=–-]\s*$/u, '').trim();
  return t && t.length <= 40 && /\p{L}/u.test(t) && !/\d{3,}/.test(t) ? t : undefined;
}

/** The fills of the grid's marks: the colours a legend may name. */
function markFills(view: GridView, t: TableLayout, background: string | undefined): Set<string> {
  const fills = new Set<string>();
  for (let r = t.firstRow; r <= t.lastRow; r++)
    for (const p of t.periods) {
      const f = view.fill(r, p.col);
      if (f && f !== background && !WHITE.test(f)) fills.add(f.toUpperCase());
    }
  return fills;
}

/** The label of a legend fill: the cell's own text, else the nearest text beside it on its row. */
function labelAt(view: GridView, r: number, c: number): string | undefined {
  const own = label(view.own(r, c));
  if (own) return own;
  for (const d of [-1, 1, -2, 2]) {
    const cc = c + d;
    if (cc < 0 || cc >= view.width || view.fill(r, cc)) continue;
    const l = label(view.own(r, cc));
    if (l) return l;
  }
  return undefined;
}

/**
 * The legend of a table's grid, fill (upper-case hex) to name, from cells outside the table; nothing unless it
 * names two colours of the grid's marks or more, half of them or more like people's or teams' names.
 */
export function fillLegend(view: GridView, t: TableLayout, background: string | undefined): Map<string, string> | undefined {
  if (t.periods.length === 0) return undefined;
  const fills = markFills(view, t, background);
  if (fills.size < 2) return undefined;
  const legend = new Map<string, string>();
  const inside = (r: number, c: number) => r >= t.headerTop && r <= t.lastRow && c >= t.left && c <= t.right;
  for (let r = 0; r < view.height; r++)
    for (let c = 0; c < view.width; c++) {
      const f = view.fill(r, c)?.toUpperCase();
      if (!f || !fills.has(f) || legend.has(f) || inside(r, c) || view.mergeOrigin(r, c)) continue;
      const l = labelAt(view, r, c);
      if (l) legend.set(f, l);
    }
  const names = [...legend.values()].filter((l) => looksLikeNames(l)).length;
  return legend.size >= 2 && names * 2 >= legend.size ? legend : undefined;
}
