/** Any file our users bring (.xlsx, .docx, .csv, .tsv, .txt) to Grids, with a clear error instead of a stack trace. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CsvTooLarge, decodeText, MAX_CSV_CELLS, readCsvGrid, textCell } from '../core';
import type { Grid } from '../core';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export class InputError extends Error {}

/** A .txt that is a table (tabs or semicolons on most lines), not text. */
function isDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 50);
  return lines.length > 1 && lines.filter((l) => /\t|;/.test(l)).length >= lines.length * 0.8;
}

/** Text, a line a row in one column: a plan written as a list. */
function gridOfLines(sheet: string, text: string): Grid {
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_CSV_CELLS) throw new CsvTooLarge(`it holds more than ${MAX_CSV_CELLS.toLocaleString('en')} lines, more than this tool reads at once; split the file`);
  return { sheet, top: 0, left: 0, cells: text.split(/\r?\n/).map((l) => [textCell(l)]), merges: [] };
}

/** What a caller may keep from a read: the file's bytes, for a host that writes a copy of it (schedule). */
export interface KeptBytes {
  bytes?: Uint8Array;
}

export async function readGrids(file: string, sheet?: string, keep?: KeptBytes): Promise<Grid[]> {
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
  if (keep) keep.bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  let grids: Grid[];
  if (ext === '.xlsx' || ext === '.xlsm') {
    // The readers (and JSZip) load only when a workbook or document is read: `time` and CSV runs start without them.
    const { LimitError, readXlsx, XlsxError } = await import('../xlsx/read-xlsx');
    const { zlibParts } = await import('./zlib-parts');
    try {
      grids = await readXlsx(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), file, { sheet, unzip: zlibParts });
    } catch (e) {
      // The library's own words (its stack, its URLs) are no help to a planner.
      throw new InputError(e instanceof XlsxError || e instanceof LimitError ? e.message : `${file}: not a valid .xlsx workbook: its parts cannot be read`);
    }
  } else if (ext === '.docx') {
    const { DocxError, readDocx } = await import('../docx/read-docx');
    try {
      grids = await readDocx(new Uint8Array(buf), file);
    } catch (e) {
      throw new InputError(e instanceof DocxError ? e.message : `${file}: not a valid .docx document`);
    }
  } else if (ext === '.doc') {
    throw new InputError(`${file}: the old .doc format is not supported; save it as .docx`);
  } else if (ext === '.xls') {
    throw new InputError(`${file}: the old .xls format is not supported; save it as .xlsx or .csv`);
  } else {
    const { text, warnings } = decodeText(new Uint8Array(buf));
    const name = path.basename(file, ext);
    let read: { grid: Grid; warnings: string[] };
    try {
      read = ext === '.txt' && !isDelimited(text) ? { grid: gridOfLines(name, text), warnings: [] } : readCsvGrid(name, text);
    } catch (e) {
      if (e instanceof CsvTooLarge) throw new InputError(`${file}: ${e.message}`);
      throw e;
    }
    const notes = [...warnings, ...read.warnings].map((w) => `${file}: ${w}`);
    grids = [notes.length ? { ...read.grid, notes } : read.grid];
  }
  if (sheet !== undefined) {
    const found = grids.filter((g) => g.sheet === sheet);
    if (found.length === 0) throw new InputError(`${file}: no sheet named "${sheet}" (sheets: ${grids.map((g) => g.sheet).join(', ')})`);
    return found;
  }
  return grids;
}
