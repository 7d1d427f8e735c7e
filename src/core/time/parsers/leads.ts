/**
 * Words that open a segment and change what its one period means: a deadline ("by end of June", "do końca maja",
 * "đến hết tháng 6", "jusqu'à fin juin", "bis Ende Q2", "until 2025") or an open start ("from April", "od kwietnia",
 * "từ tháng 4"), after nothing but filler words ("w terminie do 30.06", "hoàn thành trước 31/12"), or a word after
 * the period that leaves its end open ("May 2025 onwards", "de marzo en adelante") or makes it a deadline (Turkish
 * "Haziran'a kadar"). The scanner passes them on; the
 * open-ends refiner makes the spans.
 */
import { hasClass, phraseAt } from './helpers';
import { recurring } from './recurring';
import { relativeYear } from './relative-year';
import type { ParseEnv, Parser } from './types';
import type { Token } from '../tokenize';

/** A frequency at token k, as its own parsers read it ("monthly", "every quarter", "co miesiąc", "annually"): where it ends. */
function frequencyEnd(tokens: Token[], k: number, env: ParseEnv): number | undefined {
  const m = recurring.parse(tokens, k, env) ?? relativeYear.parse(tokens, k, env);
  return m?.item?.type === 'period' && m.item.recurring ? m.next : undefined;
}

/** Only filler words, end labels, frequencies and marks before token i: "w terminie do …", "hoàn thành trước …", "Deadline: by …", "monthly from …". */
function opensSegment(tokens: Token[], i: number, env: ParseEnv): boolean {
  const { lexicon } = env;
  let k = 0;
  while (k < i) {
    const t = tokens[k];
    if (t.kind === 'number') return false;
    if (t.kind === 'punct') {
      k++;
      continue;
    }
    const phrase = phraseAt(lexicon.classPhrases, tokens, k);
    // "monthly from May", "co miesiąc od marca": a frequency leaves the open start its own.
    const every = frequencyEnd(tokens, k, env);
    if (phrase && (phrase.value === 'filler' || phrase.value === 'endLabel') && phrase.next <= i) k = phrase.next;
    else if (every !== undefined && every <= i) k = every;
    else if (hasClass(lexicon, t.word, 'filler') || hasClass(lexicon, t.word, 'endLabel')) k++;
    else return false;
  }
  return true;
}

export const leads: Parser = {
  name: 'leads',
  starts: (t, i, env) => i === 0 || env.lexicon.openEnds.has(t.word) || env.lexicon.deadlinesAfter.has(t.word) || env.lexicon.deadlines.has(t.word) || env.lexicon.openStarts.has(t.word),
  parse(tokens, i, env) {
    // "May 2025 onwards", "từ tháng 3 trở đi", "ongoing from May 2025": the period's end is left open.
    const end = phraseAt(env.lexicon.openEnds, tokens, i);
    if (end) return { next: end.next, lead: 'open-start' };
    // "Haziran'a kadar": a deadline written after its period.
    const by = i > 0 ? phraseAt(env.lexicon.deadlinesAfter, tokens, i) : undefined;
    if (by) return { next: by.next, lead: 'deadline' };
    if (i > 0 && !opensSegment(tokens, i, env)) return undefined;
    const d = phraseAt(env.lexicon.deadlines, tokens, i);
    const o = phraseAt(env.lexicon.openStarts, tokens, i);
    if (d && (!o || d.next >= o.next)) return { next: d.next, lead: 'deadline' };
    if (o) return { next: o.next, lead: 'open-start' };
    return undefined;
  },
};
