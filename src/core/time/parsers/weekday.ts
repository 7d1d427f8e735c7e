/**
 * A weekday, read and dropped: "Monday, 5 September", "thứ Hai, ngày 5 tháng 9", "wtorek 3.05". A short form
 * ("Mon", "wt", "Di") only before a comma or a dot, where it cannot be another word.
 */
import { lookupMonth } from '../months';
import { hasClass, isNum, isPunct, numberWord, phraseAt, wordOf } from './helpers';
import type { Parser } from './types';
import type { Token } from '../tokenize';

const VI_DAYS = new Set([2, 3, 4, 5, 6, 7]);

/** The first token from j on that is not a comma or a dot ("mar., 3.05"). */
function afterMarks(tokens: Token[], j: number): number {
  while (j < tokens.length && (isPunct(tokens[j], ',') || isPunct(tokens[j], '.'))) j++;
  return j;
}

export const weekday: Parser = {
  name: 'weekday',
  starts: (t, _i, env) => t.word === 'thu' || env.lexicon.weekdays.has(t.word) || hasClass(env.lexicon, t.word, 'weekday'),
  parse(tokens, i, env) {
    const w = wordOf(tokens[i]);
    if (!w) return undefined;
    const after = (j: number) => j >= tokens.length || isPunct(tokens[j], ',') || isPunct(tokens[j], '.') || ['ngay', 'hang'].includes(wordOf(tokens[j]) ?? '');
    // Vietnamese "thứ Hai" … "thứ Bảy", "thứ 2": a weekday before a comma, "ngày", "hằng" or the end; "năm thứ 2" is a year.
    if (w === 'thu') {
      const n = tokens[i + 1];
      const v = isNum(n) ? n.value : numberWord(env.lexicon, n) ?? (tokens[i + 1]?.lower === 'năm' ? 5 : undefined);
      if (v !== undefined && VI_DAYS.has(v) && after(i + 2)) return { next: isPunct(tokens[i + 2], ',') ? i + 3 : i + 2 };
      return undefined;
    }
    const phrase = phraseAt(env.lexicon.weekdays, tokens, i);
    if (phrase && after(phrase.next)) return { next: phrase.next };
    if (!hasClass(env.lexicon, w, 'weekday')) return undefined;
    if (w.length <= 3 && !after(i + 1)) return undefined;
    // A short form that is also a month's ("mar" is Spanish Tuesday and March): a weekday only before a day
    // ("mar, 5 de marzo"), a month in a list of months ("Jan, Mar, May 2025").
    if (w.length <= 3 && lookupMonth(w, env.ctx.lang) && !isNum(tokens[afterMarks(tokens, i + 1)])) return undefined;
    return { next: isPunct(tokens[i + 1], ',') ? i + 2 : i + 1 };
  },
};
