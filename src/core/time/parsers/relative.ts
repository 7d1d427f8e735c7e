/** Periods counted from the plan's start: "Month 1", "M4", "miesiąc 3", "Bulan II", "bulan ke-2", "Year 2", "Y1", "năm thứ 2", "Week 3", "W5", "Semaine 2". */
import { romanValue } from '../lexicon';
import { glued, hasClass, isNum, isPunct, wordOf } from './helpers';
import type { Parser } from './types';

export const relative: Parser = {
  name: 'relative',
  starts: (t, _i, env) => hasClass(env.lexicon, t.word, 'relativeMonth') || hasClass(env.lexicon, t.word, 'calendarMonth') || hasClass(env.lexicon, t.word, 'year') || hasClass(env.lexicon, t.word, 'week'),
  parse(tokens, i, env) {
    const { lexicon } = env;
    const w = wordOf(tokens[i]);
    if (!w) return undefined;
    // "tháng thứ 2" is the plan's second month, where "tháng 2" is February.
    const isMonth = hasClass(lexicon, w, 'relativeMonth') || (hasClass(lexicon, w, 'calendarMonth') && wordOf(tokens[i + 1]) === 'thu');
    // "r." (rok), "FY" and "th" (Indonesian tahun; Vietnamese "Th1" is January) name a calendar year, never a count.
    const isYear = hasClass(lexicon, w, 'year') && w !== 'r' && w !== 'fy' && w !== 'th';
    const isWeek = hasClass(lexicon, w, 'week') && w !== 'kw';
    if (!isMonth && !isYear && !isWeek) return undefined;
    let j = i + 1;
    // An ordinal's marker: Vietnamese "năm thứ 2", Indonesian "bulan ke-2".
    if (wordOf(tokens[j]) === 'thu') j++;
    else if (wordOf(tokens[j]) === 'ke') j += isPunct(tokens[j + 1], '-') ? 2 : 1;
    const n = tokens[j];
    // "Bulan II", "Miesiąc III", "Year II": a Roman numeral after the whole word counts as well.
    const roman = w.length > 1 && n?.kind === 'word' ? romanValue(n.word) : undefined;
    if (!isNum(n) && roman === undefined) return undefined;
    if (w.length === 1 && !glued(n)) return undefined; // "M 3" is too loose; "M3" is not
    const value = roman ?? n.value;
    const max = isMonth ? 240 : isWeek ? 520 : 50;
    if (value < 1 || value > max) return undefined;
    return { item: { type: 'relative', unit: isMonth ? 'month' : isWeek ? 'week' : 'year', count: value }, next: j + 1 };
  },
};
