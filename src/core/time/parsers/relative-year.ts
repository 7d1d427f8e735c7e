/** Years named from the plan's: "this year", "w tym roku", "năm nay", "next year", "năm sau"; "annual", "hằng năm" is every year. */
import { yearPeriod } from '../items';
import { phraseAt } from './helpers';
import type { Parser } from './types';

export const relativeYear: Parser = {
  name: 'relative-year',
  starts: (t, _i, env) => t.kind === 'word' && env.lexicon.relativeYears.has(t.word),
  parse(tokens, i, env) {
    const p = phraseAt(env.lexicon.relativeYears, tokens, i);
    if (!p) return undefined;
    if (p.value === 'every') {
      // "przez cały rok szkolny" is the school year, not the year: the school year's parser reads it from "cały".
      for (let k = i + 1; k < p.next; k++) if (phraseAt(env.lexicon.schoolYears, tokens, k)) return undefined;
      return { item: { ...yearPeriod(undefined), recurring: true }, next: p.next };
    }
    const base = env.ctx.year ?? env.ctx.fallbackYear;
    if (base === undefined) return undefined;
    const warning = env.ctx.year === undefined ? { code: 'year-assumed' as const, detail: String(base) } : undefined;
    return { item: { ...yearPeriod(base + p.value), yearExplicit: false, relativeYear: true }, next: p.next, warning };
  },
};
