/** A Roman-numeral month before a year, as Polish writes dates: "XII 2014", "IV.2015", "III/2015". Not I alone ("i" is "and"). */
import { monthPeriod } from '../items';
import { romanValue } from '../lexicon';
import { isPunct, isYear4, listsPeriodNumbers, skipYearSuffix, wordOf } from './helpers';
import type { Parser } from './types';

export const romanMonth: Parser = {
  name: 'roman-month',
  starts: (t) => t.kind === 'word' && romanValue(t.word) !== undefined,
  parse(tokens, i, env) {
    const w = wordOf(tokens[i]);
    const m = w ? romanValue(w) : undefined;
    // Not "II" in "quý I-II/2025", the last of a list of quarters.
    if (!m || (m === 1 && w === 'i') || listsPeriodNumbers(tokens, i, env)) return undefined;
    let j = i + 1;
    if (isPunct(tokens[j], '.') || isPunct(tokens[j], '/')) j++;
    if (!isYear4(tokens[j])) return undefined;
    return { item: monthPeriod(m, tokens[j].value), next: skipYearSuffix(tokens, j + 1) };
  },
};
