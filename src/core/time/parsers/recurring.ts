/**
 * Something done over and over: "monthly", "quarterly", "every two months", "once every quarter", "co miesiąc",
 * "hằng tháng", "cada trimestre", "every Monday". It is read as the whole of the plan's year, unless another time stands beside it
 * ("1 May every year" is May).
 */
import { PACKS } from '../../lang';
import { yearPeriod } from '../items';
import { foldKey, oneEditApart } from '../../util/text';
import type { Token } from '../tokenize';
import { hasClass, isNum, numberWord, phraseAt, wordOf } from './helpers';
import type { ParseEnv, Parser } from './types';

let units: Set<string> | undefined;
/** Words of a unit a recurrence counts in (and their near misses: "quaarter"). */
function isUnit(w: string | undefined): boolean {
  if (!w) return false;
  if (!units) {
    units = new Set<string>();
    for (const p of PACKS) for (const x of [...p.time.quarter, ...p.time.half, ...p.time.relativeMonth, ...p.time.week, ...(p.time.day ?? []), ...p.time.year, ...p.time.calendarMonth]) if (x.length > 1) units.add(foldKey(x));
  }
  if (units.has(w)) return true;
  if (w.length < 6) return false;
  for (const u of units) if (u.length >= 6 && u[0] === w[0] && oneEditApart(u, w)) return true;
  return false;
}

/** A count: digits or a number word ("hai", "dos"). */
function countAt(tokens: Token[], j: number, env: ParseEnv): boolean {
  return isNum(tokens[j]) || numberWord(env.lexicon, tokens[j]) !== undefined;
}

/** What may stand between a frequency's parts: "/", "-", and up to two short words ("a", "per", "w", "al", "par", "im"). */
function joinAt(tokens: Token[], j: number, env: ParseEnv): number {
  const t = tokens[j];
  if (t && t.kind === 'punct' && (t.char === '/' || t.char === '-')) return j + 1;
  let k = j;
  while (k < j + 2 && tokens[k]?.kind === 'word' && !isUnit(tokens[k].word) && !hasClass(env.lexicon, tokens[k].word, 'times') && (tokens[k].word.length <= 3 || hasClass(env.lexicon, tokens[k].word, 'filler') || env.lexicon.every.has(tokens[k].word))) k++;
  return k;
}

/**
 * A frequency: "2 lần/năm", "1 lần/quý", "2 razy w roku", "2x w roku", "dos veces al año", "2 times a year" (count,
 * times, unit), and "6 tháng/lần", "3 tháng 1 lần" (count, unit, times).
 */
function frequency(tokens: Token[], i: number, env: ParseEnv): number | undefined {
  const times = (t: Token | undefined) => hasClass(env.lexicon, wordOf(t), 'times');
  if (!countAt(tokens, i, env)) return undefined;
  const j = i + 1;
  if (times(tokens[j])) {
    const k = joinAt(tokens, j + 1, env);
    return isUnit(wordOf(tokens[k])) || hasClass(env.lexicon, wordOf(tokens[k]), 'quarter') ? k + 1 : undefined;
  }
  if (!isUnit(wordOf(tokens[j])) && !hasClass(env.lexicon, wordOf(tokens[j]), 'quarter')) return undefined;
  let k = joinAt(tokens, j + 1, env);
  if (countAt(tokens, k, env) && times(tokens[k + 1])) k++;
  return times(tokens[k]) ? k + 1 : undefined;
}

export const recurring: Parser = {
  name: 'recurring',
  starts: (t, _i, env) => t.kind === 'number' || numberWord(env.lexicon, t) !== undefined || (t.kind === 'word' && (env.lexicon.recurring.has(t.word) || env.lexicon.every.has(t.word))),
  parse(tokens, i, env) {
    const often = frequency(tokens, i, env);
    if (often !== undefined) return { item: { ...yearPeriod(undefined), recurring: true }, next: often };
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
