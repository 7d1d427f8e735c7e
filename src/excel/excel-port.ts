/**
 * The WorkbookPort over Office.js. Batched: a read is one sync for the size and one for the cells
 * (more only for sheets too large for one payload, read in row blocks); a write is one sync for
 * the sheet names and one for everything it writes.
 */
import type { Grid, GridCell, Merge } from '../core/grid';
import type { ReadProgress, Settings, WorkbookPort } from '../core/port';
import type { SheetSpec } from '../core/sheet-spec';
import { specValues, specWidth } from '../core/sheet-spec';
import { uniqueSheetName } from '../core/sheet-name';
import { parseRangeA1, rangeA1, columnLetter } from '../core/address';
import type { Finding } from '../core/validate/findings';

/** Excel on the web caps a response at about 5 MB: stay well under it per block. */
export const CELLS_PER_BLOCK = 150_000;
const SETTINGS_KEY = 'activityMatrix.settings';
const HIGHLIGHT_KEY = 'activityMatrix.highlights';
const HIGHLIGHT_FILL: Record<string, string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#EDEBE9' };

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class ExcelPort implements WorkbookPort {
  constructor(private run: Run = (b) => Excel.run(b)) {}

  async readActiveSheet(progress?: ReadProgress): Promise<Grid> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const used = ws.getUsedRangeOrNullObject(true);
      ws.load('name');
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      await ctx.sync();
      if (used.isNullObject) return { sheet: ws.name, top: 0, left: 0, cells: [], merges: [] };
      return readBlocks(ctx, ws, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount, progress);
    });
  }

  async readSelection(): Promise<Grid> {
    return this.run(async (ctx) => {
      const sel = ctx.workbook.getSelectedRange();
      const ws = sel.worksheet;
      ws.load('name');
      sel.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      await ctx.sync();
      return readBlocks(ctx, ws, sel.rowIndex, sel.columnIndex, sel.rowCount, sel.columnCount);
    });
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const name = uniqueSheetName(spec.name, sheets.items.map((s) => s.name));
      const ws = sheets.add(name);
      writeSpec(ws, spec);
      ws.activate();
      await ctx.sync();
      return name;
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  /** Highlights are conditional formats of our own, so the user's fills are never touched; their ids are kept to delete exactly them. */
  async setHighlights(findings: Finding[]): Promise<void> {
    await this.clearHighlights();
    await this.run(async (ctx) => {
      const made: { sheet: string; cell: string; cf: Excel.ConditionalFormat }[] = [];
      for (const f of findings) {
        const range = ctx.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = '=TRUE';
        cf.custom.format.fill.color = HIGHLIGHT_FILL[f.severity];
        cf.load('id');
        made.push({ sheet: f.sheet, cell: f.cell, cf });
      }
      await ctx.sync();
      const ids = made.map((m) => ({ sheet: m.sheet, cell: m.cell, id: m.cf.id }));
      ctx.workbook.settings.add(HIGHLIGHT_KEY, JSON.stringify(ids));
      await ctx.sync();
    });
  }

  async clearHighlights(): Promise<void> {
    await this.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHT_KEY);
      setting.load('value');
      await ctx.sync();
      if (setting.isNullObject) return;
      const ids = JSON.parse(String(setting.value || '[]')) as { sheet: string; cell: string; id: string }[];
      for (const h of ids) {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(h.sheet);
        ws.getRange(h.cell).conditionalFormats.getItemOrNullObject(h.id).delete();
      }
      setting.delete();
      await ctx.sync();
    });
  }

  async loadSettings(): Promise<Settings> {
    return this.run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      s.load('value');
      await ctx.sync();
      if (s.isNullObject) return { config: { rules: {} } };
      try {
        return JSON.parse(String(s.value)) as Settings;
      } catch {
        return { config: { rules: {} } };
      }
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await ctx.sync();
    });
  }
}

