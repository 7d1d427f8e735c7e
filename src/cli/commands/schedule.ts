/** activity-matrix schedule FILE -o OUT.xlsx [--grain quarter|month] [--combined]: quarter-grid schedules in new sheets. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { analyzeGrids, scheduleSheets, uniqueSheetName } from '../../core';
import type { Grid, SheetSpec } from '../../core';
import { InputError } from '../../node/read-file';
import type { KeptBytes } from '../../node/read-file';
import { addSheetSpec } from '../../exceljs/write-xlsx';
import type { Args } from '../args';
import { str, UsageError } from '../args';
import { commandConfig, NO_TABLE_HINT, readInput } from '../options';
import type { Io } from '../io';
import { checkOutput, writeOutput } from '../output';

/**
 * The source as an ExcelJS workbook whose original sheets stay as they are: an .xlsx loaded as it is; any other
 * file (.csv, .docx, .txt) as the sheets already read from it, so it is never read twice.
 */
export async function sourceWorkbook(file: string, grids: Grid[], bytes?: Uint8Array): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    await wb.xlsx.load((bytes ?? (await fs.readFile(file))) as unknown as ArrayBuffer);
    return wb;
  }
  for (const grid of grids) {
    const ws = wb.addWorksheet(uniqueSheetName(grid.sheet || 'Plan', wb.worksheets.map((w) => w.name)));
    grid.cells.forEach((r, i) => r.forEach((c, j) => c.text !== '' && (ws.getCell(i + 1, j + 1).value = c.text)));
  }
  return wb;
}

/** An .xlsx source: the schedules added to a copy of its zip, its parts untouched (see node/append-sheets.ts). */
async function intoCopy(file: string, bytes: Uint8Array, specs: SheetSpec[], out: string): Promise<string[] | undefined> {
  // An .xlsm keeps its macros in its parts, which an .xlsx may not hold: it goes through ExcelJS, which drops them.
  if (path.extname(file).toLowerCase() !== '.xlsx') return undefined;
  // JSZip loads here, for an .xlsx only.
  const { appendSheets, writeZip } = await import('../../node/append-sheets');
  const appended = await appendSheets(bytes, specs).catch(() => undefined);
  if (!appended) return undefined;
  await writeOutput(out, (to) => writeZip(appended, to));
  return appended.names;
}

/** Any other source, or a workbook whose parts are not as Excel writes them: through ExcelJS. */
async function throughExcelJS(file: string, bytes: Uint8Array, grids: Grid[], specs: SheetSpec[], out: string): Promise<string[]> {
  const wb = await sourceWorkbook(file, grids, bytes);
  const names = specs.map((spec) => addSheetSpec(wb, spec));
  await writeOutput(out, (to) => wb.xlsx.writeFile(to));
  return names;
}

export async function scheduleCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = str(args, 'output');
  if (!file) throw new UsageError('schedule needs a FILE');
  if (!out || !out.toLowerCase().endsWith('.xlsx')) throw new UsageError('schedule needs -o OUT.xlsx');
  const grain = str(args, 'grain') ?? 'quarter';
  if (grain !== 'quarter' && grain !== 'month') throw new UsageError('--grain takes quarter or month');
  await checkOutput(file, out);
  // The file's bytes are kept from the read: the copy is made from them, not from a second read.
  const kept: KeptBytes = {};
  const grids = await readInput(file, args, io, kept);
  const { plans } = analyzeGrids(grids, await commandConfig(args, grids));
  if (plans.length === 0) throw new InputError(`${file}: no plan table found, so there is nothing to schedule. ${NO_TABLE_HINT}`);
  const specs = scheduleSheets(plans, { grain, combined: args.flags.has('combined') });
  const bytes = kept.bytes ?? new Uint8Array(await fs.readFile(file));
  const names = (await intoCopy(file, bytes, specs, out)) ?? (await throughExcelJS(file, bytes, grids, specs, out));
  io.out(`${out}: added ${names.length} schedule sheet${names.length === 1 ? '' : 's'}: ${names.join(', ')}`);
  return 0;
}
