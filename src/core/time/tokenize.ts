/** Split one segment of a time cell into number, word and punctuation tokens, in one pass of a regular expression. */
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

/**
 * A number, a run of letters and marks, or one other character; white space between them is skipped. The
 * regular expression walks the characters natively, so a long prose cell costs a step per token, not per letter.
 */
const TOKEN = /([0-9]+)|([\p{L}\p{M}]+)|([^ \t\n\r\u00a0\u200b\ufeff\u2000-\u200a\u3000])/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let end = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const spaceBefore = out.length === 0 || m.index > end;
    end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const digits = m[1];
      out.push({ kind: 'number', value: parseInt(digits, 10), digits, word: '', raw: digits, lower: digits, char: '', spaceBefore });
    } else if (m[2] !== undefined) {
      const raw = m[2];
      const { word, lower } = formsOf(raw);
      out.push({ kind: 'word', value: NaN, digits: '', word, raw, lower, char: '', spaceBefore });
    } else {
      const written = m[3];
      const cp = written.codePointAt(0) as number;
      if (cp === 0x2026) {
        out.push({ kind: 'punct', value: NaN, digits: '', word: '', raw: '.', lower: '.', char: '.', spaceBefore }, { kind: 'punct', value: NaN, digits: '', word: '', raw: '.', lower: '.', char: '.', spaceBefore: false });
      } else {
        const ch = unify(written, cp);
        out.push({ kind: 'punct', value: NaN, digits: '', word: '', raw: ch, lower: ch, char: ch, spaceBefore });
      }
    }
  }
  return out;
}
