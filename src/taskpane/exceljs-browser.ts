/** ExcelJS's browser build, loaded on demand (it is large, and only .xlsx import or download needs it). */
import type { Workbook } from 'exceljs';

export async function newWorkbook(): Promise<Workbook> {
  const mod = (await import('exceljs/dist/exceljs.min.js')) as unknown as { default?: { Workbook: new () => Workbook }; Workbook?: new () => Workbook };
  const WorkbookClass = mod.Workbook ?? mod.default!.Workbook;
  return new WorkbookClass();
}
