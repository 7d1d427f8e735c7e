/**
 * The scanner: walk a segment's tokens, let the parsers turn them into items, and read what no parser
 * takes (dashes and "to" as ranges, commas and "and" as lists, "early"/"late" as modifiers, durations skipped).
 */
import type { Item } from './items';
import { romanValue } from './lexicon';
import type { Lexicon } from './lexicon';
import { lookupMonth } from './months';
import { bare } from './parsers';
import type { Match, ParseEnv, Parser } from './parsers';
import { hasClass, isNum, isPunct, numberWord, wordOf } from './parsers/helpers';
import type { Token } from './tokenize';
import type { TimeWarning } from './types';

export interface Scanned {
  items: Item[];
  /** Words that carry no time and that no list of ours knows: reported, not silently lost. */
  ignored: string[];
  /** "between … and …" was written: the first "and" is a range. */
  between: boolean;
  warnings: TimeWarning[];
  /** A date or period that cannot be was written: the segment reads as nothing. */
  invalid: boolean;
  /** The segment opens with a deadline or an open start. */
  lead?: 'deadline' | 'open-start';
}

/** The longest match at position i; the earlier parser wins a tie. */
function bestMatch(parsers: readonly Parser[], tokens: Token[], i: number, env: ParseEnv): Match | undefined {
  let best: Match | undefined;
  const t = tokens[i];
  for (const p of parsers) {
    if (p.starts && !p.starts(t, i, env)) continue;
    const m = p.parse(tokens, i, env);
    if (m && m.next > i && (!best || m.next > best.next)) best = m;
  }
  return best;
}

const RANGE_CHARS = new Set(['-', '~', '→', '>']);
const LIST_CHARS = new Set([',', '+', '&', '/']);

/** A punctuation mark: a range or a list connector, or nothing. Returns how many tokens it took. */
function punct(tokens: Token[], i: number, out: Scanned): number {
  const t = tokens[i];
  if (RANGE_CHARS.has(t.char) || (t.char === '.' && isPunct(tokens[i + 1], '.'))) {
    out.items.push({ type: 'connector', kind: 'range' });
    return t.char === '.' ? 2 : 1;
  }
  if (LIST_CHARS.has(t.char)) out.items.push({ type: 'connector', kind: 'list' });
  return 1;
}

/** A word no parser took. Returns how many tokens it took. */
function word(tokens: Token[], i: number, env: ParseEnv, out: Scanned): number {
  const { lexicon } = env;
  const t = tokens[i];
  const w = t.word;
  const next = tokens[i + 1];
  // The word's classes looked up once, not once for each class asked about.
  const classes = w ? lexicon.classes.get(w) : undefined;
  const is = (cls: Parameters<typeof hasClass>[2]) => !!classes?.has(cls);
  // "I-II kw.": a Roman numeral before a dash or a quarter word is a number, not Polish "i".
  if (romanValue(w) !== undefined && (isPunct(next, '-') || hasClass(lexicon, wordOf(next), 'quarter') || hasClass(lexicon, wordOf(next), 'half'))) {
    out.items.push({ type: 'bare', value: romanValue(w)!, digits: 0, roman: true });
    return 1;
  }
  if (is('early')) out.items.push({ type: 'modifier', part: 'early' });
  else if (is('mid')) out.items.push({ type: 'modifier', part: 'mid' });
  else if (is('late')) out.items.push({ type: 'modifier', part: 'late' });
  else if (is('between')) out.between = true;
  else if (is('range') && out.items.length > 0) out.items.push({ type: 'connector', kind: 'range' });
  else if (is('list')) out.items.push({ type: 'connector', kind: 'list' });
  else if (!is('filler') && !is('range') && !is('calendarMonth') && !is('year') && !is('relativeMonth') && !is('whole') && !is('week') && !is('day') && !is('weekday')) {
    const b = bare.parse(tokens, i, env);
    if (b && b.item) {
      out.items.push(b.item);
      return b.next - i;
    }
    out.ignored.push(t.raw);
  }
  return 1;
}

