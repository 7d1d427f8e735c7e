/**
 * The time reader's configuration, as chrono-node's: the parsers and refiners to run, and the lexicon of
 * words, preferring the plan's language where languages share a word.
 */
import type { Lexicon } from './lexicon';
import { getLexicon } from './lexicon';
import { PARSERS } from './parsers';
import type { Parser } from './parsers';
import { REFINERS } from './refiners';
import type { Refiner } from './refiners';

export interface Configuration {
  lexicon: Lexicon;
  parsers: readonly Parser[];
  refiners: readonly Refiner[];
}

const configs = new Map<string, Configuration>();

export function configuration(lang?: string): Configuration {
  const k = lang ?? '';
  let c = configs.get(k);
  if (!c) {
    c = { lexicon: getLexicon(lang), parsers: PARSERS, refiners: REFINERS };
    configs.set(k, c);
  }
  return c;
}
