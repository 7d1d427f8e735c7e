/**
 * activity-matrix time [--year Y] [--plan-start YYYY-MM] [--plan-lang XX] [--column] [--json] [EXPR ...]: read time
 * expressions, as a plan in language XX reads them ("T2" is February in Vietnamese, the second quarter in French).
 * With --column they are read as one column of a plan: the order of "03/09" and the pattern of compact dates
 * ("51121") come from all of them, as they do when a plan is read.
 */
import { inferCompactPattern, inferSlashOrder, LANGS, parseTime, timeWarningText } from '../../core';
import type { TimeContext } from '../../core';
import type { Args } from '../args';
import { str, UsageError, year as yearFlag, yearMonth } from '../args';
import type { Io } from '../io';

export async function timeCommand(args: Args, io: Io): Promise<number> {
  const year = yearFlag(args);
  const planStart = yearMonth(args, 'plan-start');
  const exprs = args.positional.length > 0 ? args.positional : (await io.stdin()).split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1);
  const inputs = exprs.map((raw) => raw.replace(/\\n/g, '\n'));
  const lang = str(args, 'plan-lang');
  if (lang !== undefined && !(LANGS as readonly string[]).includes(lang)) throw new UsageError(`--plan-lang takes one of ${LANGS.join(', ')}, not "${lang}"`);
  // A plan that starts in March 2025 reads "May" as May 2025, as a plan table does.
  const ctx: TimeContext = { year: year ?? (planStart ? Number(planStart.slice(0, 4)) : undefined), planStart, lang };
  if (args.flags.has('column')) {
    ctx.slashOrder = inferSlashOrder(inputs);
    ctx.compactDate = inferCompactPattern(inputs, year ?? new Date().getUTCFullYear(), ctx.slashOrder === 'month-day');
  }
  for (const input of inputs) {
    const r = parseTime(input, ctx);
    if (args.flags.has('json')) {
      io.out(JSON.stringify({ input, ok: r.ok, spans: r.spans, precision: r.precision, warnings: r.warnings.map((w) => (w.detail ? `${w.code}: ${w.detail}` : w.code)) }));
    } else {
      const spans = r.ok ? r.spans.map((s) => (s.start === s.end ? s.start : `${s.start}..${s.end}`)).join('; ') : `not read (${timeWarningText(r.reason ?? 'no-time', 'en')})`;
      const notes = r.warnings.length ? `   [${r.warnings.map((w) => timeWarningText(w.code, 'en') + (w.detail ? `: ${w.detail}` : '')).join('; ')}]` : '';
      io.out(`${JSON.stringify(input)} → ${spans}${notes}`);
    }
  }
  return 0;
}
