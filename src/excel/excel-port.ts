/**
 * The WorkbookPort over Office.js. Batched: a read is one sync for the whole sheet (more only for sheets
 * too large for one response, read in row blocks, which a second read of the same sheet goes to at once); a write
 * is one sync for everything it writes (one more for the sheet names when they did not come with the last read).
 */
import type { Grid, GridCell, Highlight, Merge, ReadProgress, Settings, WorkbookPort, SheetSpec } from '../core';
import { addSheets } from './add-sheets';
import { clearHighlights, setHighlights } from './highlights';
import { columnLetter, loadSchemas, parseRangeA1, rangeA1, specValues, specWidth } from '../core';

/** Excel on the web caps a response at 5 MB and a read at about 5 million cells: stay under both per block. */
export const BYTES_PER_BLOCK = 4.25 * 1024 * 1024;
export const MAX_CELLS_PER_BLOCK = 1_000_000;
const SAMPLE_ROWS = 200;
const SETTINGS_KEY = 'activityMatrix.settings';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run over a context made earlier: event handlers are removed in the context they were added in. */
type RunIn = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class ExcelPort implements WorkbookPort {
  /** Sheet names read along with the last read, so that a write needs no extra sync to pick free names. */
  private knownNames: string[] | undefined;
  /**
   * The bytes per row of each sheet last read in blocks: read again by name (Generate schedule and Export read the
   * checked sheet afresh), it goes to blocks at once, sized from these, with no refused attempt and no sample.
   */
  private readonly blockRowBytes = new Map<string, { rowBytes: number; columns: number }>();

  constructor(
    private run: Run = (b) => Excel.run(b),
    private runIn: RunIn = (c, b) => Excel.run(c, b),
  ) {}

  /** One sync for a sheet that fits one response (see readWhole), row blocks for one that does not. */
  async readActiveSheet(progress?: ReadProgress): Promise<Grid> {
    return this.readFrom((context) => context.workbook.worksheets.getActiveWorksheet(), progress);
  }

  /** A sheet by name, read as the active sheet is. A sheet renamed or deleted since is an error that says so. */
  async readSheet(name: string, progress?: ReadProgress): Promise<Grid> {
    return this.readFrom((context) => context.workbook.worksheets.getItem(name), progress, this.blockRowBytes.get(name));
  }

  /**
   * The sheet's onChanged event (ExcelApi 1.7), for marking findings stale when the user edits the checked
   * sheet. The add-in never writes data into a sheet it checked (highlights are conditional formats), so every
   * event is the user's. The handler is removed through the context it was added in, as the docs require.
   */
  async watchSheet(name: string, onChange: () => void): Promise<() => Promise<void>> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      const handler = ws.onChanged.add(async () => onChange());
      await context.sync();
      return async () => {
        await this.runIn(handler.context as Excel.RequestContext, async (ctx) => {
          handler.remove();
          await ctx.sync();
        });
      };
    });
  }

  private async readFrom(sheetOf: (context: Excel.RequestContext) => Excel.Worksheet, progress?: ReadProgress, last?: { rowBytes: number; columns: number }): Promise<Grid> {
    return this.run(async (context) => {
      if (last !== undefined) {
        // Read in blocks last time: its first block at once. Refused (its rows grew), it starts over as a new sheet.
        const grid = await this.readInBlocks(context, sheetOf, progress, last).catch((e: unknown) => {
          if (tooLarge(e)) return undefined;
          throw e;
        });
        if (grid) return grid;
      }
      return (await this.readWhole(context, sheetOf, progress)) ?? this.readInBlocks(context, sheetOf, progress);
    });
  }

  /**
   * Sync 1: the whole used range with the sheet's name, the sheet names and the merged areas. Nothing when Excel
   * refuses it (Excel on the web answers at most 5 MB, and reads at most about 5 million cells).
   */
  private async readWhole(context: Excel.RequestContext, sheetOf: (context: Excel.RequestContext) => Excel.Worksheet, progress?: ReadProgress): Promise<Grid | undefined> {
    const { ws, used, all, merged } = queueSheet(context, sheetOf);
    used.load(['values', 'text', 'numberFormat', 'valueTypes']);
    try {
      await context.sync();
    } catch {
      // Excel on the web refuses a read over its limits with RequestPayloadSizeLimitExceeded or
      // ResponsePayloadSizeLimitExceeded, and the cell cap may come as another error. Any refusal is read in blocks;
      // a real error (the sheet is gone) comes back from that read, which makes the same first request.
      return undefined;
    }
    this.knownNames = all.items.map((s) => s.name);
    this.blockRowBytes.delete(ws.name);
    if (used.isNullObject) return { sheet: ws.name, top: 0, left: 0, cells: [], merges: [] };
    if (!used.values || !used.text || !used.numberFormat || !used.valueTypes) return undefined;
    progress?.(used.rowCount, used.rowCount);
    return { sheet: ws.name, top: used.rowIndex, left: used.columnIndex, cells: toCells(used), merges: merged.isNullObject ? [] : parseMerges(merged.address) };
  }

  /**
   * A sheet too large for one response: the size, the merged areas and the first 200 rows in one sync, whose bytes per
   * row decide the blocks; then one sync per block of about 4 MB. With the bytes per row of an earlier read, the
   * first sync carries a whole first block.
   */
  private async readInBlocks(context: Excel.RequestContext, sheetOf: (context: Excel.RequestContext) => Excel.Worksheet, progress?: ReadProgress, last?: { rowBytes: number; columns: number }): Promise<Grid> {
    const { ws, used, all, merged } = queueSheet(context, sheetOf);
    const first = last === undefined ? SAMPLE_ROWS : blockRowsFor(last.rowBytes, Math.floor(MAX_CELLS_PER_BLOCK / Math.max(1, last.columns)));
    const sample = used.getIntersectionOrNullObject(used.getCell(0, 0).getResizedRange(first - 1, 0).getEntireRow());
    sample.load(['values', 'text', 'numberFormat', 'valueTypes']);
    await context.sync();
    this.knownNames = all.items.map((s) => s.name);
    if (used.isNullObject) return { sheet: ws.name, top: 0, left: 0, cells: [], merges: [] };
    const cells = sample.isNullObject ? [] : toCells(sample);
    const merges = merged.isNullObject ? [] : parseMerges(merged.address);
    const perRow = Math.max(64, JSON.stringify([sample.values, sample.text, sample.numberFormat, sample.valueTypes]).length / Math.max(1, cells.length));
    let blockRows = blockRowsFor(perRow, Math.floor(MAX_CELLS_PER_BLOCK / Math.max(1, used.columnCount)));
    progress?.(cells.length, used.rowCount);
    for (let start = cells.length; start < used.rowCount; ) {
      const n = Math.min(blockRows, used.rowCount - start);
      const block = ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount);
      block.load(['values', 'text', 'numberFormat', 'valueTypes']);
      try {
        // One sync per block is the point: Excel on the web refuses a response over 5 MB. The number of blocks
        // follows the sheet's size in bytes.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        // Rows longer than the first ones made the block too large: the same rows again, in halves.
        if (!tooLarge(e) || n === 1) throw e;
        blockRows = Math.ceil(n / 2);
        continue;
      }
      cells.push(...toCells(block));
      start += n;
      progress?.(start, used.rowCount);
    }
    // A sheet that has shrunk to fit one response is tried whole again next time.
    if (used.rowCount * perRow < BYTES_PER_BLOCK) this.blockRowBytes.delete(ws.name);
    else this.blockRowBytes.set(ws.name, { rowBytes: perRow, columns: used.columnCount });
    return { sheet: ws.name, top: used.rowIndex, left: used.columnIndex, cells, merges };
  }

  /** Fills of the given ranges, in one sync (getCellProperties, ExcelApi 1.9). White and no fill are left out. */
  async readFills(sheet: string, ranges: string[]): Promise<Record<string, string>> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const reads = ranges.map((address) => ({ address, props: ws.getRange(address).getCellProperties({ address: true, format: { fill: { color: true } } }) }));
      await context.sync();
      const out: Record<string, string> = {};
      for (const { props } of reads) {
        for (const row of props.value) {
          for (const cell of row) {
            const color = cell.format?.fill?.color;
            if (color && !/^#?FFFFFF$/i.test(color) && cell.address) out[cell.address.replace(/^.*!/, '')] = color.toUpperCase();
          }
        }
      }
      return out;
    });
  }

  /** The selection: one sync (a selection is what the user sees, so it fits one payload). */
  async readSelection(): Promise<Grid> {
    return this.run(async (context) => {
      const sel = context.workbook.getSelectedRange();
      const ws = context.workbook.worksheets.getActiveWorksheet(); // the selection is on the active sheet
      ws.load('name');
      sel.load(['rowIndex', 'columnIndex', 'values', 'text', 'numberFormat', 'valueTypes']);
      const merged = sel.getMergedAreasOrNullObject();
      merged.load('address');
      await context.sync();
      return { sheet: ws.name, top: sel.rowIndex, left: sel.columnIndex, cells: toCells(sel), merges: merged.isNullObject ? [] : parseMerges(merged.address) };
    });
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    return (await this.addSheets([spec]))[0];
  }

  /**
   * All the sheets or none (see add-sheets.ts): one sync when the sheet names came with the last read, one more to
   * read them otherwise.
   */
  async addSheets(specs: SheetSpec[]): Promise<string[]> {
    return this.run(async (context) => {
      try {
        const { given, names } = await addSheets(context, specs, this.knownNames, writeSpec);
        this.knownNames = names;
        return given;
      } catch (e) {
        this.knownNames = undefined;
        throw e;
      }
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  /** Highlights: conditional formats of our own, one per sheet and rule (see highlights.ts). */
  async setHighlights(findings: Highlight[]): Promise<void> {
    await this.run((context) => setHighlights(context, findings));
  }

  async clearHighlights(): Promise<void> {
    await this.run((context) => clearHighlights(context));
  }

  async loadSettings(): Promise<Settings> {
    return this.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      s.load('value');
      await context.sync();
      if (s.isNullObject) return { config: { rules: {} } };
      return settingsFrom(s.value);
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }
}

/** Settings saved in the workbook, checked with the schema the CLI uses for its configuration file (loaded on demand). */
export async function settingsFrom(value: unknown): Promise<Settings> {
  const { RuleConfigSchema } = await loadSchemas();
  try {
    const raw = JSON.parse(String(value)) as { config?: unknown; generated?: unknown };
    const parsed = RuleConfigSchema.safeParse(raw.config);
    const generated = Array.isArray(raw.generated) ? raw.generated.filter((x): x is string => typeof x === 'string') : [];
    return { config: parsed.success ? parsed.data : { rules: {} }, generated };
  } catch {
    return { config: { rules: {} } };
  }
}

/** Rows per block: about 4 MB of them, with a tenth to spare, and never more cells than a block may hold. */
function blockRowsFor(rowBytes: number, maxRows: number): number {
  return Math.max(1, Math.min(Math.floor(BYTES_PER_BLOCK / (rowBytes * 1.1)), maxRows));
}

/** Queued for a read's first sync: the sheet's name, the sheet names, the used range's place and size, its merges. */
function queueSheet(context: Excel.RequestContext, sheetOf: (context: Excel.RequestContext) => Excel.Worksheet) {
  const ws = sheetOf(context);
  const used = ws.getUsedRangeOrNullObject(true);
  const all = context.workbook.worksheets;
  ws.load('name');
  all.load('items/name');
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  return { ws, used, all, merged };
}

/** Excel refused a read for its size (the codes Excel on the web gives for a response or a read too large). */
function tooLarge(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? '');
  return /PayloadSizeLimitExceeded|ResponsePayload|ExcessiveResource|ResourceLimit/i.test(code);
}

function toCells(range: Excel.Range): GridCell[][] {
  return range.values.map((row, r) =>
    row.map((v, c) => {
      const type = range.valueTypes[r][c];
      return {
        value: type === Excel.RangeValueType.empty ? null : (v as string | number | boolean),
        text: String(range.text[r][c] ?? ''),
        format: String(range.numberFormat[r][c] ?? 'General'),
        error: type === Excel.RangeValueType.error || undefined,
      };
    }),
  );
}

function parseMerges(address: string): Merge[] {
  return address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const p = parseRangeA1(part);
      return { top: p.top, left: p.left, bottom: p.bottom, right: p.right };
    });
}

/** Queue the writes of a SheetSpec: values as data (text cells formatted "@" first), styles, merges, widths, panes, print, table. */
export function writeSpec(ws: Excel.Worksheet, spec: SheetSpec): void {
  const width = specWidth(spec);
  const height = spec.rows.length;
  if (height === 0 || width === 0) return;
  const values = specValues(spec);
  const all = ws.getRangeByIndexes(0, 0, height, width);
  // Text stays text: a string that starts with = + - @ can never become a formula.
  all.numberFormat = values.map((r, ri) => r.map((v, c) => (typeof v === 'string' ? '@' : (spec.rows[ri][c]?.nf ?? 'General'))));
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
