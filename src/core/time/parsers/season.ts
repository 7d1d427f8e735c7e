/**
 * Seasons: "summer 2020", "wiosna 2014", "mùa hè 2025"; "Hè 2025", whose word is a season only before its year.
 * Before a school or academic year ("spring term 2025/26", "semestr letni 2025/2026", "Wintersemester 2025/26") a
 * season falls in the year of the pair it belongs to: one starting in the autumn in the first, the others in the second.
 */
import { phraseAt, readYearAfter } from './helpers';
import { schoolYearOf } from './school-year';
import type { Parser } from './types';

export const season: Parser = {
  name: 'season',
  starts: (t, _i, env) => t.kind === 'word' && (env.lexicon.seasons.has(t.word) || env.lexicon.yearSeasons.has(t.word)),
  parse(tokens, i, env) {
    const named = phraseAt(env.lexicon.seasons, tokens, i);
    const found = named ?? phraseAt(env.lexicon.yearSeasons, tokens, i);
    if (!found) return undefined;
    const s = found.value;
    const pair = schoolYearOf(tokens, found.next, s[0], env);
    const { year, next } = pair ?? readYearAfter(tokens, found.next, env);
    if (!named && year === undefined) return undefined;
    return { item: { type: 'period', unit: 'month', year, yearExplicit: year !== undefined, firstMonth: s[0], lastMonth: s[1] }, next };
  },
};
