/** A small argv reader: positional arguments, --flag, --key value and --key=value. */
export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(key, a.slice(eq + 1));
      else if (valued.includes(key)) {
        if (i + 1 >= argv.length) throw new UsageError(`--${key} needs a value`);
        flags.set(key, argv[++i]);
      } else flags.set(key, true);
    } else if (a === '-o') {
      if (i + 1 >= argv.length) throw new UsageError('-o needs a file name');
      flags.set('output', argv[++i]);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function str(args: Args, key: string): string | undefined {
  const v = args.flags.get(key);
  return typeof v === 'string' ? v : undefined;
}

export function int(args: Args, key: string): number | undefined {
  const v = str(args, key);
  if (v === undefined) return undefined;
  if (!/^\d{1,4}$/.test(v)) throw new UsageError(`--${key} takes a number, not "${v}"`);
  return parseInt(v, 10);
}

/** A plan's year: Excel's dates begin in 1900, and no plan reaches beyond 2200 (the configuration's own range). */
export function year(args: Args, key = 'year'): number | undefined {
  const y = int(args, key);
  if (y !== undefined && (y < 1900 || y > 2200)) throw new UsageError(`--${key} takes a year from 1900 to 2200, not ${y}`);
  return y;
}

/** A month as YYYY-MM, its year in the same range and its month 01–12. */
export function yearMonth(args: Args, key: string): string | undefined {
  const v = str(args, key);
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m) throw new UsageError(`--${key} takes YYYY-MM, not "${v}"`);
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (y < 1900 || y > 2200) throw new UsageError(`--${key}: the year ${y} is outside 1900–2200`);
  if (mo < 1 || mo > 12) throw new UsageError(`--${key}: there is no month ${m[2]}; months run from 01 to 12`);
  return v;
}
