/**
 * A term of a school year: "Học kỳ I", "HK2", "học kỳ II năm học 2025-2026", "I semestr", "semestr II roku szkolnego
 * 2025/2026". The first term runs from September into January, the second to the year's end of school (May in
 * Vietnam, June in Poland), as each pack gives them. With no school year written, the school year is the one that
 * starts in the plan's year.
 */
import { romanValue } from '../lexicon';
import { hasClass, isNum, isPunct, isYear4, numberWord, phraseAt, readSmallNumber, wordOf } from './helpers';
import { schoolYearOf } from './school-year';
import type { Match, ParseEnv, Parser } from './types';
import type { Token } from '../tokenize';

/** The term's number and the tokens of the term, its number before ("I semestr") or after it ("học kỳ II", "HK1"). */
function termAt(tokens: Token[], i: number, env: ParseEnv): { n: number; terms: [number, number][]; next: number } | undefined {
  const word = phraseAt(env.lexicon.schoolTerms, tokens, i);
  if (word) {
    const n = readSmallNumber(tokens, word.next, env);
    return n ? { n: n.value, terms: word.value, next: n.next } : undefined;
  }
  const n = readSmallNumber(tokens, i, env);
  const after = n ? phraseAt(env.lexicon.schoolTerms, tokens, n.next) : undefined;
  return n && after ? { n: n.value, terms: after.value, next: after.next } : undefined;
}

export const schoolTerm: Parser = {
  name: 'school-term',
  starts: (t, _i, env) => t.kind === 'number' || (t.kind === 'word' && (env.lexicon.schoolTerms.has(t.word) || romanValue(t.word) !== undefined || numberWord(env.lexicon, t) !== undefined)),
  parse(tokens, i, env): Match | undefined {
    const term = termAt(tokens, i, env);
    if (!term || term.n < 1 || term.n > term.terms.length) return undefined;
    const [first, last] = term.terms[term.n - 1];
    // "học kỳ II năm học 2025-2026": the school year written after the term (filler words between skipped).
    let j = term.next;
    while (j < term.next + 2 && hasClass(env.lexicon, wordOf(tokens[j]), 'filler') && !isYear4(tokens[j])) j++;
    const named = schoolYearOf(tokens, j, first, env);
    const start = named ? (first >= 8 ? named.year : named.year - 1) : env.ctx.year ?? env.ctx.fallbackYear;
    // A number or a slash after the term that is no school year ("HK1 2025", "HK1/2025") is another reading's.
    if (start === undefined || (isNum(tokens[term.next]) && !named) || isPunct(tokens[term.next], '/')) return undefined;
    const year = first >= 8 ? start : start + 1;
    const warning = !named && env.ctx.year === undefined ? { code: 'year-assumed' as const, detail: String(start) } : undefined;
    return { item: { type: 'period', unit: 'month', year, yearExplicit: !!named, firstMonth: first, lastMonth: last }, next: named ? named.next : term.next, warning };
  },
};
