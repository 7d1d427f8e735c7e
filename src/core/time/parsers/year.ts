/**
 * A year on its own: "2014", "2014 r.", "năm 2020", "rok 2021", "FY25"; and a year glued to its quarter or half:
 * "2019-Q3", "2019/H2".
 */
import { expandYear, yearPeriod } from '../items';
import { glued, hasClass, isNum, isPunct, isYear4, skipYearSuffix, wordOf } from './helpers';
import { quarterOrHalf } from './quarter-half';
import type { Parser } from './types';

export const year: Parser = {
  name: 'year',
  starts: (t, _i, env) => t.kind === 'number' || hasClass(env.lexicon, wordOf(t), 'year'),
  parse(tokens, i, env) {
    let j = i;
    // "FY25", "FY 25": a financial year is written with two digits as often as with four.
    const two = tokens[j + 1];
    if (wordOf(tokens[j]) === 'fy' && isNum(two) && two.digits.length === 2 && !isPunct(tokens[j + 2], '/') && !isPunct(tokens[j + 2], '-')) {
      return { item: yearPeriod(expandYear(two.value, env.ctx)), next: j + 2 };
    }
    if (hasClass(env.lexicon, wordOf(tokens[j]), 'year') && isYear4(tokens[j + 1])) j++;
    if (!isYear4(tokens[j])) return undefined;
    const sep = tokens[j + 1];
    if (sep && sep.kind === 'punct' && (sep.char === '-' || sep.char === '/') && glued(sep) && glued(tokens[j + 2])) {
      const q = quarterOrHalf.parse(tokens, j + 2, env);
      if (q && q.item && q.item.type === 'period' && q.item.year === undefined) {
        q.item.year = tokens[j].value;
        q.item.yearExplicit = true;
        return q;
      }
    }
    return { item: yearPeriod(tokens[j].value), next: skipYearSuffix(tokens, j + 1) };
  },
};
