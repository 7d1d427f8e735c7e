/** .xlsx in the browser: ExcelJS's browser build, loaded only when a user opens a workbook. */
import type { Grid } from '../core/grid';
import { gridFromWorksheet } from '../node/read-xlsx';

export async function readXlsxInBrowser(bytes: Uint8Array): Promise<Grid[]> {
  const mod = (await import('exceljs/dist/exceljs.min.js')) as unknown as { default?: { Workbook: new () => import('exceljs').Workbook }; Workbook?: new () => import('exceljs').Workbook };
  const Workbook = mod.Workbook ?? mod.default!.Workbook;
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb.worksheets.map(gridFromWorksheet);
}
