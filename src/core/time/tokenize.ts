/** Split one segment of a time cell into number, word and punctuation tokens, in one pass over its characters. */
import { foldKey, unifyDashes } from '../util/text';

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
function isLetter(ch: string, code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && LETTER.test(ch);
}
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

export function tokenize(segment: string): Token[] {
  const text = unifyDashes(segment).replace(/…/g, '..').replace(/[’‘`´]/g, "'");
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
    } else if (isLetter(text[i], code)) {
      while (i < n && isLetter(text[i], text.charCodeAt(i))) i++;
      const raw = text.slice(start, i);
      out.push({ kind: 'word', value: NaN, digits: '', word: foldKey(raw), raw, lower: raw.normalize('NFC').toLowerCase(), char: '', spaceBefore: space });
    } else {
      // One character, or a surrogate pair.
      const cp = text.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      out.push({ kind: 'punct', value: NaN, digits: '', word: '', raw: ch, lower: ch, char: ch, spaceBefore: space });
    }
    space = false;
  }
  return out;
}
