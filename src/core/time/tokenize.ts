/** Split one segment of a time cell into number, word and punctuation tokens, in one pass over its character codes. */
import { foldKey } from '../util/text';
import { readingForm } from './spellings';

export interface Token {
  kind: 'number' | 'word' | 'punct';
  /** A number's value (NaN for words and punctuation). */
  value: number;
  /** A number's digits as written ("03"), else "". */
  digits: string;
  /** A word folded (lower case, no diacritics), else "". */
  word: string;
  /** The token as written. */
  raw: string;
  /** The token as written, in lower case and NFC (Vietnamese "năm" keeps its marks). */
  lower: string;
  /** A punctuation character, else "". */
  char: string;
  /** True when white space stands before it (and for the first token). */
  spaceBefore: boolean;
}

/** A word's folded and lower-case forms, kept for the words seen: prose repeats its words. */
const wordForms = new Map<string, { word: string; lower: string }>();
function formsOf(raw: string): { word: string; lower: string } {
  let f = wordForms.get(raw);
  if (f === undefined) {
    if (wordForms.size > 50000) wordForms.clear();
    const lower = raw.normalize('NFC').toLowerCase();
    f = { word: readingForm(raw, foldKey(raw), lower), lower };
    wordForms.set(raw, f);
  }
  return f;
}

/** Punctuation as the parsers read it: every dash a hyphen, every apostrophe "'" ("…" is two dots, below). */
function unify(ch: string, cp: number): string {
  if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63 || cp === 0xff0d) return '-';
  if (cp === 0x2019 || cp === 0x2018 || cp === 0x60 || cp === 0xb4) return "'";
  return ch;
}

const DIGIT = 1;
const LETTER = 2;
const SPACE = 3;
const OTHER = 4;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** The white space between tokens: never a token of its own. */
function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x200b || cp === 0xfeff || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x3000;
}
function classify(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return DIGIT;
  if (isSpace(cp)) return SPACE;
  return LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? LETTER : OTHER;
}
/** The class of each character of the Basic Multilingual Plane, worked out the first time it is seen (0: not yet). */
const classes = new Uint8Array(0x10000);
/** Added to the class of a character written as two UTF-16 units. */
const WIDE = 16;
/** The class of the character at i: a table lookup for the Basic Multilingual Plane, quick for Latin text. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LETTER;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if (c === 0x20) return SPACE;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) return classify(cp) + WIDE;
  }
  let cls = classes[c];
  if (cls === 0) cls = classes[c] = classify(c);
  return cls;
}

function numberToken(digits: string, spaceBefore: boolean): Token {
  return { kind: 'number', value: parseInt(digits, 10), digits, word: '', raw: digits, lower: digits, char: '', spaceBefore };
}
export function wordToken(raw: string, spaceBefore: boolean): Token {
  const { word, lower } = formsOf(raw);
  return { kind: 'word', value: NaN, digits: '', word, raw, lower, char: '', spaceBefore };
}
function punctToken(ch: string, spaceBefore: boolean): Token {
  return { kind: 'punct', value: NaN, digits: '', word: '', raw: ch, lower: ch, char: ch, spaceBefore };
}

/** Where the run of characters of one class that starts at i ends. */
function runEnd(text: string, i: number, cls: number): number {
  let j = i;
  while (j < text.length) {
    const at = classAt(text, j);
    if ((at & 15) !== cls) break;
    j += at >= WIDE ? 2 : 1;
  }
  return j;
}

/**
 * A number, a run of letters and marks, or one other character; white space between them is skipped. One pass
 * over the character codes, each character's class looked up in a table.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let spaceBefore = true;
  let i = 0;
  while (i < text.length) {
    const at = classAt(text, i);
    const cls = at & 15;
    const width = at >= WIDE ? 2 : 1;
    if (cls === SPACE) {
      spaceBefore = true;
      i += width;
      continue;
    }
    if (cls === DIGIT || cls === LETTER) {
      const end = runEnd(text, i, cls);
      const raw = text.slice(i, end);
      out.push(cls === DIGIT ? numberToken(raw, spaceBefore) : wordToken(raw, spaceBefore));
      i = end;
    } else {
      const written = text.slice(i, i + width);
      const cp = written.codePointAt(0) as number;
      if (cp === 0x2026) out.push(punctToken('.', spaceBefore), punctToken('.', false));
      else out.push(punctToken(unify(written, cp), spaceBefore));
      i += width;
    }
    spaceBefore = false;
  }
  return out;
}

/** The character before i and the one at i, white space passed over: what an abbreviation stands between. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  let k = i;
  while (k >= 0 && k < text.length && isSpace(text.charCodeAt(k))) k += step;
  return k >= 0 && k < text.length ? text[k] : '';
}

/**
 * True when the text can hold no time: no digit, no word that names one (`role` of a word as written: 0 a word no
 * parser reads, 1 a function word such as "to" or "the", 2 one that names a time, 3 another language's short month
 * name, which names one only as an abbreviation: with a dot, a dash, a slash or a comma beside it, or among month
 * names only), and at least one word no parser reads, which the scanner would report (so it is not all month names).
 * A line of prose, which then needs no tokens at all.
 */
export function holdsNoTime(text: string, role: (raw: string) => number): boolean {
  let inert = 0;
  let i = 0;
  while (i < text.length) {
    const at = classAt(text, i);
    const cls = at & 15;
    if (cls === DIGIT) return false;
    if (cls === LETTER) {
      const end = runEnd(text, i, cls);
      const r = role(text.slice(i, end));
      if (r === 2) return false;
      if (r === 3) {
        if (isMark(neighbour(text, end, 1)) || isMark(neighbour(text, i - 1, -1))) return false;
      }
      if (r === 0) inert++;
      i = end;
    } else i += at >= WIDE ? 2 : 1;
  }
  return inert > 0;
}

const ABBREVIATION_MARKS = '.-/,\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
const isMark = (ch: string) => ch !== '' && ABBREVIATION_MARKS.includes(ch);
