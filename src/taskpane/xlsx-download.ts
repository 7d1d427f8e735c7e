/** An .xlsx of a SheetSpec in the browser, rendered by the same SheetSpec renderer as the CLI's. */
import type { SheetSpec } from '../core';
import { addSheetSpec } from '../exceljs/write-xlsx';
import { newWorkbook } from './exceljs-browser';

export async function xlsxBytes(spec: SheetSpec): Promise<Uint8Array> {
  const wb = await newWorkbook();
  addSheetSpec(wb, spec);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
