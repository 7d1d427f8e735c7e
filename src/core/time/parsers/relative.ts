/**
 * Periods counted from the plan's start: "Month 1", "M4", "miesiąc 3", "Bulan II", "bulan ke-2", "Year 2", "Y1",
 * "năm thứ 2", "Week 3", "W5", "Semaine 2", and with the ordinal first: "1st week", "second month", "2. Monat",
 * "1-я неделя", "2º mês".
 */
import { romanValue } from '../lexicon';
import type { Token } from '../tokenize';
import { glued, hasClass, isNum, isPunct, numberWord, readSmallNumber, wordOf } from './helpers';
import type { Match, ParseEnv, Parser } from './types';

type Unit = 'month' | 'week' | 'year';

/** The unit a word counts from the plan's start, if it counts one. */
function unitOf(w: string | undefined, env: ParseEnv): Unit | undefined {
  const { lexicon } = env;
  if (!w) return undefined;
  if (hasClass(lexicon, w, 'relativeMonth')) return 'month';
  // "r." (rok), "FY" and "th" (Indonesian tahun; Vietnamese "Th1" is January) name a calendar year, never a count.
  if (hasClass(lexicon, w, 'year') && w !== 'r' && w !== 'fy' && w !== 'th') return 'year';
  // "W5", "W1-W4": a week glued to its number (a lone "w" is Polish "in", never glued).
  if ((hasClass(lexicon, w, 'week') && w !== 'kw') || w === 'w') return 'week';
  return undefined;
}

/**
 * An ordinal before a unit: a number marked as one ("1st", "2.", "1-я", "2º") or an ordinal word ("second"), never
 * a bare count ("3 months", "two weeks" are lengths). A week in a month ("1-я неделя марта") is that month
 * (relative-start.ts).
 */
function ordinalFirst(tokens: Token[], i: number, env: ParseEnv): Match | undefined {
  const t = tokens[i];
  const num = readSmallNumber(tokens, i, env);
  if (!num || romanValue(t.word) !== undefined) return undefined;
  const marked = t.kind === 'number' ? num.next > i + 1 : env.lexicon.ordinals.has(t.lower) || env.lexicon.ordinals.has(t.word);
  const w = wordOf(tokens[num.next]);
  const unit = marked && w !== undefined && w.length > 1 ? unitOf(w, env) : undefined;
  if (!unit || num.value < 1) return undefined;
  return { item: { type: 'relative', unit, count: num.value }, next: num.next + 1 };
}

export const relative: Parser = {
  name: 'relative',
  // A number starts a period here only as a small ordinal ("2nd month"): a year or a day count is read elsewhere.
  starts: (t, _i, env) => (t.kind === 'number' && t.digits.length <= 2) || t.word === 'w' || env.lexicon.ordinals.has(t.word) || hasClass(env.lexicon, t.word, 'relativeMonth') || hasClass(env.lexicon, t.word, 'calendarMonth') || hasClass(env.lexicon, t.word, 'year') || hasClass(env.lexicon, t.word, 'week'),
  parse(tokens, i, env) {
    const { lexicon } = env;
    const w = wordOf(tokens[i]);
    if (!w) return tokens[i]?.kind === 'number' ? ordinalFirst(tokens, i, env) : undefined;
    if (env.lexicon.ordinals.has(w)) return ordinalFirst(tokens, i, env);
    // "tháng thứ 2" is the plan's second month, where "tháng 2" is February.
    const unit = hasClass(lexicon, w, 'calendarMonth') && wordOf(tokens[i + 1]) === 'thu' ? 'month' : unitOf(w, env);
    if (!unit) return undefined;
    let j = i + 1;
    // An ordinal's marker: Vietnamese "năm thứ 2", Indonesian "bulan ke-2".
    if (wordOf(tokens[j]) === 'thu') j++;
    else if (wordOf(tokens[j]) === 'ke') j += isPunct(tokens[j + 1], '-') ? 2 : 1;
    const n = tokens[j];
    // "Bulan II", "Miesiąc III", "Year II": a Roman numeral after the whole word counts as well.
    const roman = w.length > 1 && n?.kind === 'word' ? romanValue(n.word) : undefined;
    // "tuần thứ hai", "năm thứ ba": a number word after the ordinal's marker.
    const spelt = j > i + 1 && n?.kind === 'word' ? numberWord(lexicon, n) : undefined;
    if (!isNum(n) && roman === undefined && spelt === undefined) return undefined;
    if (w.length === 1 && !glued(n)) return undefined; // "M 3" is too loose; "M3" is not
    const value = roman ?? spelt ?? n.value;
    const max = unit === 'month' ? 240 : unit === 'week' ? 520 : 50;
    if (value < 1 || value > max) return undefined;
    return { item: { type: 'relative', unit, count: value }, next: j + 1 };
  },
};