/** A number no parser took: a duration ("2 weeks", "3 dni") is skipped, else it is a bare number. */
function number(tokens: Token[], i: number, env: ParseEnv, out: Scanned): number {
  const after = wordOf(tokens[i + 1]);
  if (hasClass(env.lexicon, after, 'week') || hasClass(env.lexicon, after, 'day')) return 2;
  const b = bare.parse(tokens, i, env);
  if (b && b.item) {
    out.items.push(b.item);
    return b.next - i;
  }
  return 1;
}

/** Words the parsers name themselves, not through the lexicon ("Q3", "H1", "thứ 2", "nửa năm", "ngày 5"). */
const PARSER_WORDS = new Set(['q', 'h', 'thu', 'nua', 'ngay', 'mong', 'mung']);

const inertCache = new WeakMap<Lexicon, Map<string, Map<string, boolean>>>();

const halfWords = new WeakMap<Lexicon, Set<string>>();
/** The first words of the two-word half-year phrases ("đầu năm"). */
function halfFirstWords(lexicon: Lexicon): Set<string> {
  let set = halfWords.get(lexicon);
  if (!set) halfWords.set(lexicon, (set = new Set([...lexicon.halfPhrases.keys()].map((k) => k.split(' ')[0]))));
  return set;
}

/**
 * A word no parser can start at and that the scanner only reports as ignored: not in any class or phrase of the
 * lexicon, not a number word, a Roman numeral or a month (however misspelt), not a word a parser names itself.
 * Most words of a prose cell are such words; the scanner passes over them without asking the parsers.
 */
function inert(t: Token, env: ParseEnv): boolean {
  const { lexicon } = env;
  let byLang = inertCache.get(lexicon);
  if (!byLang) inertCache.set(lexicon, (byLang = new Map()));
  const lang = env.ctx.lang ?? '';
  let words = byLang.get(lang);
  if (!words) byLang.set(lang, (words = new Map()));
  let known = words.get(t.lower);
  if (known === undefined) {
    const w = t.word;
    const live =
      lexicon.classes.has(w) || PARSER_WORDS.has(w) || romanValue(w) !== undefined || numberWord(lexicon, t) !== undefined || lookupMonth(w, env.ctx.lang) !== undefined ||
      [lexicon.weekdays, lexicon.deadlines, lexicon.openStarts, lexicon.relativeYears, lexicon.recurring, lexicon.every, lexicon.holidays, lexicon.seasons].some((m) => m.has(w)) ||
      halfFirstWords(lexicon).has(w);
    known = !live;
    if (words.size > 50000) words.clear();
    words.set(t.lower, known);
  }
  return known;
}

export function scan(tokens: Token[], parsers: readonly Parser[], env: ParseEnv, options: { skipInert?: boolean } = {}): Scanned {
  const out: Scanned = { items: [], ignored: [], between: false, warnings: [], invalid: false };
  const skip = options.skipInert !== false;
  let i = 0;
  while (i < tokens.length) {
    if (skip && tokens[i].kind === 'word' && inert(tokens[i], env)) {
      out.ignored.push(tokens[i].raw);
      i++;
      continue;
    }
    const m = bestMatch(parsers, tokens, i, env);
    if (m) {
      if (m.item) out.items.push(m.item);
      if (m.warning) out.warnings.push(m.warning);
      if (m.invalid) out.invalid = true;
      if (m.lead) out.lead = m.lead;
      i = m.next;
      continue;
    }
    const t = tokens[i];
    if (t.kind === 'punct') i += punct(tokens, i, out);
    else if (t.kind === 'word') i += word(tokens, i, env, out);
    else i += isNum(t, 8) ? number(tokens, i, env, out) : 1;
  }
  return out;
}
