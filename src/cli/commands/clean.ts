/** activity-matrix clean FILE -o OUT.csv|OUT.xlsx|OUT.json: one row per activity. */
import { createWriteStream } from 'fs';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { analyzeGrids, cleanCsvChunks, cleanJsonValue, cleanPlans, cleanSheetSpec, EXCEL_CELL_CHARS, longCells } from '../../core';
import { InputError } from '../../node/read-file';
import { addSheetSpec } from '../../exceljs/write-xlsx';
import type { Args } from '../args';
import { str, UsageError } from '../args';
import { commandConfig, NO_TABLE_HINT, readInput } from '../options';
import type { Io } from '../io';
import { jsonChunks } from '../json';
import { checkOutput, writeOutput } from '../output';

export async function cleanCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = str(args, 'output');
  if (!file) throw new UsageError('clean needs a FILE');
  const ext = out?.toLowerCase().match(/\.(csv|xlsx|json)$/)?.[1];
  if (!out || !ext) throw new UsageError('clean needs -o OUT.csv, OUT.xlsx or OUT.json');
  await checkOutput(file, out);
  const grids = await readInput(file, args, io);
  const { plans, findings } = analyzeGrids(grids, await commandConfig(args, grids));
  if (plans.length === 0) throw new InputError(`${file}: no plan table found, so there is nothing to clean. ${NO_TABLE_HINT}`);
  const table = cleanPlans(plans, findings);
  await writeOutput(out, async (to) => {
    // CSV and JSON are written as streams: the document is never one string.
    if (ext === 'csv') await pipeline(Readable.from(cleanCsvChunks(table)), createWriteStream(to));
    else if (ext === 'json') await pipeline(Readable.from(jsonChunks(cleanJsonValue(table))), createWriteStream(to));
    else {
      // ExcelJS only when an .xlsx is written: a CSV run starts without it.
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      addSheetSpec(wb, cleanSheetSpec(table));
      await wb.xlsx.writeFile(to);
    }
  });
  const long = ext === 'json' ? [] : longCells(table);
  if (long.length > 0) {
    const where = long.slice(0, 5).map((l) => `row ${l.row} (${l.column})`).join(', ');
    io.err(`warning: ${long.length} cell${long.length === 1 ? ' is' : 's are'} longer than Excel's ${EXCEL_CELL_CHARS.toLocaleString('en')} characters and ${long.length === 1 ? 'was' : 'were'} cut in ${out}: ${where}${long.length > 5 ? ', …' : ''}. Write OUT.json to keep them whole.`);
  }
  io.out(`${out}: ${table.rows.length} activities from ${plans.length} plan${plans.length === 1 ? '' : 's'}`);
  return 0;
}
