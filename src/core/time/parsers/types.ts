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
}

export interface Parser {
  name: string;
  parse(tokens: Token[], i: number, env: ParseEnv): Match | undefined;
}
