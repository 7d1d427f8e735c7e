/** Numeric dates: ISO, d.m.y, d/m/y, m/yy, d m y, d.m, m-yyyy, "15.III.2014"; "a/b" read as the column reads it. */
import { expandYear, monthPeriod, validDay } from '../items';
import type { Period } from '../items';
import { romanValue } from '../lexicon';
import type { Token } from '../tokenize';
import type { TimeContext, TimeWarning } from '../types';
import { glued, isNum, isPunct, isYear4, listsPeriodNumbers, readYearAfter, skipYearSuffix, wordOf } from './helpers';
import type { Match, ParseEnv, Parser } from './types';

/** The second number of a slash pair that ends right before token i and a range or list mark: "12/09" in "12/09-2/10". */
function pairBefore(tokens: Token[], i: number): Token | undefined {
  const mark = tokens[i - 1];
  if (!mark || mark.kind !== 'punct' || !['-', ',', '+', '~'].includes(mark.char)) return undefined;
  const [a, slash, b] = [tokens[i - 4], tokens[i - 3], tokens[i - 2]];
  return isNum(a) && isPunct(slash, '/') && glued(slash) && isNum(b) && b.digits.length === 2 && a.value >= 1 && a.value <= 12 ? b : undefined;
}

/**
 * Decide what "a/b" means: month/year, day/month or month/day. After a month/year of the plan's year ("12/09-2/10" in a
 * plan of 2009), the second is a month/year too: February 2010, not 2 October.
 */
function slashPair(a: Token, b: Token, ctx: TimeContext, before?: Token): { period?: Period; warning?: TimeWarning } {
  if (b.digits.length === 4) return a.value >= 1 && a.value <= 12 ? { period: monthPeriod(a.value, b.value) } : {};
  if (a.digits.length === 4) return b.value >= 1 && b.value <= 12 ? { period: monthPeriod(b.value, a.value) } : {};
  if (a.digits.length > 2 || b.digits.length > 2) return {};
  const asMonthYear = (): Period | undefined => (a.value >= 1 && a.value <= 12 ? monthPeriod(a.value, expandYear(b.value, ctx)) : undefined);
  const asDayMonth = (): Period | undefined => (a.value >= 1 && a.value <= 31 && b.value >= 1 && b.value <= 12 ? monthPeriod(b.value, undefined, a.value) : undefined);
  const asMonthDay = (): Period | undefined => (a.value >= 1 && a.value <= 12 && b.value >= 1 && b.value <= 31 ? monthPeriod(a.value, undefined, b.value) : undefined);
  if (ctx.slashOrder === 'month-year') return { period: asMonthYear() ?? asDayMonth() };
  if (ctx.slashOrder === 'day-month') return { period: asDayMonth() ?? asMonthYear() };
  if (ctx.slashOrder === 'month-day') return { period: asMonthDay() ?? asMonthYear() };
  if (a.value > 12) return { period: asDayMonth() };
  if (b.value > 12) return { period: asMonthYear() };
  // Both could be months. A second number that matches the plan's year is a year (Vietnamese "03/09").
  const year = ctx.year ?? ctx.fallbackYear;
  if (year === undefined || expandYear(b.value, ctx) === year || ctx.year === undefined) return { period: asMonthYear() };
  if (before && b.digits.length === 2 && expandYear(before.value, ctx) === year && expandYear(b.value, ctx) === year + 1) return { period: asMonthYear() };
  return { period: asDayMonth(), warning: { code: 'ambiguous-date', detail: `${a.digits}/${b.digits}` } };
}

/** Past the time of an ISO date-time glued to its date ("2025-04-10T12:00:00.000Z", "T09:30+02:00"): the time is no time of the plan. */
function pastIsoTime(tokens: Token[], k: number): number {
  if (wordOf(tokens[k]) !== 't' || !glued(tokens[k]) || !isNum(tokens[k + 1]) || !glued(tokens[k + 1])) return k;
  let j = k + 1;
  while (j < tokens.length && glued(tokens[j]) && (isNum(tokens[j]) || wordOf(tokens[j]) === 'z' || (tokens[j].kind === 'punct' && ':.+-'.includes(tokens[j].char)))) j++;
  return j;
}

/** yyyy-mm(-dd), yyyy/mm, yyyy.mm.dd */
function yearFirst(tokens: Token[], i: number): Match | undefined {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  if (!(a.digits.length === 4 && s1 && s1.kind === 'punct' && ['-', '/', '.'].includes(s1.char) && glued(s1) && isNum(tokens[i + 2]) && glued(tokens[i + 2]))) return undefined;
  const m = tokens[i + 2].value;
  const day = isPunct(tokens[i + 3], s1.char) && isNum(tokens[i + 4]) && glued(tokens[i + 4]) ? tokens[i + 4].value : undefined;
  // "2025/26", "2025-26": no month but a school or financial year over two years, read by the year parser and the
  // connector ("2011/12" stays December 2011).
  if (day === undefined && s1.char !== '.' && m > 12 && tokens[i + 2].digits.length === 2 && m === (a.value + 1) % 100) return undefined;
  if (m < 1 || m > 12) return a.value >= 1900 && a.value <= 2200 ? { next: day !== undefined ? i + 5 : i + 3, invalid: true } : undefined;
  if (day !== undefined) return validDay(day, m, a.value) ? { item: monthPeriod(m, a.value, day), next: pastIsoTime(tokens, i + 5) } : { next: i + 5, invalid: true };
  return { item: monthPeriod(m, a.value), next: i + 3 };
}

