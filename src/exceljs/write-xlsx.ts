/** The Node host's SheetSpec renderer: a SheetSpec into an ExcelJS worksheet. */
import type ExcelJS from 'exceljs';
import type { SheetSpec, StyleSpec } from '../core';
import { specWidth, uniqueSheetName } from '../core';

const argb = (hex: string) => `FF${hex.slice(1)}`;
const THIN = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };

function applyStyle(cell: ExcelJS.Cell, st: StyleSpec | undefined): void {
  if (!st) return;
  if (st.bold || st.italic || st.color || st.size) cell.font = { bold: st.bold, italic: st.italic, size: st.size, color: st.color ? { argb: argb(st.color) } : undefined };
  if (st.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.fill) } };
  if (st.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (st.wrap || st.align || st.valign) cell.alignment = { wrapText: st.wrap, horizontal: st.align, vertical: st.valign };
}

/** Add the sheet; returns the name it got (never replacing an existing sheet). */
export function addSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): string {
  const name = uniqueSheetName(spec.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name, {
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : undefined,
    pageSetup: spec.print ? { orientation: spec.print.orientation, fitToPage: spec.print.fitToWidth, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } : undefined,
  });
  const width = specWidth(spec);
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
        if (cs.nf) cell.numFmt = cs.nf;
        applyStyle(cell, cs.s ? spec.styles[cs.s] : undefined);
      }
    });
  }
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.table) {
    spec.rows.forEach((r, ri) => {
      for (let c = 0; c < width; c++) {
        const st = r[c]?.s ? spec.styles[r[c]!.s!] : undefined;
        const cell = ws.getRow(ri + 1).getCell(c + 1);
        if (st?.wrap) cell.alignment = { wrapText: true, vertical: st.valign };
        if (r[c]?.nf) cell.numFmt = r[c]!.nf!;
      }
    });
  }
  return name;
}
