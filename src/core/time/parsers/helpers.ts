/** Token tests and small readers shared by the parsers. */
import { expandYear } from '../items';
import type { Lexicon, Phrase, WordClass } from '../lexicon';
import { romanValue } from '../lexicon';
import type { Token } from '../tokenize';
import type { ParseEnv } from './types';

export const isNum = (t: Token | undefined, maxDigits = 2): t is Token => !!t && t.kind === 'number' && t.digits.length <= maxDigits;
export const isYear4 = (t: Token | undefined): t is Token => !!t && t.kind === 'number' && t.digits.length === 4 && t.value >= 1900 && t.value <= 2200;
export const isPunct = (t: Token | undefined, c: string): boolean => !!t && t.kind === 'punct' && t.char === c;
export const wordOf = (t: Token | undefined): string | undefined => (t && t.kind === 'word' ? t.word : undefined);
export const glued = (t: Token | undefined): boolean => !!t && !t.spaceBefore;

export function hasClass(lexicon: Lexicon, word: string | undefined, cls: WordClass): boolean {
  return !!word && (lexicon.classes.get(word)?.has(cls) ?? false);
}

/** A number word ("third", "trzeci", "sáu"), by its spelling. */
export function numberWord(lexicon: Lexicon, t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const lower = t.lower;
  return lexicon.numbers.get(lower) ?? (lower === t.word ? lexicon.numbers.get(t.word) : undefined);
}

/** A mark inside a word written with marks: the apostrophe of "jusqu'à", the dot or slash of "s.d.", "s/d", "m-c". */
function inWordMark(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'punct') return false;
  return t.char === "'" || ((t.char === '.' || t.char === '/' || t.char === '-') && glued(t) && glued(tokens[j + 1]));
}

/** An abbreviation's dot inside a phrase: "sem. zimowy" is "semestr zimowy" written short. */
function abbreviationDot(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'punct' && t.char === '.' && glued(t) && tokens[j + 1]?.kind === 'word';
}

/** The longest phrase of a lexicon map at token i, words only (marks inside a word skipped); tokens it takes. */
export function phraseAt<T>(map: Map<string, Phrase<T>[]>, tokens: Token[], i: number): { value: T; next: number } | undefined {
  const first = wordOf(tokens[i]);
  const list = first ? map.get(first) : undefined;
  if (!list) return undefined;
  for (const p of list) {
    let j = i;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      while (k > 0 && (inWordMark(tokens, j) || abbreviationDot(tokens, j))) j++;
      ok = wordOf(tokens[j]) === p.words[k];
      j++;
    }
    if (ok) return { value: p.value, next: j };
  }
  return undefined;
}

/** A small number: digits, a Roman numeral or a number word, with a glued ordinal suffix ("2nd", "4-ty"), dot or º. */
export function readSmallNumber(tokens: Token[], i: number, env: ParseEnv): { value: number; next: number; word: boolean } | undefined {
  const t = tokens[i];
  let value: number | undefined;
  let word = false;
  if (t && t.kind === 'number' && t.digits.length <= 2) value = t.value;
  else if (t && t.kind === 'word') {
    value = romanValue(t.word) ?? numberWord(env.lexicon, t);
    word = value !== undefined && romanValue(t.word) === undefined;
  }
  if (value === undefined) return undefined;
  let next = i + 1;
  const after = tokens[next];
  if (isNum(t) && after && after.kind === 'word' && glued(after) && hasClass(env.lexicon, after.word, 'ordinalSuffix')) next++;
  else if (isNum(t) && isPunct(after, '-') && glued(after) && glued(tokens[next + 1]) && hasClass(env.lexicon, wordOf(tokens[next + 1]), 'ordinalSuffix')) next += 2;
  else if (isPunct(after, '.') || (isNum(t) && (isPunct(after, 'º') || isPunct(after, '°') || isPunct(after, 'ª')))) next++;
  return { value, next, word };
}

