/**
 * Words that open a segment and change what its one period means: a deadline ("by end of June", "do końca maja",
 * "đến hết tháng 6", "jusqu'à fin juin", "bis Ende Q2", "until 2025") or an open start ("from April", "od kwietnia",
 * "từ tháng 4"), or a word after the period that leaves its end open ("May 2025 onwards", "de marzo en adelante"). The
 * scanner passes them on; the open-ends refiner makes the spans.
 */
import { phraseAt } from './helpers';
import type { Parser } from './types';

export const leads: Parser = {
  name: 'leads',
  starts: (t, i, env) => i === 0 || env.lexicon.openEnds.has(t.word),
  parse(tokens, i, env) {
    // "May 2025 onwards", "từ tháng 3 trở đi", "ongoing from May 2025": the period's end is left open.
    const end = phraseAt(env.lexicon.openEnds, tokens, i);
    if (end) return { next: end.next, lead: 'open-start' };
    if (i > 0) return undefined;
    const d = phraseAt(env.lexicon.deadlines, tokens, i);
    const o = phraseAt(env.lexicon.openStarts, tokens, i);
    if (d && (!o || d.next >= o.next)) return { next: d.next, lead: 'deadline' };
    if (o) return { next: o.next, lead: 'open-start' };
    return undefined;
  },
};
