/** Vietnamese dates written in words: "ngày 5 tháng 9 năm 2016", "mồng 2 tháng 9", "5 tháng 9", "ngày 3 tháng bảy". */
import { expandYear, monthPeriod, validDay } from '../items';
import { hasClass, isNum, isPunct, numberWord, readYearAfter, wordOf } from './helpers';
import type { Parser } from './types';

const DAY_WORDS = new Set(['ngay', 'mong', 'mung']);

export const vietnameseDate: Parser = {
  name: 'vietnamese-date',
  starts: (t) => t.kind === 'number' || DAY_WORDS.has(t.word),
  parse(tokens, i, env) {
    let j = i;
    const lead = DAY_WORDS.has(wordOf(tokens[j]) ?? '');
    if (lead) j++;
    const d = tokens[j];
    if (!isNum(d) || !hasClass(env.lexicon, wordOf(tokens[j + 1]), 'calendarMonth') || wordOf(tokens[j + 1]) === 't') return undefined;
    const mt = tokens[j + 2];
    const lower = mt?.lower;
    const month = isNum(mt) ? mt.value : lower === 'năm' ? 5 : numberWord(env.lexicon, mt);
    if (month === undefined) return undefined;
    // Without "ngày", "6 tháng" could be six months: a day needs a month after it.
    if (!lead && !isNum(mt) && month > 12) return undefined;
    let next = j + 3;
    let year: number | undefined;
    if (isPunct(tokens[next], '/') && isNum(tokens[next + 1], 4)) {
      const y = tokens[next + 1];
      year = y.digits.length === 4 ? y.value : expandYear(y.value, env.ctx);
      next += 2;
    } else {
      const after = readYearAfter(tokens, next, env);
      year = after.year;
      next = after.next;
    }
    if (month < 1 || month > 12 || !validDay(d.value, month, year)) return { next, invalid: true };
    return { item: monthPeriod(month, year, d.value), next };
  },
};