/** Words written after a year: "2014 r.", "2014 roku", "2014 г.", "2014 року". */
const YEAR_SUFFIX = new Set(['r', 'roku', 'rok', 'г', 'года', 'году', 'гг', 'р', 'року', 'рр']);

/** Skip a year suffix and its dot. */
export function skipYearSuffix(tokens: Token[], j: number): number {
  const w = wordOf(tokens[j]);
  if (w && YEAR_SUFFIX.has(w)) {
    j++;
    if (isPunct(tokens[j], '.')) j++;
  }
  return j;
}

const OF_WORDS = new Set(['of', 'roku', 'de', 'del', 'des', 'du', 'do', 'da', 'di', 'dell']);

/** An optional year after a period: "2019", "/2020", "r.", "năm 2020", "'24", "of 2020", "/21". */
export function readYearAfter(tokens: Token[], i: number, env: ParseEnv): { year?: number; next: number; twoDigit?: boolean } {
  let j = i;
  const { lexicon, ctx } = env;
  while (
    isPunct(tokens[j], '.') ||
    isPunct(tokens[j], ',') ||
    (wordOf(tokens[j]) && (hasClass(lexicon, wordOf(tokens[j]), 'year') || OF_WORDS.has(wordOf(tokens[j])!)) && (isYear4(tokens[j + 1]) || isPunct(tokens[j + 1], ',')))
  )
    j++;
  if (isPunct(tokens[j], '/') && isNum(tokens[j + 1], 4)) {
    const t = tokens[j + 1];
    if (t.digits.length === 4) return { year: t.value, next: skipYearSuffix(tokens, j + 2) };
    if (t.digits.length === 2) return { year: expandYear(t.value, ctx), next: j + 2, twoDigit: true };
  }
  if (isPunct(tokens[j], '-') && isYear4(tokens[j + 1]) && glued(tokens[j + 1])) return { year: tokens[j + 1].value, next: skipYearSuffix(tokens, j + 2) };
  if (isYear4(tokens[j])) return { year: tokens[j].value, next: skipYearSuffix(tokens, j + 1) };
  if (isPunct(tokens[j], "'") && isNum(tokens[j + 1]) && tokens[j + 1].digits.length === 2) {
    return { year: expandYear(tokens[j + 1].value, ctx), next: j + 2, twoDigit: true };
  }
  return { next: i };
}

/** A mark or word that joins two numbers of a list or range: ",", "-", "+", "&", "/", "i", "và", "do". */
export function joinsNumbers(t: Token | undefined, lexicon: Lexicon): boolean {
  if (t && t.kind === 'punct') return [',', '-', '+', '&', '/'].includes(t.char);
  const w = wordOf(t);
  return hasClass(lexicon, w, 'list') || hasClass(lexicon, w, 'range');
}

/** A word of a quarter or a half ("kw.", "quý", "półrocze", "Q" glued to its number). */
export function namesQuarterOrHalf(w: string | undefined, lexicon: Lexicon): boolean {
  return hasClass(lexicon, w, 'quarter') || hasClass(lexicon, w, 'half');
}

/**
 * The number at i continues a list or range of quarter or half numbers: "quý 1-2", "Q1, 2", "kw. I, II", "quý I, II
 * và III": walking back over numbers and their connectors reaches a quarter or half word.
 */
export function listsPeriodNumbers(tokens: Token[], i: number, env: ParseEnv): boolean {
  const number = (t: Token | undefined) => isNum(t, 1) || romanValue(wordOf(t) ?? '') !== undefined;
  let j = i - 1;
  for (let n = 0; n < 8 && joinsNumbers(tokens[j], env.lexicon) && number(tokens[j - 1]); n++) {
    j -= 2;
    const w = wordOf(tokens[j]);
    if (w === 'q' || w === 'h' || namesQuarterOrHalf(w, env.lexicon)) return true;
  }
  return false;
}
