/** An ExcelJS workbook's sheets to Grids: the reference our own streaming reader (src/xlsx) is compared with. Displayed text comes from the number format through SSF, as Excel shows it. */
import ExcelJS from 'exceljs';
import type { Grid, GridCell } from '../../src/core';
import { EMPTY_CELL, dateToSerial } from '../../src/core';
import type { Palette } from '../../src/xlsx/theme';
import { paletteFromThemeXml } from '../../src/xlsx/theme';
import { display, fillHex } from '../../src/xlsx/cells';
import type { Fill } from '../../src/xlsx/cells';

export function cellFromExcelJS(cell: ExcelJS.Cell, palette: Palette = paletteFromThemeXml(undefined)): GridCell {
  const v = cell.value as unknown;
  // One look at the style (ExcelJS's getters for numFmt and fill each walk it again).
  const style = cell.style as { numFmt?: string; fill?: Fill } | undefined;
  const format = style?.numFmt || 'General';
  const fill = fillHex(style?.fill, palette);
  if (typeof v === 'string') return fill ? { value: v, text: v, format, fill } : { value: v, text: v, format };
  const base = (c: GridCell): GridCell => (fill ? { ...c, fill } : c);
  if (v === null || v === undefined) return fill ? { ...EMPTY_CELL, fill } : EMPTY_CELL;
  if (typeof v === 'number') return base({ value: v, text: display(v, format), format });
  if (typeof v === 'boolean') return base({ value: v, text: v ? 'TRUE' : 'FALSE', format });
  if (v instanceof Date) {
    const serial = dateToSerial(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) + (v.getUTCHours() * 3600 + v.getUTCMinutes() * 60) / 86400;
    const f = format === 'General' ? 'yyyy-mm-dd' : format;
    return base({ value: serial, text: display(serial, f), format: f });
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const t = (o.richText as { text: string }[]).map((r) => r.text).join('');
    return base({ value: t, text: t, format });
  }
  if ('error' in o) return base({ value: String(o.error), text: String(o.error), format, error: true });
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as unknown;
    if (r && typeof r === 'object' && 'error' in (r as object)) {
      const e = String((r as { error: string }).error);
      return base({ value: e, text: e, format, error: true, formula: true });
    }
    const inner = cellFromValue(r, format);
    return base({ ...inner, formula: true });
  }
  if ('text' in o && 'hyperlink' in o) {
    const t = typeof o.text === 'string' ? o.text : String((o.text as { richText?: { text: string }[] })?.richText?.map((x) => x.text).join('') ?? '');
    return base({ value: t, text: t, format });
  }
  const t = String(cell.text ?? '');
  return base({ value: t, text: t, format });
}

function cellFromValue(r: unknown, format: string): GridCell {
  if (r === null || r === undefined) return EMPTY_CELL;
  if (typeof r === 'number') return { value: r, text: display(r, format), format };
  if (r instanceof Date) {
    const serial = dateToSerial(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
    return { value: serial, text: display(serial, format === 'General' ? 'yyyy-mm-dd' : format), format };
  }
  return { value: String(r), text: String(r), format };
}

/** The colours of a workbook's theme, for fills given as theme colours. */
export function workbookPalette(wb: ExcelJS.Workbook | undefined): Palette {
  const themes = (wb as unknown as { _themes?: Record<string, string> } | undefined)?._themes;
  return paletteFromThemeXml(themes?.theme1 ?? (themes ? Object.values(themes)[0] : undefined));
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet, palette: Palette = workbookPalette(ws.workbook)): Grid {
  const rows: GridCell[][] = [];
  const hiddenRows: number[] = [];
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    // Empty cells too: a shaded cell with no value is a mark in a period grid.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = cellFromExcelJS(cell, palette);
      if (c === EMPTY_CELL) return;
      while (cells.length < colNumber - 1) cells.push(EMPTY_CELL);
      cells[colNumber - 1] = c;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    maxCol = Math.max(maxCol, cells.length);
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => {
    const [a, b] = m.split(':');
    const p = (s: string) => {
      const mm = /^([A-Z]+)(\d+)$/.exec(s)!;
      let c = 0;
      for (const ch of mm[1]) c = c * 26 + ch.charCodeAt(0) - 64;
      return { r: parseInt(mm[2], 10) - 1, c: c - 1 };
    };
    const s = p(a);
    const e = p(b ?? a);
    return { top: s.r, left: s.c, bottom: e.r, right: e.c };
  });
  const hiddenCols: number[] = [];
  for (let c = 1; c <= maxCol; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return { sheet: ws.name, top: 0, left: 0, cells: rows.map((r) => r ?? []), merges, hiddenRows, ...(hiddenCols.length ? { hiddenCols } : {}) };
}
