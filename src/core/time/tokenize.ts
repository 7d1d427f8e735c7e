/** Split one segment of a time cell into number, word and punctuation tokens. */
import { foldKey, unifyDashes } from '../util/text';

/** One token. Fields that do not apply to its kind are empty (v is NaN for words and punctuation). */
export interface Token {
  k: 'num' | 'word' | 'p';
  /** The number's value, its digits, the folded word, the word as written, the punctuation character. */
  v: number;
  s: string;
  w: string;
  raw: string;
  c: string;
  /** True when white space stands before it. */
  sp: boolean;
}

const TOKEN_RE = /(\d+)|([\p{L}\p{M}]+)|(\S)/gu;

export function tokenize(segment: string): Token[] {
  const text = unifyDashes(segment).replace(/…/g, '..').replace(/[’‘`´]/g, "'");
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const idx = m.index ?? 0;
    const sp = idx > last && /\s/.test(text.slice(last, idx)) || out.length === 0;
    last = idx + m[0].length;
    if (m[1] !== undefined) out.push({ k: 'num', v: parseInt(m[1], 10), s: m[1], w: '', raw: m[1], c: '', sp });
    else if (m[2] !== undefined) out.push({ k: 'word', v: NaN, s: '', w: foldKey(m[2]), raw: m[2], c: '', sp });
    else out.push({ k: 'p', v: NaN, s: '', w: '', raw: m[3], c: m[3], sp });
  }
  return out;
}
