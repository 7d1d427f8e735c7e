/** "6 tháng đầu năm 2020": the first six months; "nửa đầu năm", "nửa cuối năm". */
import { halfPeriod } from '../items';
import { hasClass, isNum, readYearAfter, wordOf } from './helpers';
import type { Parser } from './types';

export const vietnameseHalf: Parser = {
  name: 'vietnamese-half',
  starts: (t) => t.kind === 'number' || wordOf(t) === 'nua',
  parse(tokens, i, env) {
    let j = i;
    if (isNum(tokens[j]) && tokens[j].value === 6 && hasClass(env.lexicon, wordOf(tokens[j + 1]), 'calendarMonth')) j += 2;
    else if (wordOf(tokens[j]) === 'nua') j += 1;
    else return undefined;
    const h = env.lexicon.halfPhrases.get(`${wordOf(tokens[j]) ?? ''} ${wordOf(tokens[j + 1]) ?? ''}`);
    if (!h) return undefined;
    const { year, next } = readYearAfter(tokens, j + 2, env);
    return { item: halfPeriod(h, year), next };
  },
};
