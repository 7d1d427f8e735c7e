/**
 * A quarter or half of a year counted from the plan's start: "Year 1 Q2", "Y2Q3", "Q1 Y2", "Q3 of Year 1",
 * "Year 2, H1", "năm thứ 2 quý 1". Months counted from the plan's start (Year 1 Q2 is months 4 to 6), placed on the
 * calendar once the plan states its start.
 */
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokenize';
import { glued, hasClass, isNum, isPunct, wordOf } from './helpers';
import type { Parser } from './types';

/** "Year 2", "Y2", "năm thứ 2" at token i: the year's number (1 to 10) and the token after it. */
function yearNumber(tokens: Token[], i: number, lexicon: Lexicon): { n: number; next: number } | undefined {
  const w = wordOf(tokens[i]);
  if (!w || !hasClass(lexicon, w, 'year') || w === 'r' || w === 'fy') return undefined;
  let j = i + 1;
  if (wordOf(tokens[j]) === 'thu') j++;
  const n = tokens[j];
  if (!isNum(n) || n.value < 1 || n.value > 10 || (w.length === 1 && !glued(n))) return undefined;
  return { n: n.value, next: j + 1 };
}

/** "Q2", "quarter 3", "quý 1", "H1", "half 2" at token i. */
function partOf(tokens: Token[], i: number, lexicon: Lexicon): { months: number; k: number; next: number } | undefined {
  const w = wordOf(tokens[i]);
  if (!w) return undefined;
  const quarter = w === 'q' || (w.length > 1 && hasClass(lexicon, w, 'quarter'));
  const half = w === 'h' || (w.length > 1 && hasClass(lexicon, w, 'half'));
  if (!quarter && !half) return undefined;
  const j = isPunct(tokens[i + 1], '.') ? i + 2 : i + 1;
  const n = tokens[j];
  if (!isNum(n, 1) || n.value < 1 || n.value > (quarter ? 4 : 2) || (w.length === 1 && !glued(n))) return undefined;
  return { months: quarter ? 3 : 6, k: n.value, next: j + 1 };
}

/** Marks and words between the two halves: "Year 1, Q2", "Q3 of Year 1", "Year 1 – Q2". */
function skipJoin(tokens: Token[], j: number, lexicon: Lexicon): number {
  while (isPunct(tokens[j], ',') || isPunct(tokens[j], '/') || (wordOf(tokens[j]) !== undefined && hasClass(lexicon, wordOf(tokens[j]), 'filler'))) j++;
  return j;
}

export const relativeQuarter: Parser = {
  name: 'relative-quarter',
  starts: (t, _i, env) => t.kind === 'word' && (t.word === 'q' || t.word === 'h' || hasClass(env.lexicon, t.word, 'year') || hasClass(env.lexicon, t.word, 'quarter') || hasClass(env.lexicon, t.word, 'half')),
  parse(tokens, i, env) {
    const { lexicon } = env;
    const y = yearNumber(tokens, i, lexicon);
    const p = y ? partOf(tokens, skipJoin(tokens, y.next, lexicon), lexicon) : partOf(tokens, i, lexicon);
    const y2 = y ?? (p ? yearNumber(tokens, skipJoin(tokens, p.next, lexicon), lexicon) : undefined);
    if (!p || !y2) return undefined;
    const first = (y2.n - 1) * 12 + (p.k - 1) * p.months + 1;
    // "Year 2 Q1-Q2": a run of quarters of the same year.
    const to = y && (isPunct(tokens[p.next], '-') || hasClass(lexicon, wordOf(tokens[p.next]), 'range')) ? partOf(tokens, p.next + 1, lexicon) : undefined;
    if (to && to.months === p.months && to.k > p.k) return { item: { type: 'relative', unit: 'month', count: first, last: first + (to.k - p.k + 1) * p.months - 1 }, next: to.next };
    return { item: { type: 'relative', unit: 'month', count: first, last: first + p.months - 1 }, next: y ? p.next : y2.next };
  },
};
