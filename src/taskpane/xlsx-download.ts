/** An .xlsx of a SheetSpec in the browser: ExcelJS's browser build, loaded only when the user asks for it. */
import type { SheetSpec } from '../core/sheet-spec';
import { addSheetSpec } from '../node/write-xlsx';

export async function xlsxBytes(spec: SheetSpec): Promise<Uint8Array> {
  const mod = (await import('exceljs/dist/exceljs.min.js')) as unknown as { default?: { Workbook: new () => import('exceljs').Workbook }; Workbook?: new () => import('exceljs').Workbook };
  const Workbook = mod.Workbook ?? mod.default!.Workbook;
  const wb = new Workbook();
  addSheetSpec(wb, spec);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