/** Read a rectangle in row blocks, each block in one sync, values, text, formats and merges together. */
async function readBlocks(ctx: Excel.RequestContext, ws: Excel.Worksheet, top: number, left: number, rows: number, cols: number, progress?: ReadProgress): Promise<Grid> {
  const blockRows = Math.max(1, Math.floor(CELLS_PER_BLOCK / Math.max(1, cols)));
  const cells: GridCell[][] = [];
  const merges: Merge[] = [];
  for (let start = 0; start < rows; start += blockRows) {
    const n = Math.min(blockRows, rows - start);
    const range = ws.getRangeByIndexes(top + start, left, n, cols);
    range.load(['values', 'text', 'numberFormat', 'valueTypes']);
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    await ctx.sync();
    for (let r = 0; r < n; r++) {
      const row: GridCell[] = [];
      for (let c = 0; c < cols; c++) {
        const v = range.values[r][c] as string | number | boolean;
        const type = range.valueTypes[r][c];
        row.push({
          value: type === Excel.RangeValueType.empty ? null : v,
          text: String(range.text[r][c] ?? ''),
          format: String(range.numberFormat[r][c] ?? 'General'),
          error: type === Excel.RangeValueType.error || undefined,
        });
      }
      cells.push(row);
    }
    if (!merged.isNullObject) {
      for (const part of merged.address.split(',')) {
        const p = parseRangeA1(part.trim());
        merges.push({ top: p.top, left: p.left, bottom: p.bottom, right: p.right });
      }
    }
    progress?.(start + n, rows);
  }
  return { sheet: ws.name, top, left, cells, merges };
}

/** Queue the writes of a SheetSpec: values as data (text cells formatted "@" first), styles, merges, widths, panes, print, table. */
export function writeSpec(ws: Excel.Worksheet, spec: SheetSpec): void {
  const width = specWidth(spec);
  const height = spec.rows.length;
  if (height === 0 || width === 0) return;
  const values = specValues(spec);
  const all = ws.getRangeByIndexes(0, 0, height, width);
  // Text stays text: a string that starts with = + - @ can never become a formula.
  all.numberFormat = values.map((r) => r.map((v) => (typeof v === 'string' ? '@' : 'General')));
  all.values = values.map((r) => r.map((v) => (v === null ? '' : v)));
  // Styles: one range per run of equal style in a row.
  for (let r = 0; r < height; r++) {
    let c = 0;
    while (c < width) {
      const key = spec.rows[r][c]?.s;
      let end = c;
      while (end + 1 < width && spec.rows[r][end + 1]?.s === key) end++;
      const st = key ? spec.styles[key] : undefined;
      if (st) {
        const range = ws.getRangeByIndexes(r, c, 1, end - c + 1);
        if (st.fill) range.format.fill.color = st.fill;
        if (st.bold) range.format.font.bold = true;
        if (st.italic) range.format.font.italic = true;
        if (st.color) range.format.font.color = st.color;
        if (st.size) range.format.font.size = st.size;
        if (st.wrap) range.format.wrapText = true;
        if (st.align) range.format.horizontalAlignment = st.align === 'center' ? 'Center' : st.align === 'right' ? 'Right' : 'Left';
        if (st.valign) range.format.verticalAlignment = st.valign === 'middle' ? 'Center' : 'Top';
        if (st.border) for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical'] as const) range.format.borders.getItem(edge).style = 'Continuous';
      }
      c = end + 1;
    }
  }
  for (const m of spec.merges) ws.getRange(rangeA1(m.top, m.left, m.bottom, m.right)).merge(false);
  // Widths set explicitly: autofit has bugs on the web. About 7 points a character.
  spec.columnWidths.forEach((w, c) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = Math.round(w * 7)));
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    if (spec.freeze.cols === 0) ws.freezePanes.freezeRows(spec.freeze.rows);
    else if (spec.freeze.rows === 0) ws.freezePanes.freezeColumns(spec.freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, spec.freeze.rows, spec.freeze.cols));
  }
  if (spec.print) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (spec.table) {
    const t = ws.tables.add(all, true);
    t.name = `${spec.table.name}_${Date.now().toString(36)}`;
    t.style = spec.table.style;
  }
}
