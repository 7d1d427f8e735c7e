/** A number no other parser took: its unit comes from its neighbours ("T4,5,6", "02 – 04/09", "30 - 31 maja"). Tried last. */
import { romanValue } from '../lexicon';
import { readSmallNumber } from './helpers';
import type { Parser } from './types';

export const bare: Parser = {
  name: 'bare',
  parse(tokens, i, env) {
    const t = tokens[i];
    const n = readSmallNumber(tokens, i, env);
    if (!n) return undefined;
    if (t.kind === 'word' && romanValue(t.word) === undefined) return undefined;
    return { item: { type: 'bare', value: n.value, digits: t.kind === 'number' ? t.digits.length : 0, roman: t.kind === 'word' }, next: n.next };
  },
};
