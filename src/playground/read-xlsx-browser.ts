/** .xlsx in the browser: read with ExcelJS's browser build into Grids, as the CLI reads files. */
import { inspectZip, notXlsx } from '../core';
import type { Grid } from '../core';
import { gridFromWorksheet } from '../exceljs/read-xlsx';
import { newWorkbook } from '../taskpane/exceljs-browser';

/** The workbook's sheets; a file that is no workbook gets the CLI's plain message, never the library's text. */
export async function readXlsxInBrowser(name: string, bytes: Uint8Array): Promise<Grid[]> {
  const zip = inspectZip(bytes);
  if (!zip.ok) throw new Error(notXlsx(name, zip.reason));
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  } catch {
    throw new Error(notXlsx(name, 'its parts cannot be read'));
  }
  return wb.worksheets.map((ws) => gridFromWorksheet(ws));
}
