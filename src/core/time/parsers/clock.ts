/** A time of day, read and dropped: "14:14", "03:54 AM", "lúc 15:08", "godz. 10.30", "9h30". It is never a month or a year. */
import { hasClass, isNum, isPunct, wordOf } from './helpers';
import type { Parser } from './types';

const SUFFIX = new Set(['am', 'pm', 'h', 'uhr', 'gio']);

export const clock: Parser = {
  name: 'clock',
  starts: (t, _i, env) => t.kind === 'number' || hasClass(env.lexicon, wordOf(t), 'clock'),
  parse(tokens, i, env) {
    let j = i;
    let word = false;
    if (hasClass(env.lexicon, wordOf(tokens[j]), 'clock')) {
      word = true;
      j++;
      if (isPunct(tokens[j], '.')) j++;
    }
    const h = tokens[j];
    const sep = tokens[j + 1];
    const m = tokens[j + 2];
    if (!isNum(h) || h.value > 24 || !m || m.kind !== 'number' || m.digits.length !== 2 || m.value > 59) return undefined;
    const ok = isPunct(sep, ':') || (wordOf(sep) === 'h' && !sep.spaceBefore) || (word && isPunct(sep, '.'));
    if (!ok) return undefined;
    let next = j + 3;
    if (isPunct(tokens[next], ':') && isNum(tokens[next + 1])) next += 2;
    if (SUFFIX.has(wordOf(tokens[next]) ?? '')) next++;
    return { next };
  },
};
