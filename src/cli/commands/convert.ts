/**
 * activity-matrix convert FILE -o plan.xlsx: a plan written as a list (in a .docx, a .txt, or one column of a
 * sheet) as the plan table it means, in a new sheet. An .xlsx source keeps its own sheets as they are.
 */
import * as path from 'path';
import { convertSheetSpec, listColumn, listTable } from '../../core';
import { InputError } from '../../node/read-file';
import { addSheetSpec } from '../../exceljs/write-xlsx';
import type { Args } from '../args';
import { str, UsageError } from '../args';
import type { Io } from '../io';
import { readInput } from '../options';
import { sourceWorkbook } from './schedule';
import { checkOutput, writeOutput } from '../output';

export async function convertCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = str(args, 'output');
  if (!file) throw new UsageError('convert needs a FILE');
  if (!out || !out.toLowerCase().endsWith('.xlsx')) throw new UsageError('convert needs -o OUT.xlsx');
  await checkOutput(file, out);
  const grids = await readInput(file, args, io);
  const tables = grids.flatMap((g) => {
    const column = listColumn(g);
    const t = column && listTable(column.lines, g.sheet);
    return t ? [t] : [];
  });
  if (tables.length === 0) throw new InputError(`${file}: no plan written as a list (tasks with numbered activities, their owners and times) was found, so there is nothing to convert`);
  const ext = path.extname(file).toLowerCase();
  const { default: ExcelJS } = await import('exceljs');
  const wb = ext === '.xlsx' || ext === '.xlsm' ? await sourceWorkbook(file, grids) : new ExcelJS.Workbook();
  const names = tables.map((t) => addSheetSpec(wb, convertSheetSpec(t)));
  await writeOutput(out, (to) => wb.xlsx.writeFile(to));
  const rows = tables.reduce((n, t) => n + t.grid.cells.length - 1, 0);
  io.out(`${out}: ${rows} activities in ${names.length === 1 ? `sheet ${names[0]}` : `sheets ${names.join(', ')}`}`);
  return 0;
}