/** a SEP b (SEP c): the separator decides how the parts are read. */
function separated(tokens: Token[], i: number, env: ParseEnv): Match | undefined {
  const { ctx } = env;
  const a = tokens[i];
  const s1 = tokens[i + 1];
  let j = i + 2;
  let warning: TimeWarning | undefined;
  if (s1.char === '/' && isPunct(tokens[j], '/')) {
    warning = { code: 'doubled-slash', detail: '' };
    j++;
  }
  const b = tokens[j];
  if (isNum(b, 4) && (s1.char !== '-' || (glued(s1) && glued(b)))) {
    const s2 = tokens[j + 1];
    const c = tokens[j + 2];
    // Three parts: a/b/c, a.b.c, a-b-c
    if (b.digits.length <= 2 && s2 && s2.kind === 'punct' && s2.char === s1.char && c && c.kind === 'number' && (c.digits.length === 4 || c.digits.length === 2) && (s1.char !== '-' || glued(c))) {
      const y = c.digits.length === 4 ? c.value : expandYear(c.value, ctx);
      const monthFirst = s1.char === '/' && (ctx.slashOrder === 'month-day' || (a.value <= 12 && b.value > 12));
      const [d, m] = monthFirst ? [b.value, a.value] : [a.value, b.value];
      if (validDay(d, m, y)) return { item: monthPeriod(m, y, d), next: skipYearSuffix(tokens, j + 3), warning };
      // "35/14/2021", "30.02.2019": no such day.
      return { next: skipYearSuffix(tokens, j + 3), invalid: true };
    }
    // "13. 06 2011": day. month year
    if (s1.char === '.' && b.digits.length <= 2 && isYear4(tokens[j + 1]) && b.value >= 1 && b.value <= 12 && a.value <= 31) {
      if (!validDay(a.value, b.value, tokens[j + 1].value)) return { next: skipYearSuffix(tokens, j + 2), invalid: true };
      return { item: monthPeriod(b.value, tokens[j + 1].value, a.value), next: skipYearSuffix(tokens, j + 2) };
    }
    if (s1.char === '/') {
      const { period, warning: w2 } = slashPair(a, b, ctx, pairBefore(tokens, i));
      return period ? { item: period, next: skipYearSuffix(tokens, j + 1), warning: warning ?? w2 } : undefined;
    }
    if (s1.char === '.' && glued(b)) {
      if (b.digits.length === 4 && a.value >= 1 && a.value <= 12) return { item: monthPeriod(a.value, b.value), next: skipYearSuffix(tokens, j + 1) };
      if (b.digits.length <= 2 && a.value >= 1 && a.value <= 31 && b.value >= 1 && b.value <= 12) {
        const { year, next } = readYearAfter(tokens, j + 1, env);
        if (!validDay(a.value, b.value, year)) return { next, invalid: true };
        // "13.12" right after a full date may be a time of day.
        return { item: { ...monthPeriod(b.value, year, a.value), maybeClock: year === undefined && a.value <= 23 && b.digits.length === 2 }, next };
      }
    }
    if (s1.char === '-' && b.digits.length === 4 && a.value >= 1 && a.value <= 12) return { item: monthPeriod(a.value, b.value), next: j + 1 };
  }
  // "15.III.2014": day, Roman month, year
  const r = wordOf(b);
  if (r && romanValue(r) && isPunct(tokens[j + 1], s1.char) && isYear4(tokens[j + 2])) return { item: monthPeriod(romanValue(r)!, tokens[j + 2].value, a.value), next: j + 3 };
  return undefined;
}

export const numericDate: Parser = {
  name: 'numeric-date',
  starts: (t) => t.kind === 'number',
  parse(tokens, i, env) {
    const a = tokens[i];
    if (!a || a.kind !== 'number') return undefined;
    const s1 = tokens[i + 1];
    const first = yearFirst(tokens, i);
    if (first || a.digits.length === 4) return first;
    if (a.digits.length > 2 || !s1) return undefined;
    if (s1.kind === 'punct' && ['/', '.', '-'].includes(s1.char)) {
      // "quý 1-2/2025", "Q1, 2/2025": the last of a list of quarters or halves before their year, not February.
      if (s1.char === '/' && a.value <= 4 && isYear4(tokens[i + 2]) && listsPeriodNumbers(tokens, i, env)) return undefined;
      return separated(tokens, i, env);
    }
    // "15 06 2011", "10 09": day month (year), separated by spaces only
    if (s1.kind === 'number' && s1.digits.length <= 2 && a.value >= 1 && a.value <= 31 && s1.value >= 1 && s1.value <= 12 && s1.spaceBefore && (s1.digits.length === 2 || isYear4(tokens[i + 2]))) {
      const { year, next } = readYearAfter(tokens, i + 2, env);
      return { item: monthPeriod(s1.value, year, a.value), next };
    }
    // "15 III 2014"
    const r = wordOf(s1);
    if (r && romanValue(r) && isYear4(tokens[i + 2]) && a.value <= 31) return { item: monthPeriod(romanValue(r)!, tokens[i + 2].value, a.value), next: i + 3 };
    return undefined;
  },
};
