/**
 * A school or academic year: "rok szkolny 2025/2026", "năm học 2025-2026", "school year 2025/26", "année scolaire
 * 2025-2026". From the month it starts in one year to the month it ends in the next (September to June in Poland,
 * to May in Vietnam), as each language's pack gives them. Both years must follow: "năm học" alone names no time.
 */
import { hasClass, isNum, isPunct, isYear4, phraseAt, wordOf } from './helpers';
import type { ParseEnv, Parser } from './types';
import type { Token } from '../tokenize';

/** "2025/2026", "2025-2026", "2025/26" at token i: a year and the next; tokens it takes. */
function yearPair(tokens: Token[], i: number): { year: number; next: number } | undefined {
  const y = tokens[i];
  const sep = tokens[i + 1];
  const after = tokens[i + 2];
  if (!isYear4(y) || !(isPunct(sep, '/') || isPunct(sep, '-')) || !isNum(after, 4)) return undefined;
  const ends = (after.digits.length === 4 && after.value === y.value + 1) || (after.digits.length === 2 && after.value === (y.value + 1) % 100);
  return ends ? { year: y.value, next: i + 3 } : undefined;
}

/**
 * A school year named after a day of it ("khai giảng năm học 2025-2026", "zakończenie roku szkolnego 2024/2025"):
 * the year of the pair that day falls in (the autumn's in the first, the rest in the second); tokens it takes.
 */
export function schoolYearOf(tokens: Token[], i: number, month: number, env: ParseEnv): { year: number; next: number } | undefined {
  const named = phraseAt(env.lexicon.schoolYears, tokens, i);
  const pair = yearPair(tokens, named ? named.next : i);
  if (!pair) return undefined;
  const starts = named ? named.value[0] : 8;
  return { year: month >= starts ? pair.year : pair.year + 1, next: pair.next };
}

/** "cały rok szkolny", "cả năm học", "the whole school year": a whole word (and filler words) before a school year; where it starts. */
function afterWhole(tokens: Token[], i: number, env: ParseEnv): number | undefined {
  if (!hasClass(env.lexicon, wordOf(tokens[i]), 'whole')) return undefined;
  let j = i + 1;
  while (j < i + 3 && hasClass(env.lexicon, wordOf(tokens[j]), 'filler') && !env.lexicon.schoolYears.has(wordOf(tokens[j]) ?? '')) j++;
  return env.lexicon.schoolYears.has(wordOf(tokens[j]) ?? '') ? j : undefined;
}

export const schoolYear: Parser = {
  name: 'school-year',
  starts: (t, _i, env) => t.kind === 'word' && (env.lexicon.schoolYears.has(t.word) || hasClass(env.lexicon, t.word, 'whole')),
  parse(tokens, i, env) {
    const whole = afterWhole(tokens, i, env);
    const found = phraseAt(env.lexicon.schoolYears, tokens, whole ?? i);
    if (!found) return undefined;
    const [first, last] = found.value;
    // A year and the next must follow: "rok szkolny 2025" alone may be either school year that touches 2025. The
    // whole school year of a plan ("przez cały rok szkolny") is the one that starts in the plan's year.
    // "Năm học: 2025 - 2026": a label's colon between the school year and its years.
    const pair = yearPair(tokens, isPunct(tokens[found.next], ':') ? found.next + 1 : found.next);
    if (!pair && whole !== undefined && (env.ctx.year ?? env.ctx.fallbackYear) !== undefined) {
      const year = (env.ctx.year ?? env.ctx.fallbackYear)!;
      const warning = env.ctx.year === undefined ? { code: 'year-assumed' as const, detail: String(year) } : undefined;
      return { item: { type: 'period', unit: 'month', year, yearExplicit: false, firstMonth: first, lastMonth: last }, next: found.next, warning };
    }
    if (!pair) return undefined;
    const { year, next: end } = pair;
    return { item: { type: 'period', unit: 'month', year, yearExplicit: true, firstMonth: first, lastMonth: last }, next: end };
  },
};
