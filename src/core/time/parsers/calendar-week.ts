/**
 * Calendar weeks of a named year, as ISO 8601 numbers them: "week 12 2025", "W12 2025", "2025-W12", "KW 12/2025",
 * "tuần 12/2025", "tydzień 12 2025", "weeks 10-12 2025". A week is read as the month of its Thursday (the day that
 * gives an ISO week its year). Without a year, "week 12" stays a week counted from the plan's start (relative.ts),
 * but a calendar week ("KW 12", "CW 12", "Kalenderwoche 12") is a week of the plan's year.
 */
import { isoWeekThursday } from '../iso-week';
import type { Period } from '../items';
import type { Token } from '../tokenize';
import { glued, hasClass, isNum, isPunct, isYear4, readYearAfter, wordOf } from './helpers';
import type { Match, ParseEnv, Parser } from './types';

/** Short week words glued to their number or before it: "W12", "KW12" (German Kalenderwoche), "CW 12". */
const SHORT = new Set(['w', 'kw', 'cw', 'wk']);

/** Words that name a calendar week, never one counted from the plan's start (grid headers use them too). */
export const CALENDAR_WEEK_WORDS: ReadonlySet<string> = new Set(['kw', 'cw', 'kalenderwoche']);

/** A one-letter week word that is also a language's half-year letter (French "S"). */
const halfLetter = (t: Token | undefined, env: ParseEnv) => wordOf(t)?.length === 1 && hasClass(env.lexicon, wordOf(t), 'half');

const isWeekWord = (t: Token | undefined, env: ParseEnv) => hasClass(env.lexicon, wordOf(t), 'week') || SHORT.has(wordOf(t) ?? '');

/** "12", "10-12", "W10-W12": the first and last week numbers and where they end. */
function weekNumbers(tokens: Token[], j: number, env: ParseEnv): { first: number; last: number; next: number } | undefined {
  if (!isNum(tokens[j])) return undefined;
  const first = tokens[j].value;
  if (isPunct(tokens[j + 1], '-')) {
    const k = isWeekWord(tokens[j + 2], env) && glued(tokens[j + 3]) ? j + 3 : j + 2;
    if (isNum(tokens[k]) && tokens[k].value > first) return { first, last: tokens[k].value, next: k + 1 };
  }
  return { first, last: first, next: j + 1 };
}

function weekPeriod(year: number, first: number, last: number, next: number, yearExplicit = true): Match {
  const a = isoWeekThursday(year, first);
  const b = isoWeekThursday(year, last);
  if (!a || !b) return { next, invalid: true };
  // A week of the plan's year leaves its year to be filled in (and said to be assumed) as a month name's is.
  const item: Period = { type: 'period', unit: a.month === b.month && first === last ? 'day' : 'month', year: yearExplicit ? year : undefined, yearExplicit, firstMonth: a.month, lastMonth: b.month };
  if (first === last) item.day = a.day;
  return { item, next };
}

export const calendarWeek: Parser = {
  name: 'calendar-week',
  starts: (t, _i, env) => isYear4(t) || isWeekWord(t, env),
  parse(tokens, i, env) {
    // "2025-W12": the year first, a week glued after it.
    if (isYear4(tokens[i])) {
      const j = isPunct(tokens[i + 1], '-') && glued(tokens[i + 1]) ? i + 2 : i + 1;
      if (!(wordOf(tokens[j]) === 'w' && glued(tokens[j]) && isNum(tokens[j + 1]) && glued(tokens[j + 1]))) return undefined;
      return weekPeriod(tokens[i].value, tokens[j + 1].value, tokens[j + 1].value, j + 2);
    }
    if (!isWeekWord(tokens[i], env)) return undefined;
    let j = i + 1;
    if (isPunct(tokens[j], '.')) j++;
    const weeks = weekNumbers(tokens, j, env);
    // A short word is a week only glued to its number or spelt as one ("KW 12"); "w 12" is Polish "in 12".
    if (!weeks || (wordOf(tokens[i]) === 'w' && !glued(tokens[j]))) return undefined;
    // French "S12" is a semaine, but "S1" and "S2" are the semestres of the year.
    if (halfLetter(tokens[i], env) && (!glued(tokens[j]) || weeks.first <= 2)) return undefined;
    const { year, next, twoDigit } = readYearAfter(tokens, weeks.next, env);
    if (twoDigit) return undefined;
    if (year !== undefined) return weekPeriod(year, weeks.first, weeks.last, next);
    const planYear = env.ctx.year ?? env.ctx.fallbackYear;
    if (!CALENDAR_WEEK_WORDS.has(wordOf(tokens[i]) ?? '') || planYear === undefined) return undefined;
    return weekPeriod(planYear, weeks.first, weeks.last, weeks.next, false);
  },
};
