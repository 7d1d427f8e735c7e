/** Seasons: "summer 2020", "wiosna 2014", "mùa hè 2025"; "Hè 2025", whose word is a season only before its year. */
import { phraseAt, readYearAfter } from './helpers';
import type { Parser } from './types';

export const season: Parser = {
  name: 'season',
  starts: (t, _i, env) => t.kind === 'word' && (env.lexicon.seasons.has(t.word) || env.lexicon.yearSeasons.has(t.word)),
  parse(tokens, i, env) {
    const named = phraseAt(env.lexicon.seasons, tokens, i);
    const found = named ?? phraseAt(env.lexicon.yearSeasons, tokens, i);
    if (!found) return undefined;
    const s = found.value;
    const { year, next } = readYearAfter(tokens, found.next, env);
    if (!named && year === undefined) return undefined;
    return { item: { type: 'period', unit: 'month', year, yearExplicit: year !== undefined, firstMonth: s[0], lastMonth: s[1] }, next };
  },
};
