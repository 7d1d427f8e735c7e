/**
 * Days plans name instead of a date: "Christmas", "before Christmas", "Easter Monday", "Boże Narodzenie", "Giáng sinh",
 * "Tết". After one ("after Easter", "sau Tết", "po Wielkanocy") is the two weeks that follow it: "sau Tết" 2025 (29
 * January) is January and February.
 */
import { monthPeriod } from '../items';
import type { Period } from '../items';
import { lunarDate } from '../lunar';
import { hasClass, phraseAt, readYearAfter, wordOf } from './helpers';
import { schoolYearOf } from './school-year';
import type { Parser } from './types';

/** Easter Sunday of a year (the Gregorian computus): month and day. */
export function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** The months of the two weeks after a day: 25 December is December to January (lastMonth < firstMonth runs into the next year). */
function fortnightAfter(year: number | undefined, y: number, m: number, d: number): Period {
  const from = new Date(Date.UTC(y, m - 1, d + 1));
  const to = new Date(Date.UTC(y, m - 1, d + 14));
  return { type: 'period', unit: 'month', year, yearExplicit: year !== undefined, firstMonth: from.getUTCMonth() + 1, lastMonth: to.getUTCMonth() + 1 };
}

export const holiday: Parser = {
  name: 'holiday',
  starts: (t, _i, env) => t.kind === 'word' && (env.lexicon.holidays.has(t.word) || hasClass(env.lexicon, t.word, 'after')),
  parse(tokens, i, env) {
    // "after the Christmas break", "después de Navidad": the after word, and the filler words between it and the day.
    let at = i;
    const after = hasClass(env.lexicon, wordOf(tokens[i]), 'after');
    if (after) for (at = i + 1; at < i + 3 && !env.lexicon.holidays.has(wordOf(tokens[at]) ?? '') && hasClass(env.lexicon, wordOf(tokens[at]), 'filler'); ) at++;
    const h = phraseAt(env.lexicon.holidays, tokens, at);
    if (!h) return undefined;
    const v = h.value;
    const school = Array.isArray(v) ? schoolYearOf(tokens, h.next, v[0], env) : undefined;
    const { year, next } = school ?? readYearAfter(tokens, h.next, env);
    const y = year ?? env.ctx.year ?? env.ctx.fallbackYear ?? 2000;
    const [m, d] = Array.isArray(v) ? v : typeof v === 'object' ? lunarDate(y, v.lunar[0], v.lunar[1], v.usual) : (easter(y).map((x, k) => (k === 1 && v === 'easter-monday' ? x + 1 : x)) as [number, number]);
    return { item: after ? fortnightAfter(year, y, m, d) : monthPeriod(m, year, Math.min(d, 31)), next };
  },
};
