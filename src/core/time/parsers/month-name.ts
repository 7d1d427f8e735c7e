/** Month names, with an optional day before or after and an optional year: "30 maja", "luty 2014", "March 15, 2024", "Jan-10", "May-01-2018". */
import { expandYear, monthPeriod } from '../items';
import { lookupMonth } from '../months';
import type { TimeWarning } from '../types';
import { glued, isNum, isPunct, readSmallNumber, readYearAfter, wordOf } from './helpers';
import type { Parser } from './types';

export const monthName: Parser = {
  name: 'month-name',
  parse(tokens, i, env) {
    let j = i;
    let day: number | undefined;
    if (isNum(tokens[j]) && tokens[j].value >= 1 && tokens[j].value <= 31) {
      const after = readSmallNumber(tokens, j, env);
      if (after && wordOf(tokens[after.next])) {
        day = tokens[j].value;
        j = after.next;
        if (['de', 'del'].includes(wordOf(tokens[j]) ?? '') && wordOf(tokens[j + 1])) j++;
      }
    }
    const w = wordOf(tokens[j]);
    if (!w) return undefined;
    const match = lookupMonth(w, env.ctx.lang);
    if (!match) return undefined;
    let warning: TimeWarning | undefined;
    if (match.kind !== 'exact') warning = { code: match.kind === 'truncated' ? 'truncated-month' : 'misspelt-month', detail: tokens[j].raw };
    j++;
    if (isPunct(tokens[j], '.')) j++;
    // "March 15, 2024"
    if (day === undefined && isNum(tokens[j]) && tokens[j].value <= 31 && tokens[j].value >= 1 && (isPunct(tokens[j + 1], ',') || (tokens[j + 2] === undefined && !isPunct(tokens[j - 1], '-')))) {
      const tail = readYearAfter(tokens, j + 1, env);
      if (tail.year !== undefined || tokens[j + 1] === undefined) return { item: monthPeriod(match.month, tail.year, tokens[j].value), next: tail.next, warning };
    }
    // "Jan-10" as Excel shows mmm-yy
    if (isPunct(tokens[j], '-') && glued(tokens[j]) && isNum(tokens[j + 1]) && glued(tokens[j + 1]) && tokens[j + 1].digits.length === 2 && tokens[j + 2] === undefined) {
      return { item: monthPeriod(match.month, expandYear(tokens[j + 1].value, env.ctx), day), next: j + 2, warning };
    }
    const { year, next } = readYearAfter(tokens, j, env);
    return { item: monthPeriod(match.month, year, day), next, warning };
  },
};
