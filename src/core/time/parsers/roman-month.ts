/**
 * A Roman-numeral month before a year, as Polish writes dates: "XII 2014", "IV.2015", "III/2015". Not I alone ("i"
 * is "and"). A range of them needs no year: "IX–XII", "I-III 2025" (unless a quarter or half word follows: "I-II kw.").
 */
import { monthPeriod } from '../items';
import { romanValue } from '../lexicon';
import type { Token } from '../tokenize';
import { hasClass, isPunct, isYear4, listsPeriodNumbers, readYearAfter, skipYearSuffix, wordOf } from './helpers';
import type { Match, ParseEnv, Parser } from './types';

function romanRange(tokens: Token[], i: number, first: number, env: ParseEnv): Match | undefined {
  if (!isPunct(tokens[i + 1], '-')) return undefined;
  const last = romanValue(wordOf(tokens[i + 2]) ?? '');
  if (last === undefined || last <= first || last > 12) return undefined;
  const k = isPunct(tokens[i + 3], '.') ? i + 4 : i + 3;
  const after = wordOf(tokens[k]);
  if (hasClass(env.lexicon, after, 'quarter') || hasClass(env.lexicon, after, 'half')) return undefined;
  const { year, next } = readYearAfter(tokens, i + 3, env);
  return { item: { ...monthPeriod(first, year), lastMonth: last }, next: year === undefined ? i + 3 : next };
}

export const romanMonth: Parser = {
  name: 'roman-month',
  starts: (t) => t.kind === 'word' && romanValue(t.word) !== undefined,
  parse(tokens, i, env) {
    const w = wordOf(tokens[i]);
    const m = w ? romanValue(w) : undefined;
    // Not "II" in "quý I-II/2025", the last of a list of quarters.
    if (!m || listsPeriodNumbers(tokens, i, env)) return undefined;
    const range = romanRange(tokens, i, m, env);
    if (range) return range;
    if (m === 1 && w === 'i') return undefined;
    let j = i + 1;
    if (isPunct(tokens[j], '.') || isPunct(tokens[j], '/')) j++;
    if (!isYear4(tokens[j])) return undefined;
    return { item: monthPeriod(m, tokens[j].value), next: skipYearSuffix(tokens, j + 1) };
  },
};
