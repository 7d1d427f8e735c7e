/**
 * Month names, with an optional day before or after and an optional year: "30 maja", "luty 2014", "March 15, 2024",
 * "Jan-10", "May-01-2018", "3-mai-27", "Mar 97". A day the month does not have ("30 lutego", "Feb-30-2019") makes
 * the expression unreadable.
 */
import { expandYear, monthPeriod, validDay } from '../items';
import { lookupMonth } from '../months';
import type { Token } from '../tokenize';
import type { TimeWarning } from '../types';
import { glued, hasClass, isNum, isPunct, readSmallNumber, readYearAfter, wordOf } from './helpers';
import type { Match, ParseEnv, Parser } from './types';

/** A day before the month name: "30 maja", "3-mai", "5 de mayo". Returns the day and where the month name is. */
function dayBefore(tokens: Token[], i: number, env: ParseEnv): { day?: number; at: number } {
  if (!isNum(tokens[i]) || tokens[i].value < 1 || tokens[i].value > 31) return { at: i };
  const dashed = isPunct(tokens[i + 1], '-') && glued(tokens[i + 1]) && glued(tokens[i + 2]) && !!wordOf(tokens[i + 2]) && !!lookupMonth(wordOf(tokens[i + 2])!, env.ctx.lang);
  const after = readSmallNumber(tokens, i, env);
  if (!dashed && !(after && wordOf(tokens[after.next]))) return { at: i };
  let at = dashed ? i + 2 : after!.next;
  if (['de', 'del'].includes(wordOf(tokens[at]) ?? '') && wordOf(tokens[at + 1])) at++;
  return { day: tokens[i].value, at };
}

/** What follows the month name: a day, a year, both, or neither. */
function tail(tokens: Token[], j: number, env: ParseEnv, day: number | undefined): { day?: number; year?: number; next: number } {
  // "March 15, 2024", "March 15", "May 1st 2020", "September 5th, 2016"
  const n = isNum(tokens[j]) && tokens[j].value <= 31 && tokens[j].value >= 1 && !isPunct(tokens[j - 1], '-') ? readSmallNumber(tokens, j, env) : undefined;
  if (day === undefined && n) {
    const k = isPunct(tokens[n.next], ',') ? n.next + 1 : n.next;
    const y = readYearAfter(tokens, k, env);
    const suffixed = n.next > j + 1;
    if (tokens[n.next] === undefined || (y.year !== undefined && (k > n.next || suffixed || isNum(tokens[k], 4)))) return { day: tokens[j].value, year: y.year, next: y.next };
    // "May 1 every year", "March 1 – April 5", "Jan 1-3": a day, unless a unit follows ("luty 2 tygodnie")
    const after = wordOf(tokens[n.next]);
    const unit = (['week', 'day', 'relativeMonth', 'year', 'quarter', 'half', 'calendarMonth'] as const).some((c) => hasClass(env.lexicon, after, c));
    if (!unit && !isPunct(tokens[n.next], '/') && !isPunct(tokens[n.next], '.')) {
      const range = isPunct(tokens[n.next], '-') && glued(tokens[n.next]) && isNum(tokens[n.next + 1]) && glued(tokens[n.next + 1]) && tokens[n.next + 1].value <= 31 ? n.next + 2 : n.next;
      const y2 = readYearAfter(tokens, isPunct(tokens[range], ',') ? range + 1 : range, env);
      return { day: tokens[j].value, year: y2.year, next: y2.year !== undefined ? y2.next : range };
    }
  }
  const dash = (k: number) => isPunct(tokens[k], '-') && glued(tokens[k]) && isNum(tokens[k + 1], 4) && glued(tokens[k + 1]);
  // "May-01-2018", "May-01-18": month, day and year joined by dashes
  if (day === undefined && dash(j) && dash(j + 2) && tokens[j + 1].digits.length <= 2 && [2, 4].includes(tokens[j + 3].digits.length)) {
    const y = tokens[j + 3];
    return { day: tokens[j + 1].value, year: y.digits.length === 4 ? y.value : expandYear(y.value, env.ctx), next: j + 4 };
  }
  // "Jan-10" as Excel shows mmm-yy, "3-mai-27"
  if (dash(j) && tokens[j + 1].digits.length === 2 && !(isPunct(tokens[j + 2], '-') && glued(tokens[j + 2]))) {
    return { day, year: expandYear(tokens[j + 1].value, env.ctx), next: j + 2 };
  }
  // "Mar 97": two digits that cannot be a day are a year
  if (isNum(tokens[j]) && tokens[j].digits.length === 2 && tokens[j].value > 31 && !isPunct(tokens[j + 1], ':')) {
    return { day, year: expandYear(tokens[j].value, env.ctx), next: j + 1 };
  }
  const y = readYearAfter(tokens, j, env);
  return { day, year: y.year, next: y.next };
}

/**
 * Another language's short month name counts where it stands as an abbreviation does: with a dot, beside a number,
 * beside another month ("out–dez", "out/nov") or in a cell of month names only ("out"). "share out the tasks" names no
 * October.
 */
function abbreviated(tokens: Token[], j: number, env: ParseEnv, dayBefore: boolean): boolean {
  const near = (k: number) => tokens[k]?.kind === 'number' || (tokens[k]?.kind === 'punct' && ['-', '/', ','].includes(tokens[k].char) && !!lookupMonth(wordOf(tokens[k + (k > j ? 1 : -1)]) ?? '', env.ctx.lang));
  const monthsOnly = tokens.every((t) => t.kind !== 'word' || !!lookupMonth(t.word, env.ctx.lang));
  return dayBefore || monthsOnly || (isPunct(tokens[j + 1], '.') && glued(tokens[j + 1])) || near(j + 1) || near(j - 1);
}

export const monthName: Parser = {
  name: 'month-name',
  starts: (t, _i, env) => t.kind === 'number' || (t.kind === 'word' && lookupMonth(t.word, env.ctx.lang) !== undefined),
  parse(tokens, i, env): Match | undefined {
    const before = dayBefore(tokens, i, env);
    let j = before.at;
    const w = wordOf(tokens[j]);
    const match = w ? lookupMonth(w, env.ctx.lang) : undefined;
    if (!match || (match.foreign && !abbreviated(tokens, j, env, before.day !== undefined))) return undefined;
    let warning: TimeWarning | undefined;
    if (match.kind !== 'exact') warning = { code: match.kind === 'truncated' ? 'truncated-month' : 'misspelt-month', detail: tokens[j].raw };
    j++;
    if (isPunct(tokens[j], '.')) j++;
    const t = tail(tokens, j, env, before.day);
    if (t.day !== undefined && !validDay(t.day, match.month, t.year)) return { next: t.next, invalid: true };
    return { item: monthPeriod(match.month, t.year, t.day), next: t.next, warning };
  },
};
