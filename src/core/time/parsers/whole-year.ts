/** "cả năm 2020", "cały rok", "whole year", "todo el año": the whole year. */
import { yearPeriod } from '../items';
import { hasClass, phraseAt, readYearAfter, wordOf } from './helpers';
import type { Parser } from './types';

export const wholeYear: Parser = {
  name: 'whole-year',
  starts: (t, _i, env) => hasClass(env.lexicon, wordOf(t), 'whole'),
  parse(tokens, i, env) {
    const { lexicon } = env;
    if (!hasClass(lexicon, wordOf(tokens[i]), 'whole')) return undefined;
    let j = i + 1;
    const w = wordOf(tokens[j]);
    if (hasClass(lexicon, w, 'filler') && !hasClass(lexicon, w, 'year')) j++;
    if (!hasClass(lexicon, wordOf(tokens[j]), 'year')) return undefined;
    // "cały rok szkolny 2025/2026", "cả năm học": the whole school year is the school year's parser's.
    if (phraseAt(lexicon.schoolYears, tokens, j)) return undefined;
    const { year, next } = readYearAfter(tokens, j + 1, env);
    return { item: yearPeriod(year), next };
  },
};
