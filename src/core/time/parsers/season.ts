/** Seasons: "summer 2020", "wiosna 2014". */
import { readYearAfter, wordOf } from './helpers';
import type { Parser } from './types';

export const season: Parser = {
  name: 'season',
  starts: (t, _i, env) => t.kind === 'word' && env.lexicon.seasons.has(t.word),
  parse(tokens, i, env) {
    const w = wordOf(tokens[i]);
    const s = w ? env.lexicon.seasons.get(w) : undefined;
    if (!s) return undefined;
    const { year, next } = readYearAfter(tokens, i + 1, env);
    return { item: { type: 'period', unit: 'month', year, yearExplicit: year !== undefined, firstMonth: s[0], lastMonth: s[1] }, next };
  },
};
