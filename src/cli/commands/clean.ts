/** activity-matrix clean FILE -o OUT.csv|OUT.xlsx|OUT.json: one row per activity. */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { analyzeGrids, cleanCsv, cleanJson, cleanPlans, cleanSheetSpec } from '../../core';
import { InputError, readGrids } from '../../node/read-file';
import { addSheetSpec } from '../../exceljs/write-xlsx';
import type { Args } from '../args';
import { str, UsageError } from '../args';
import { commandConfig, NO_TABLE_HINT } from '../options';
import type { Io } from '../io';

export async function cleanCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = str(args, 'output');
  if (!file) throw new UsageError('clean needs a FILE');
  const ext = out?.toLowerCase().match(/\.(csv|xlsx|json)$/)?.[1];
  if (!out || !ext) throw new UsageError('clean needs -o OUT.csv, OUT.xlsx or OUT.json');
  const grids = await readGrids(file, str(args, 'sheet'));
  const { plans, findings } = analyzeGrids(grids, await commandConfig(args, grids));
  if (plans.length === 0) throw new InputError(`${file}: no plan table found, so there is nothing to clean. ${NO_TABLE_HINT}`);
  const table = cleanPlans(plans, findings);
  if (ext === 'csv') await fs.writeFile(out, cleanCsv(table), 'utf8');
  else if (ext === 'json') await fs.writeFile(out, cleanJson(table), 'utf8');
  else {
    const wb = new ExcelJS.Workbook();
    addSheetSpec(wb, cleanSheetSpec(table));
    await wb.xlsx.writeFile(out);
  }
  io.out(`${out}: ${table.rows.length} activities from ${plans.length} plan${plans.length === 1 ? '' : 's'}`);
  return 0;
}
