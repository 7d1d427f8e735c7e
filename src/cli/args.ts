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
