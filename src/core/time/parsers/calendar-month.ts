/** Calendar months by number: "T3", "tháng 3", "th 3", "tháng 3/2010", "tháng 05/09", and in words: "tháng sáu", "tháng mười hai", "tháng năm". */
import { expandYear, monthPeriod } from '../items';
import type { Token } from '../tokenize';
import type { TimeWarning } from '../types';
import { glued, hasClass, isNum, isPunct, numberWord, readYearAfter, skipYearSuffix, wordOf } from './helpers';
import type { ParseEnv, Parser } from './types';

/** The month number after the month word: digits, or a number word ("năm" is five here, not "year"). */
function monthNumber(tokens: Token[], j: number, env: ParseEnv): { month: number; next: number; word: boolean } | undefined {
  const t = tokens[j];
  if (isNum(t)) return t.value >= 1 && t.value <= 99 ? { month: t.value, next: j + 1, word: false } : undefined;
  const lower = tokens[j]?.lower;
  if (lower === 'năm') return { month: 5, next: j + 1, word: true };
  const n = numberWord(env.lexicon, t);
  if (n === undefined || n > 12) return undefined;
  if (n === 10) {
    const unit = tokens[j + 1]?.lower;
    if (unit === 'một') return { month: 11, next: j + 2, word: true };
    if (unit === 'hai') return { month: 12, next: j + 2, word: true };
  }
  return { month: n, next: j + 1, word: true };
}

export const calendarMonth: Parser = {
  name: 'calendar-month',
  starts: (t, _i, env) => hasClass(env.lexicon, wordOf(t), 'calendarMonth'),
  parse(tokens, i, env) {
    const w = wordOf(tokens[i]);
    if (!hasClass(env.lexicon, w, 'calendarMonth')) return undefined;
    const num = monthNumber(tokens, i + 1, env);
    if (!num) return undefined;
    if (w === 't' && (!glued(tokens[i + 1]) || num.word)) return undefined;
    // "tháng 14/2018": no such month.
    if (num.month > 12) return w === 't' && num.month > 31 ? undefined : { next: readYearAfter(tokens, num.next + (isPunct(tokens[num.next], '/') ? 0 : 0), env).next, invalid: true };
    let j = num.next;
    let warning: TimeWarning | undefined;
    if (!num.word && isPunct(tokens[j], '/') && isPunct(tokens[j + 1], '/')) {
      warning = { code: 'doubled-slash', detail: '' };
      j++;
    }
    if (!num.word && isPunct(tokens[j], '/') && isNum(tokens[j + 1], 4)) {
      const yt = tokens[j + 1];
      if (yt.digits.length === 4 || yt.digits.length <= 2) {
        const year = yt.digits.length === 4 ? yt.value : expandYear(yt.value, env.ctx);
        return { item: monthPeriod(num.month, year), next: skipYearSuffix(tokens, j + 2), warning };
      }
    }
    const { year, next } = readYearAfter(tokens, num.next, env);
    return { item: monthPeriod(num.month, year), next, warning };
  },
};
