/** activity-matrix parse FILE [--sheet NAME] [--json] [--year Y] [--range A3:H40 | --header-row 3] [--columns A=activity,…]: the plan tables found, and why. */
import { readOptionsFrom, readSheets, sheetRef } from '../../core';
import type { Args } from '../args';
import { UsageError } from '../args';
import { commandConfig, NO_TABLE_HINT, readInput } from '../options';
import { printJson, tableJson } from '../json';
import type { Io } from '../io';

export async function parseCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError('parse needs a FILE');
  const grids = await readInput(file, args, io);
  const config = await commandConfig(args, grids);
  const read = readSheets(grids, readOptionsFrom(config));
  const plans = read.plans;
  const outside = read.outside.filter((o) => o.count > 0);
  if (args.flags.has('json')) {
    printJson({ tables: plans.map(tableJson), outside }, io);
    return 0;
  }
  const reportOutside = () => {
    for (const o of outside) io.out(`\n${o.sheet}: ${o.count} non-empty cell${o.count === 1 ? '' : 's'} outside any plan table, not read as plan rows (${o.sample.join(', ')}${o.count > o.sample.length ? ' …' : ''})`);
  };
  if (plans.length === 0) {
    io.out(`${file}: no plan table found (a plan table is a header row over columns of activities, times, owners or outcomes). ${NO_TABLE_HINT}`);
    reportOutside();
    return 0;
  }
  io.out(`${file}: ${plans.length} plan table${plans.length === 1 ? '' : 's'}`);
  for (const p of plans) {
    const rows = p.rows.filter((r) => !r.blank).length;
    io.out(`\n${p.index + 1}. ${p.title || '(untitled)'} — ${sheetRef(p.sheet, p.range)}, ${p.headerless ? `no header row (roles read from content)` : `header on row ${p.headerRow}`}, ${rows} row${rows === 1 ? '' : 's'}, year ${p.year} (${p.yearSource})`);
    for (const c of p.columns) io.out(`   ${c.letter.padEnd(3)} ${c.header.replace(/\s+/g, ' ').padEnd(32)} → ${c.role}${c.role === 'extra' ? '' : ` (${c.confidence.toFixed(2)})`}`);
  }
  reportOutside();
  return 0;
}
