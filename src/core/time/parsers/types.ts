/** A parser: at a position in a segment's tokens, the item a few tokens make, or nothing. */
import type { Item } from '../items';
import type { Lexicon } from '../lexicon';
import type { Token } from '../tokenize';
import type { TimeContext, TimeWarning } from '../types';

export interface ParseEnv {
  ctx: TimeContext;
  lexicon: Lexicon;
}

export interface Match {
  /** Nothing for tokens that are read and dropped (a weekday, a time of day). */
  item?: Item;
  /** The index of the first token after the match. */
  next: number;
  warning?: TimeWarning;
  /** A date or period that cannot be ("Q6", "30.02.2019", "tháng 14"): the segment is unreadable. */
  invalid?: boolean;
  /** A word that makes the segment a deadline ("by", "do końca") or an open start ("from", "od"). */
  lead?: 'deadline' | 'open-start';
}

export interface Parser {
  name: string;
  parse(tokens: Token[], i: number, env: ParseEnv): Match | undefined;
  /**
   * What the token at i must be for parse to match there, checked first so that most tokens of a long cell try a
   * few parsers, not all: a necessary condition only, taken from parse's own first test. No guard: always tried.
   * Of a word or a mark it may read only the token, the lexicon and the language, and i only as "first or not":
   * the scanner keeps its answer per word (word-starts.ts).
   */
  starts?(t: Token, i: number, env: ParseEnv): boolean;
}
