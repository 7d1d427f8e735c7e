/** The CLI's dispatcher: one function a test can call with its own argv and Io. */
import { parseArgs, UsageError } from './args';
import type { Args } from './args';
import { checkCommand } from './commands/check';
import { cleanCommand } from './commands/clean';
import { convertCommand } from './commands/convert';
import { parseCommand } from './commands/parse';
import { scheduleCommand } from './commands/schedule';
import { timeCommand } from './commands/time';
import type { Io } from './io';
import { InputError } from '../node/read-file';
import { LANGS, UI_LANGS } from '../core';

export const USAGE = () => `activity-matrix: read activity matrices (goal · activity · method · time · owner · outcome)

  activity-matrix parse FILE [--sheet NAME] [--year Y] [--json]
  activity-matrix check FILE... [--json] [--year Y] [--lang ${UI_LANGS.join('|')}] [--config FILE]
  activity-matrix time [--year Y] [--plan-start YYYY-MM] [--plan-lang ${LANGS.join('|')}] [--column] [--json] [EXPR ...]
      (no EXPR: one per line on stdin; --column: read them as one column; --plan-lang: the language they are written in)
  activity-matrix schedule FILE -o OUT.xlsx [--grain quarter|month] [--combined] [--year Y]
  activity-matrix clean FILE -o OUT.csv|OUT.xlsx|OUT.json [--year Y]
  activity-matrix convert FILE -o OUT.xlsx   (a plan written as a list, as a plan table in a new sheet)

Every command that reads plans also takes --config FILE and a table set by hand, which is read as a plan
table whatever its header says: --range A3:H40 (or --header-row 3) with --columns A=activity,D=time,
on --sheet NAME or the first sheet.

FILE is an .xlsx, .docx, .csv, .tsv or .txt file. Exit codes: 0 ok, 1 check found errors or no plan table, 2 bad input or usage.`;

const VALUED = ['sheet', 'year', 'lang', 'plan-lang', 'config', 'grain', 'output', 'plan-start', 'range', 'header-row', 'columns'];
const SWITCHES = ['json', 'column', 'combined'];

/** A mistyped flag ("--jsno", "--yaer 2025") is refused, not read as nothing. */
function refuseUnknown(args: Args): void {
  for (const key of args.flags.keys()) {
    if (!VALUED.includes(key) && !SWITCHES.includes(key)) throw new UsageError(`unknown option --${key}`);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE());
      return command ? 0 : 2;
    }
    const args = parseArgs(rest, VALUED);
    if (args.flags.has('help')) {
      io.out(USAGE());
      return 0;
    }
    refuseUnknown(args);
    switch (command) {
      case 'parse':
        return await parseCommand(args, io);
      case 'check':
        return await checkCommand(args, io);
      case 'time':
        return await timeCommand(args, io);
      case 'schedule':
        return await scheduleCommand(args, io);
      case 'convert':
        return await convertCommand(args, io);
      case 'clean':
        return await cleanCommand(args, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`activity-matrix: ${e.message}\n\n${USAGE()}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`activity-matrix: ${e.message}`);
      return 2;
    }
    io.err(`activity-matrix: unexpected error: ${(e as Error).message ?? e}`);
    return 3;
  }
}
