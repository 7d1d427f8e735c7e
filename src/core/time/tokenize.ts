/** Split one segment of a time cell into number, word and punctuation tokens. */
import { foldKey, unifyDashes } from '../text';

export type Token =
  | { k: 'num'; v: number; s: string; sp: boolean }
  | { k: 'word'; w: string; raw: string; sp: boolean }
  | { k: 'p'; c: string; sp: boolean };

const TOKEN_RE = /(\d+)|([\p{L}\p{M}]+)|(\S)/gu;

export function tokenize(segment: string): Token[] {
  const text = unifyDashes(segment).replace(/…/g, '..').replace(/[’‘`´]/g, "'");
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const idx = m.index ?? 0;
    const sp = idx > last && /\s/.test(text.slice(last, idx)) || out.length === 0;
    last = idx + m[0].length;
    if (m[1] !== undefined) out.push({ k: 'num', v: parseInt(m[1], 10), s: m[1], sp });
    else if (m[2] !== undefined) out.push({ k: 'word', w: foldKey(m[2]), raw: m[2], sp });
    else out.push({ k: 'p', c: m[3], sp });
  }
  return out;
}
