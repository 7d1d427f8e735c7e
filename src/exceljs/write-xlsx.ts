/** The Node host's SheetSpec renderer: a SheetSpec into an ExcelJS worksheet. */
import type ExcelJS from 'exceljs';
import type { SheetSpec, StyleSpec } from '../core';
import { specWidth, uniqueSheetName } from '../core';

const argb = (hex: string) => `FF${hex.slice(1)}`;
const THIN = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };

/** The ExcelJS style of a StyleSpec and number format. */
function excelStyle(st: StyleSpec | undefined, nf: string | undefined): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (nf) style.numFmt = nf;
  if (!st) return style;
  if (st.bold || st.italic || st.color || st.size) style.font = { bold: st.bold, italic: st.italic, size: st.size, color: st.color ? { argb: argb(st.color) } : undefined };
  if (st.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.fill) } };
  if (st.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (st.wrap || st.align || st.valign) style.alignment = { wrapText: st.wrap, horizontal: st.align, vertical: st.valign };
  return style;
}

/**
 * One style object per distinct style and number format, shared by every cell that has it: ExcelJS recognises a
 * style object it has seen and writes its index (a style built per cell is compared as XML, cell by cell: at 100k
 * rows that was most of the time `schedule` took).
 */
function styleCache(spec: SheetSpec): (s: string | undefined, nf: string | undefined) => Partial<ExcelJS.Style> | undefined {
  const made = new Map<string, Partial<ExcelJS.Style>>();
  return (s, nf) => {
    if (!s && !nf) return undefined;
    const key = `${s ?? ''}\u0000${nf ?? ''}`;
    let style = made.get(key);
    if (!style) made.set(key, (style = excelStyle(s ? spec.styles[s] : undefined, nf)));
    return style;
  };
}

/** Add the sheet; returns the name it got (never replacing an existing sheet). */
export function addSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): string {
  const name = uniqueSheetName(spec.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name, {
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : undefined,
    pageSetup: spec.print ? { orientation: spec.print.orientation, fitToPage: spec.print.fitToWidth, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } : undefined,
  });
  const width = specWidth(spec);
  const styleOf = styleCache(spec);
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (spec.table && spec.rows.length > 1) {
    // An Excel table over the filled range; its cells are written by ExcelJS from the rows.
    const [head, ...body] = spec.rows;
    ws.addTable({
      name: spec.table.name,
      ref: 'A1',
      headerRow: true,
      style: { theme: spec.table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: head.map((c, i) => ({ name: String(c?.v ?? `Column ${i + 1}`), filterButton: true })),
      rows: body.map((r) => Array.from({ length: width }, (_, c) => r[c]?.v ?? '')),
    });
  } else {
    spec.rows.forEach((r, ri) => {
      const row = ws.getRow(ri + 1);
      for (let c = 0; c < width; c++) {
        const cs = r[c];
        if (!cs) continue;
        const cell = row.getCell(c + 1);
        if (cs.v !== null) cell.value = cs.v;
        const style = styleOf(cs.s, cs.nf);
        if (style) cell.style = style;
      }
    });
  }
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.table) {
    const tableWrap = new Map<string, Partial<ExcelJS.Style>>();
    spec.rows.forEach((r, ri) => {
      for (let c = 0; c < width; c++) {
        // In a table the table style draws fills and borders: the cells keep their wrapping and number formats.
        const st = r[c]?.s ? spec.styles[r[c]!.s!] : undefined;
        const key = st?.wrap ? `wrap-${st.valign ?? ''}` : undefined;
        const style = styleOf(undefined, r[c]?.nf);
        if (key) {
          const wrapped = tableWrap.get(`${key}|${r[c]?.nf ?? ''}`) ?? { ...style, alignment: { wrapText: true, vertical: st!.valign } };
          tableWrap.set(`${key}|${r[c]?.nf ?? ''}`, wrapped);
          ws.getRow(ri + 1).getCell(c + 1).style = wrapped;
        } else if (style) ws.getRow(ri + 1).getCell(c + 1).style = style;
      }
    });
  }
  return name;
}
