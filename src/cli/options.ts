/**
 * What every command that reads plans takes from its flags: the --config file, --year, and a table set by hand
 * (--range A3:H40 or --header-row 3, with --columns A=activity,D=time), which makes a plan table whatever its
 * header says. The same RuleConfig the pane keeps in the workbook.
 */
import { promises as fs } from 'fs';
import { ALL_ROLES, isRole, loadSchemas } from '../core';
import type { Grid, RuleConfig, TableSetting } from '../core';
import { InputError, readGrids } from '../node/read-file';
import type { KeptBytes } from '../node/read-file';
import type { Args } from './args';
import { int, str, UsageError, year as yearFlag } from './args';

export async function loadConfig(file: string | undefined): Promise<RuleConfig> {
  if (!file) return { rules: {} };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(`${file}: the configuration file cannot be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: the configuration is not valid JSON (${(e as Error).message})`);
  }
  // zod loads here, for a configuration file only.
  const { RuleConfigSchema } = await loadSchemas();
  const parsed = RuleConfigSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const RANGE = /^[A-Za-z]{1,3}\d+:[A-Za-z]{1,3}\d+$/;

/** --columns A=activity,D=time as roles by column letter. */
function columnRoles(text: string | undefined): TableSetting['columns'] {
  const out: TableSetting['columns'] = {};
  if (!text) return out;
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]{1,3})\s*=\s*(\w+)$/.exec(part);
    const role = m?.[2].toLowerCase();
    if (!m || !isRole(role)) throw new UsageError(`--columns takes LETTER=ROLE pairs such as A=activity,D=time (roles: ${ALL_ROLES.join(', ')}), not "${part}"`);
    out[m[1].toUpperCase()] = role;
  }
  return out;
}

/** The table set by hand on the command line, on --sheet or the file's first sheet. */
function handTable(args: Args, grids: Grid[]): TableSetting | undefined {
  const range = str(args, 'range');
  const headerRow = int(args, 'header-row');
  const columns = columnRoles(str(args, 'columns'));
  if (!range && headerRow === undefined) {
    if (Object.keys(columns).length > 0) throw new UsageError('--columns needs --range or --header-row (for every table, put "columns" in the --config file)');
    return undefined;
  }
  if (range && !RANGE.test(range)) throw new UsageError(`--range takes a range such as A3:H40, not "${range}"`);
  if (headerRow !== undefined && headerRow < 1) throw new UsageError('--header-row takes a row number from 1');
  const sheet = str(args, 'sheet') ?? grids[0]?.sheet;
  if (!sheet) return undefined;
  return { sheet, range: range?.toUpperCase(), headerRow: range ? undefined : headerRow, columns };
}

/** The configuration of a command: the --config file, then the flags over it. */
export async function commandConfig(args: Args, grids: Grid[]): Promise<RuleConfig> {
  const config = await loadConfig(str(args, 'config'));
  const year = yearFlag(args) ?? config.year;
  const table = handTable(args, grids);
  return { ...config, year, tables: table ? [...(config.tables ?? []), table] : config.tables };
}

export const NO_TABLE_HINT = 'Point at it with --range A3:H40 (or --header-row 3) and --columns A=activity,D=time, or set "tables" in a --config file.';

/** The file's sheets; what the reader had to repair (a stray byte, an unclosed quote) is said on stderr. */
export async function readInput(file: string, args: Args, io: { err(line: string): void }, keep?: KeptBytes): Promise<Grid[]> {
  const grids = await readGrids(file, str(args, 'sheet'), keep);
  for (const g of grids) for (const n of g.notes ?? []) io.err(`warning: ${n}`);
  return grids;
}
