/** Split one segment of a time cell into number, word and punctuation tokens, in one pass over its characters. */
import { foldKey } from '../util/text';

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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Letters and marks by code unit, past ASCII: asked of the regular expression once per character. */
const letterCodes = new Map<number, boolean>();
function isLetter(text: string, i: number, code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code <= 127) return false;
  // Latin-1 letters, Latin Extended A and B, combining marks, Vietnamese: the letters of most plans.
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1ea0 && code <= 0x1ef9)) return true;
  let known = letterCodes.get(code);
  if (known === undefined) {
    known = LETTER.test(text[i]);
    letterCodes.set(code, known);
  }
  return known;
}

/** A word's folded and lower-case forms, kept for the words seen: prose repeats its words. */
const wordForms = new Map<string, { word: string; lower: string }>();
function formsOf(raw: string): { word: string; lower: string } {
  let f = wordForms.get(raw);
  if (f === undefined) {
    if (wordForms.size > 50000) wordForms.clear();
    f = { word: foldKey(raw), lower: raw.normalize('NFC').toLowerCase() };
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
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let space = true;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(code)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const digits = text.slice(start, i);
      out.push({ kind: 'number', value: parseInt(digits, 10), digits, word: '', raw: digits, lower: digits, char: '', spaceBefore: space });
    } else if (isLetter(text, i, code)) {
      while (i < n && isLetter(text, i, text.charCodeAt(i))) i++;
      const raw = text.slice(start, i);
      const { word, lower } = formsOf(raw);
      out.push({ kind: 'word', value: NaN, digits: '', word, raw, lower, char: '', spaceBefore: space });
    } else {
      // One character, or a surrogate pair.
      const cp = text.codePointAt(i) as number;
      const written = String.fromCodePoint(cp);
      i += written.length;
      if (cp === 0x2026) {
        out.push({ kind: 'punct', value: NaN, digits: '', word: '', raw: '.', lower: '.', char: '.', spaceBefore: space }, { kind: 'punct', value: NaN, digits: '', word: '', raw: '.', lower: '.', char: '.', spaceBefore: false });
      } else {
        const ch = unify(written, cp);
        out.push({ kind: 'punct', value: NaN, digits: '', word: '', raw: ch, lower: ch, char: ch, spaceBefore: space });
      }
    }
    space = false;
  }
  return out;
}
