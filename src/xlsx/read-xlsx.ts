/**
 * .xlsx to Grids, in Node and in the browser, with our own XML scanner (xml.ts) over the zip's parts: Node's zlib in the
 * CLI (the host passes `unzip`), JSZip (which ExcelJS brings) in the browser and wherever the host's unzip declines.
 * Every part is streamed: the sheet XML is never held whole, merges stay areas, far sparse cells cost their own rows, and every
 * inflated byte is counted, so a zip that lies about its sizes is stopped at the budget. Excel's own limits
 * (1,048,576 rows, 16,384 columns) are enforced as the cells arrive. The displayed text comes from the number
 * format through SSF, as Excel shows it.
 */
import type { Grid, GridCell } from '../core';
import { inspectZip, notXlsx } from '../core';
import { Budget, DEFAULT_LIMITS, LimitError } from './limits';
import type { Limits } from './limits';
import { jszipParts, madeYear, partText, workbookParts } from './parts';
import type { ZipParts } from './parts';
import { readSheet } from './sheet';
import { readStrings, readStyles } from './styles';
import { paletteFromThemeXml } from './theme';

export { LimitError, DEFAULT_LIMITS, EXCEL_ROWS, EXCEL_COLUMNS, EXCEL_CELL_CHARS } from './limits';
export type { Limits } from './limits';

/** A workbook that cannot be read, with the reason in a planner's words. */
export class XlsxError extends Error {}

export interface ReadOptions {
  limits?: Limits;
  /** Only this sheet (the others are not unpacked). */
  sheet?: string;
  /** The host's own unzip (Node's zlib); undefined from it, or none given: JSZip. */
  unzip?: (bytes: Uint8Array) => ZipParts | undefined;
}

async function openZip(bytes: Uint8Array, name: string, options: ReadOptions): Promise<ZipParts> {
  const own = options.unzip?.(bytes);
  if (own) return own;
  try {
    // Loaded only here: a host with its own unzip never loads JSZip.
    const { default: JSZip } = await import('jszip');
    return jszipParts(await JSZip.loadAsync(bytes, { checkCRC32: false }));
  } catch {
    throw new XlsxError(notXlsx(name, 'its zip structure cannot be read'));
  }
}

export async function readXlsx(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<Grid[]> {
  const zipCheck = inspectZip(bytes);
  if (!zipCheck.ok) throw new XlsxError(notXlsx(name, zipCheck.reason));
  const budget = new Budget(name, options.limits ?? DEFAULT_LIMITS);
  const zip = await openZip(bytes, name, options);
  try {
    const wb = await workbookParts(zip, budget);
    if (wb.sheets.length === 0) throw new XlsxError(notXlsx(name, 'it has no worksheet'));
    const palette = paletteFromThemeXml(wb.theme ? await partText(zip, wb.theme, budget) : undefined);
    const styles = await readStyles(zip, wb.styles, budget);
    const fileYear = await madeYear(zip, budget);
    const wanted = options.sheet === undefined ? wb.sheets : wb.sheets.filter((s) => s.name === options.sheet);
    if (wanted.length === 0) throw new XlsxError(`${name}: no sheet named "${options.sheet}" (sheets: ${wb.sheets.map((s) => s.name).join(', ')})`);
    const strings = await readStrings(zip, wb.strings, budget);
    const grids: Grid[] = [];
    // One cell object per shared string and style, over all the sheets (see SheetContext.shared).
    const shared = new Array<GridCell | undefined>(strings.length);
    for (const s of wanted) {
      const grid = await readSheet(zip, s.path, s.name, { styles, strings, palette, date1904: wb.date1904, budget, shared });
      grids.push(fileYear ? { ...grid, fileYear } : grid);
    }
    return grids;
  } catch (e) {
    if (e instanceof LimitError || e instanceof XlsxError) throw e;
    throw new XlsxError(notXlsx(name, 'its parts cannot be read'));
  }
}
