/** Any file our users bring (.xlsx, .csv, .tsv, .txt) to Grids, with a clear error instead of a stack trace. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { decodeText, gridFromCsv, inspectZip, notXlsx } from '../core';
import type { Grid } from '../core';
import { readXlsxBuffer } from '../exceljs/read-xlsx';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export class InputError extends Error {}

export async function readGrids(file: string, sheet?: string): Promise<Grid[]> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new InputError(`${file}: not a file`);
  if (stat.size > MAX_FILE_BYTES) throw new InputError(`${file}: the file is ${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    throw new InputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const ext = path.extname(file).toLowerCase();
  let grids: Grid[];
  if (ext === '.xlsx' || ext === '.xlsm') {
    const zip = inspectZip(buf);
    if (!zip.ok) throw new InputError(notXlsx(file, zip.reason));
    try {
      grids = (await readXlsxBuffer(buf)).grids;
    } catch {
      // The library's own words (its stack, its URLs) are no help to a planner.
      throw new InputError(notXlsx(file, 'its parts cannot be read'));
    }
  } else if (ext === '.xls') {
    throw new InputError(`${file}: the old .xls format is not supported; save it as .xlsx or .csv`);
  } else {
    const { text } = decodeText(new Uint8Array(buf));
    grids = [gridFromCsv(path.basename(file, ext), text)];
  }
  if (sheet !== undefined) {
    const found = grids.filter((g) => g.sheet === sheet);
    if (found.length === 0) throw new InputError(`${file}: no sheet named "${sheet}" (sheets: ${grids.map((g) => g.sheet).join(', ')})`);
    return found;
  }
  return grids;
}
