/** .xlsx in the browser: read with ExcelJS's browser build into Grids, as the CLI reads files. */
import type { Grid } from '../core';
import { gridFromWorksheet } from '../exceljs/read-xlsx';
import { newWorkbook } from '../taskpane/exceljs-browser';

export async function readXlsxInBrowser(bytes: Uint8Array): Promise<Grid[]> {
  const wb = await newWorkbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb.worksheets.map((ws) => gridFromWorksheet(ws));
}
