/** Quarters and halves: "III kw. 2019", "Q3 2019", "quý 2/2020", "2. Quartal", "2e trimestre", "H1", "1Q24", "I półrocze". */
import { expandYear, halfPeriod, quarterPeriod } from '../items';
import type { Period } from '../items';
import type { Token } from '../tokenize';
import { romanValue } from '../lexicon';
import { glued, hasClass, isNum, isPunct, numberWord, readSmallNumber, readYearAfter, wordOf } from './helpers';
import type { Match, ParseEnv, Parser } from './types';

function make(kind: 'q' | 'h', n: number, year: number | undefined): Period {
  return kind === 'q' ? quarterPeriod(n, year) : halfPeriod(n, year);
}

const fits = (kind: 'q' | 'h', n: number) => n >= 1 && n <= (kind === 'q' ? 4 : 2);

/**
 * The letter of a compact quarter or half: "q", "h", or one a language writes for its quarter or half word when it
 * is not also a month letter there (French and Spanish "T2" is a trimestre, Vietnamese "T2" is February; "S1" is a
 * semestre).
 */
function letterOf(t: Token | undefined, env: ParseEnv): 'q' | 'h' | undefined {
  const w = wordOf(t);
  if (w === 'q' || w === 'h') return w;
  if (w?.length !== 1 || hasClass(env.lexicon, w, 'calendarMonth')) return undefined;
  return hasClass(env.lexicon, w, 'quarter') ? 'q' : hasClass(env.lexicon, w, 'half') ? 'h' : undefined;
}

/** Q3, H1 and 3Q, 1H (with a glued two-digit year: "1Q24", or one before: "21q2"). */
function compact(tokens: Token[], i: number, env: ParseEnv): Match | undefined {
  const w = letterOf(tokens[i], env);
  if ((w === 'q' || w === 'h') && isNum(tokens[i + 1], 1) && glued(tokens[i + 1])) {
    if (!fits(w, tokens[i + 1].value)) return w === 'q' || readYearAfter(tokens, i + 2, env).year !== undefined ? { next: i + 2, invalid: true } : undefined;
    // "Q4-23": two digits after a dash that no quarter or half can be are its year
    const y2 = tokens[i + 3];
    if (isPunct(tokens[i + 2], '-') && glued(tokens[i + 2]) && glued(y2) && y2.kind === 'number' && y2.digits.length === 2 && y2.value > 4 && !isPunct(tokens[i + 4], '-')) {
      return { item: make(w, tokens[i + 1].value, expandYear(y2.value, env.ctx)), next: i + 4 };
    }
    const { year, next } = readYearAfter(tokens, i + 2, env);
    return { item: make(w, tokens[i + 1].value, year), next };
  }
  const k = letterOf(tokens[i + 1], env);
  if (tokens[i]?.kind === 'number' && tokens[i].digits.length === 2 && (k === 'q' || k === 'h') && glued(tokens[i + 1]) && isNum(tokens[i + 2], 1) && glued(tokens[i + 2])) {
    if (!fits(k, tokens[i + 2].value)) return { next: i + 3, invalid: true };
    return { item: make(k, tokens[i + 2].value, expandYear(tokens[i].value, env.ctx)), next: i + 3 };
  }
  const kind = k;
  if (isNum(tokens[i], 1) && (kind === 'q' || kind === 'h') && glued(tokens[i + 1]) && fits(kind, tokens[i].value)) {
    const y = tokens[i + 2];
    if (y && y.kind === 'number' && glued(y) && y.digits.length === 2) return { item: make(kind, tokens[i].value, expandYear(y.value, env.ctx)), next: i + 3 };
    const { year, next } = readYearAfter(tokens, i + 2, env);
    return { item: make(kind, tokens[i].value, year), next };
  }
  return undefined;
}

export const quarterOrHalf: Parser = {
  name: 'quarter-half',
  starts: (t, _i, env) => t.kind === 'number' || letterOf(t, env) !== undefined || hasClass(env.lexicon, t.word, 'final') || romanValue(t.word) !== undefined || numberWord(env.lexicon, t) !== undefined || hasClass(env.lexicon, t.word, 'quarter') || hasClass(env.lexicon, t.word, 'half'),
  parse(tokens, i, env) {
    const c = compact(tokens, i, env);
    if (c) return c;
    const { lexicon } = env;
    const isQuarter = (w: string | undefined) => hasClass(lexicon, w, 'quarter');
    const isHalf = (w: string | undefined) => hasClass(lexicon, w, 'half');
    // "last quarter of 2025", "ostatni kwartał": the fourth quarter, the second half.
    const after = wordOf(tokens[i + 1]);
    if (hasClass(lexicon, wordOf(tokens[i]), 'final') && (isQuarter(after) || isHalf(after))) {
      const kind = isQuarter(after) ? 'q' : 'h';
      const { year, next } = readYearAfter(tokens, isPunct(tokens[i + 2], '.') ? i + 3 : i + 2, env);
      return { item: make(kind, kind === 'q' ? 4 : 2, year), next };
    }
    // Number first: "III kw.", "2. Quartal", "1st quarter", "first half".
    const num = readSmallNumber(tokens, i, env);
    if (num) {
      const kw = wordOf(tokens[num.next]);
      if ((isQuarter(kw) || isHalf(kw)) && (kw!.length > 1 || letterOf(tokens[num.next], env))) {
        const kind = isQuarter(kw) ? 'q' : 'h';
        // "Q6", "VI kw.", "III półrocze", "3. Halbjahr": no such quarter or half ("3 półrocza" counts halves)
        const ordinal = (tokens[i].kind === 'word' && !num.word) || num.next > i + 1;
        if (!fits(kind, num.value)) return num.value <= 12 && (kind === 'q' || ordinal) ? { next: num.next + 1, invalid: true } : undefined;
        let j = num.next + 1;
        if (isPunct(tokens[j], '.')) j++;
        const { year, next } = readYearAfter(tokens, j, env);
        return { item: make(kind, num.value, year), next };
      }
    }
    // Word first: "quý 2", "kwartał III", "quarter 3", "trimestre 2", "quý hai". Polish writes its "kw." after the
    // number; "KW 12" before one is a German calendar week (calendar-week.ts).
    const w = wordOf(tokens[i]);
    if ((isQuarter(w) || isHalf(w)) && (w!.length > 1 || letterOf(tokens[i], env)) && !(w === 'kw' && !isPunct(tokens[i + 1], '.'))) {
      let j = i + 1;
      if (isPunct(tokens[j], '.')) j++;
      const n = readSmallNumber(tokens, j, env);
      const kind = isQuarter(w) ? 'q' : 'h';
      if (n && fits(kind, n.value)) {
        const { year, next } = readYearAfter(tokens, n.next, env);
        return { item: make(kind, n.value, year), next };
      }
      if (n && n.value <= 12) return { next: readYearAfter(tokens, n.next, env).next, invalid: true };
    }
    return undefined;
  },
};
