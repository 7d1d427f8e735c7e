/**
 * A plan written as a list, as the plan table it means: goal, activity, method, time, owner, outcome, its section
 * and its source lines, in the plan's language, in a new sheet. Nothing in the user's sheets changes.
 */
import type { ListTable } from '../read/list';
import type { SheetSpec } from '../model/sheet-spec';
import { uiPack } from '../lang';

const WIDTHS = [36, 48, 40, 22, 18, 30, 30, 12];

export function convertSheetSpec(t: ListTable, name = uiPack(t.lang).sheets.convert.sheet): SheetSpec {
  return {
    kind: 'plan',
    name,
    rows: t.grid.cells.map((r, i) => r.map((c) => ({ v: c.text, s: i === 0 ? 'head' : 'body' }))),
    styles: { head: { bold: true, wrap: true, valign: 'top', fill: '#D9E1F2', border: true }, body: { wrap: true, valign: 'top', border: true } },
    merges: [],
    columnWidths: WIDTHS.slice(0, t.grid.cells[0]?.length ?? 0),
    freeze: { rows: 1, cols: 0 },
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
