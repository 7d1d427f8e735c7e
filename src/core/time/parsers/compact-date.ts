/** A compact date ("51121", "20210315") read by the pattern its column writes, with a note naming the pattern. */
import { monthPeriod } from '../items';
import { readCompact } from '../compact';
import type { Parser } from './types';

export const compactDate: Parser = {
  name: 'compact-date',
  starts: (t, _i, env) => t.kind === 'number' && t.digits.length >= 5 && !!env.ctx.compactDate,
  parse(tokens, i, env) {
    const t = tokens[i];
    const pattern = env.ctx.compactDate;
    if (!pattern || !t || t.kind !== 'number' || t.digits.length < 5) return undefined;
    const d = readCompact(t.digits, pattern, env.ctx.year ?? env.ctx.fallbackYear ?? 2000);
    if (!d) return { next: i + 1, invalid: true };
    return { item: monthPeriod(d.month, d.year, d.day), next: i + 1, warning: { code: 'column-pattern', detail: `${t.raw} → ${pattern} → ${d.day}.${d.month}.${d.year}` } };
  },
};
