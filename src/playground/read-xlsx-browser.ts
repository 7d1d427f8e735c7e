/** .xlsx in the browser: the CLI's own streaming reader, so a file reads the same in both and under the same limits. */
import type { Grid } from '../core';
import { readXlsx } from '../xlsx/read-xlsx';

/** The workbook's sheets; a file that is no workbook gets the CLI's plain message, never the library's text. */
export async function readXlsxInBrowser(name: string, bytes: Uint8Array): Promise<Grid[]> {
  return readXlsx(bytes, name);
}
