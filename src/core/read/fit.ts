/**
 * Does a row still belong to a table after a gap? Its cells must look like the table's own: names under the
 * owner, times under the time, numbering under the number; and it must name an activity (or a goal).
 * Notes written below a table, the next plan's title and a legend do not fit.
 */
import type { Column } from '../model/plan';
import type { CellKind } from './content';
import { cellKind } from './content';
import type { GridView } from './view';

const FITTING: Partial<Record<Column['role'], CellKind[]>> = {
  owner: ['name', 'placeholder'],
  time: ['time', 'date', 'placeholder', 'number', 'id', 'text'],
  start: ['time', 'date', 'placeholder', 'number'],
  end: ['time', 'date', 'placeholder', 'number'],
  duration: ['number', 'time', 'id', 'placeholder', 'text'],
  number: ['id', 'number', 'date'],
  period: ['mark', 'number', 'id', 'name', 'text', 'time', 'date', 'placeholder'],
};

export function fits(view: GridView, t: { left: number; right: number; columns: Column[] }, r: number): boolean {
  let filled = 0;
  let fitting = 0;
  let named = false;
  for (const c of t.columns) {
    const gc = c.index - (t.columns[0].index - t.left);
    if (gc < t.left || gc > t.right || c.spanOf) continue;
    const text = view.text(r, gc);
    if (!text) continue;
    filled++;
    if (c.role === 'activity' || c.role === 'goal') named = true;
    const ok = FITTING[c.role];
    const kind = cellKind(view.cell(r, gc), text);
    // An owner is a name or a few words ("Ban điều hành"), not a sentence.
    if (!ok || ok.includes(kind) || (c.role === 'owner' && kind === 'text' && text.split(/\s+/).length <= 3)) fitting++;
  }
  return named && filled >= 2 && fitting >= filled * 0.7;
}
