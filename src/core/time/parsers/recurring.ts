/**
 * Something done over and over: "monthly", "quarterly", "every two months", "once every quarter", "co miesiąc",
 * "hằng tháng", "cada trimestre", "every Monday". It is read as the whole of the plan's year, unless another time stands beside it
 * ("1 May every year" is May).
 */
import { PACKS } from '../../lang';
import { yearPeriod } from '../items';
import { foldKey, oneEditApart } from '../../util/text';
import { hasClass, isNum, numberWord, phraseAt, wordOf } from './helpers';
import type { Parser } from './types';

let units: Set<string> | undefined;
/** Words of a unit a recurrence counts in (and their near misses: "quaarter"). */
function isUnit(w: string | undefined): boolean {
  if (!w) return false;
  if (!units) {
    units = new Set<string>();
    for (const p of PACKS) for (const x of [...p.time.quarter, ...p.time.relativeMonth, ...p.time.week, ...(p.time.day ?? []), ...p.time.year, ...p.time.calendarMonth]) if (x.length > 1) units.add(foldKey(x));
  }
  if (units.has(w)) return true;
  if (w.length < 6) return false;
  for (const u of units) if (u.length >= 6 && u[0] === w[0] && oneEditApart(u, w)) return true;
  return false;
}

export const recurring: Parser = {
  name: 'recurring',
  starts: (t, _i, env) => t.kind === 'word' && (env.lexicon.recurring.has(t.word) || env.lexicon.every.has(t.word)),
  parse(tokens, i, env) {
    const whole = phraseAt(env.lexicon.recurring, tokens, i);
    if (whole) return { item: { ...yearPeriod(undefined), recurring: true }, next: whole.next };
    const every = phraseAt(env.lexicon.every, tokens, i);
    if (!every) return undefined;
    let j = every.next;
    if (isNum(tokens[j]) || numberWord(env.lexicon, tokens[j]) !== undefined) j++;
    const w = wordOf(tokens[j]);
    const weekday = phraseAt(env.lexicon.weekdays, tokens, j)?.next ?? (hasClass(env.lexicon, w, 'weekday') ? j + 1 : undefined);
    if (weekday === undefined && !isUnit(w) && !hasClass(env.lexicon, w, 'quarter')) return undefined;
    return { item: { ...yearPeriod(undefined), recurring: true }, next: weekday ?? j + 1 };
  },
};
