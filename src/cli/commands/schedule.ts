/** activity-matrix schedule FILE -o OUT.xlsx [--grain quarter|month] [--combined]: quarter-grid schedules in new sheets. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { analyzeGrids, scheduleSheets, uniqueSheetName } from '../../core';
import type { Grid } from '../../core';
import { InputError } from '../../node/read-file';
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
export async function sourceWorkbook(file: string, grids: Grid[]): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
    return wb;
  }
  for (const grid of grids) {
    const ws = wb.addWorksheet(uniqueSheetName(grid.sheet || 'Plan', wb.worksheets.map((w) => w.name)));
    grid.cells.forEach((r, i) => r.forEach((c, j) => c.text !== '' && (ws.getCell(i + 1, j + 1).value = c.text)));
  }
  return wb;
}

export async function scheduleCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = str(args, 'output');
  if (!file) throw new UsageError('schedule needs a FILE');
  if (!out || !out.toLowerCase().endsWith('.xlsx')) throw new UsageError('schedule needs -o OUT.xlsx');
  const grain = str(args, 'grain') ?? 'quarter';
  if (grain !== 'quarter' && grain !== 'month') throw new UsageError('--grain takes quarter or month');
  await checkOutput(file, out);
  const grids = await readInput(file, args, io);
  const { plans } = analyzeGrids(grids, await commandConfig(args, grids));
  if (plans.length === 0) throw new InputError(`${file}: no plan table found, so there is nothing to schedule. ${NO_TABLE_HINT}`);
  const wb = await sourceWorkbook(file, grids);
  const names = scheduleSheets(plans, { grain, combined: args.flags.has('combined') }).map((spec) => addSheetSpec(wb, spec));
  await writeOutput(out, (to) => wb.xlsx.writeFile(to));
  io.out(`${out}: added ${names.length} schedule sheet${names.length === 1 ? '' : 's'}: ${names.join(', ')}`);
  return 0;
}
