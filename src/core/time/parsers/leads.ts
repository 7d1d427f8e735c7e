/**
 * Words that open a segment and change what its one period means: a deadline ("by end of June", "do końca maja",
 * "đến hết tháng 6", "jusqu'à fin juin", "bis Ende Q2", "until 2025") or an open start ("from April", "od kwietnia",
 * "từ tháng 4"). The scanner passes them on; the open-ends refiner makes the spans.
 */
import { phraseAt } from './helpers';
import type { Parser } from './types';

export const leads: Parser = {
  name: 'leads',
  starts: (_t, i) => i === 0,
  parse(tokens, i, env) {
    if (i > 0) return undefined;
    const d = phraseAt(env.lexicon.deadlines, tokens, i);
    const o = phraseAt(env.lexicon.openStarts, tokens, i);
    if (d && (!o || d.next >= o.next)) return { next: d.next, lead: 'deadline' };
    if (o) return { next: o.next, lead: 'open-start' };
    return undefined;
  },
};
