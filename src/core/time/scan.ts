/**
 * The scanner: walk a segment's tokens, let the parsers turn them into items, and read what no parser
 * takes (dashes and "to" as ranges, commas and "and" as lists, "early"/"late" as modifiers, durations skipped).
 */
import type { Item } from './items';
import { yearPeriod } from './items';
import { romanValue } from './lexicon';
import { bare } from './parsers';
import type { Match, ParseEnv, Parser } from './parsers';
import { glued, hasClass, isNum, isPunct, isYear4, joinsNumbers, namesQuarterOrHalf, phraseAt, wordOf } from './parsers/helpers';
import type { Token } from './tokenize';
import type { TimeWarning } from './types';
import { isInert, knownWords } from './word-starts';
import type { WordStart } from './word-starts';

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

/**
 * The longest match at position i; between two of the same length a reading beats a refusal ("KW 12 2025" is a
 * calendar week, not a quarter 12), then the earlier parser wins. Guards are asked unless the list is the token's
 * own starters.
 */
function bestMatch(parsers: readonly Parser[], tokens: Token[], i: number, env: ParseEnv, guarded = true): Match | undefined {
  let best: Match | undefined;
  const t = tokens[i];
  for (const p of parsers) {
    if (guarded && p.starts && !p.starts(t, i, env)) continue;
    const m = p.parse(tokens, i, env);
    if (m && m.next > i && (!best || m.next > best.next || (m.next === best.next && best.invalid && !m.invalid))) best = m;
  }
  return best;
}

const RANGE_CHARS = new Set(['-', '~', '→', '>']);
const LIST_CHARS = new Set([',', '+', '&', '/']);

/** A punctuation mark: a range or a list connector, or nothing. Returns how many tokens it took. */
function punct(tokens: Token[], i: number, out: Scanned): number {
  const t = tokens[i];
  if (RANGE_CHARS.has(t.char) || (t.char === '.' && isPunct(tokens[i + 1], '.'))) {
    // A dash right after a range word joins nothing more: "sampai ke-3" is "to the 3rd".
    if (out.items[out.items.length - 1]?.type !== 'connector') out.items.push({ type: 'connector', kind: 'range' });
    return t.char === '.' ? 2 : 1;
  }
  // "quý I-II/2025": a slash between a bare number and a year gives the number its year; it lists nothing.
  if (t.char === '/' && out.items[out.items.length - 1]?.type === 'bare' && glued(t) && isYear4(tokens[i + 1]) && glued(tokens[i + 1])) return 1;
  if (LIST_CHARS.has(t.char)) out.items.push({ type: 'connector', kind: 'list' });
  return 1;
}

/**
 * Roman numerals listed before a quarter or half word: "III kw.", "I, II kw.", "I i II kw.", "I + II półrocze". The
 * first of them is a number, not the Polish "i" (and), though "i" between them is.
 */
function romanChain(tokens: Token[], i: number, lexicon: ParseEnv['lexicon']): boolean {
  let j = i;
  for (let n = 0; n < 12 && romanValue(wordOf(tokens[j]) ?? '') !== undefined; n++) {
    if (namesQuarterOrHalf(wordOf(tokens[++j]), lexicon)) return true;
    if (!joinsNumbers(tokens[j], lexicon)) return false;
    j++;
  }
  return false;
}

/**
 * "Start: March, End: June", "từ tháng 2, kết thúc tháng 6": an end word after a period, as a label (a colon
 * after it) or after a comma, makes the two one range. Returns how many tokens it took, or 0.
 */
function endLabel(tokens: Token[], i: number, next: number, out: Scanned): number {
  const last = out.items[out.items.length - 1];
  const labelled = isPunct(tokens[next], ':');
  const afterList = last?.type === 'connector' && last.kind === 'list';
  if (!out.items.some((it) => it.type === 'period') || (!labelled && !afterList)) return 0;
  if (afterList) out.items.pop();
  out.items.push({ type: 'connector', kind: 'range' });
  return (labelled ? next + 1 : next) - i;
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
  // A class word of several words or letters ("w ciągu", "s.d.") is read whole.
  const phrase = phraseAt(lexicon.classPhrases, tokens, i);
  if (phrase?.value === 'endLabel' || (!phrase && is('endLabel'))) {
    const took = endLabel(tokens, i, phrase ? phrase.next : i + 1, out);
    if (took) return took;
    // Before any period ("hoàn thành trước 31/12", "Kết thúc: tháng 6") the label says nothing of the time.
    if (phrase && out.items.length === 0) return phrase.next - i;
  }
  // "the turn of 2014 and 2015": a turn written in several words.
  if (phrase?.value === 'turn') {
    out.items.push({ type: 'modifier', part: 'turn' });
    return phrase.next - i;
  }
  if (phrase && (['range', 'list', 'filler'] as const).some((c) => c === phrase.value)) {
    if (phrase.value === 'list' || (phrase.value === 'range' && out.items.length > 0)) out.items.push({ type: 'connector', kind: phrase.value });
    return phrase.next - i;
  }
  // "I-II kw.": a Roman numeral before a dash or a quarter word is a number, not Polish "i".
  if (romanValue(w) !== undefined && (isPunct(next, '-') || romanChain(tokens, i, lexicon))) {
    out.items.push({ type: 'bare', value: romanValue(w)!, digits: 0, roman: true });
    return 1;
  }
  // "Giai đoạn 2025-2030", "Phase 2025–2026": a stage named by its years is those years, and its word adds nothing.
  if ((phrase?.value === 'stage' || (!phrase && is('stage'))) && isYear4(tokens[phrase ? phrase.next : i + 1])) return phrase ? phrase.next - i : 1;
  // "Đợt 1: tháng 3", "Phase 2 (Q3)", "etap II": the stage's number is no time.
  if (is('stage') && (isNum(next) || romanValue(wordOf(next) ?? '') !== undefined)) return 2;
  // "do końca roku", "đến cuối năm", "by the end of the year": a year word after a modifier or a deadline, with no
  // year written after it, is the plan's year.
  if (is('year') && !isYear4(next) && !isNum(next) && namesPlanYear(out)) {
    out.items.push(yearPeriod(undefined));
    return 1;
  }
  if (is('early')) out.items.push({ type: 'modifier', part: 'early' });
  else if (is('mid')) out.items.push({ type: 'modifier', part: 'mid' });
  else if (is('late')) out.items.push({ type: 'modifier', part: 'late' });
  else if (is('turn')) out.items.push({ type: 'modifier', part: 'turn' });
  else if (is('between')) out.between = true;
  // A range or list word joins two times: after nothing, or after "end of", it is another language's "of" ("fim do ano").
  else if (is('range') && joinsFrom(out)) out.items.push({ type: 'connector', kind: 'range' });
  else if (is('list') && joinsFrom(out)) out.items.push({ type: 'connector', kind: 'list' });
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

/** Something a connector can join from: the last item is a period, a number or a relative period. */
function joinsFrom(out: Scanned): boolean {
  const last = out.items[out.items.length - 1];
  return last !== undefined && last.type !== 'modifier' && last.type !== 'connector';
}

/** The scan so far is a modifier ("koniec", "cuối", "end of the") or a deadline with no period yet ("do", "by the"). */
function namesPlanYear(out: Scanned): boolean {
  const last = out.items[out.items.length - 1];
  return last?.type === 'modifier' || (out.lead === 'deadline' && !out.items.some((it) => it.type === 'period'));
}

/** A number no parser took: a duration ("2 weeks", "3 dni") is skipped, else it is a bare number. */
function number(tokens: Token[], i: number, env: ParseEnv, out: Scanned, known?: (t: Token) => WordStart): number {
  const unit = (t: Token | undefined) => hasClass(env.lexicon, wordOf(t), 'week') || hasClass(env.lexicon, wordOf(t), 'day');
  const after = tokens[i + 1];
  // A duration ("2 weeks", "3 dni"), a count of times ("(2 lần)", "2x") or of rounds ("3 đợt") says nothing of when.
  if (unit(after) || hasClass(env.lexicon, wordOf(after), 'times') || hasClass(env.lexicon, wordOf(after), 'stage')) return 2;
  // Nor does a count of things ("3 sessions", "5 buổi", "20 osób"): a small number before a word no parser reads.
  if (after?.kind === 'word' && after.spaceBefore && tokens[i].digits.length <= 3 && (known ? known(after).inert : isInert(after, env))) return 1;
  const b = bare.parse(tokens, i, env);
  // An ordinal of a week or day ("2nd week of May", "2. Woche", "w 2. tygodniu maja") places the time inside the
  // month that follows: it is not a month of its own.
  if (b && b.next > i + 1 && unit(tokens[b.next])) return b.next + 1 - i;
  if (unit(tokens[i + 2]) && isPunct(tokens[i + 1], '.') && glued(tokens[i + 1])) return 3;
  if (b && b.item) {
    out.items.push(b.item);
    return b.next - i;
  }
  return 1;
}

/** The match at token i: from the parsers that can start at its word or mark (known once per word), or from all. */
function matchAt(tokens: Token[], i: number, parsers: readonly Parser[], env: ParseEnv, known: ((t: Token) => WordStart) | undefined): Match | undefined {
  const t = tokens[i];
  if (!known || t.kind === 'number' || i === 0) return bestMatch(parsers, tokens, i, env);
  const start = known(t);
  return start.parsers.length === 0 ? undefined : bestMatch(start.parsers, tokens, i, env, false);
}

/**
 * Scan a segment's tokens. `known: false` asks every parser at every token, as the definition of the reading;
 * by default inert words are passed over and each word or mark asks only the parsers that can start at it.
 */
export function scan(tokens: Token[], parsers: readonly Parser[], env: ParseEnv, options: { known?: boolean } = {}): Scanned {
  const out: Scanned = { items: [], ignored: [], between: false, warnings: [], invalid: false };
  const known = options.known !== false ? knownWords(parsers, env) : undefined;
  let i = 0;
  while (i < tokens.length) {
    if (known && tokens[i].kind === 'word' && known(tokens[i]).inert) {
      out.ignored.push(tokens[i].raw);
      i++;
      continue;
    }
    const m = matchAt(tokens, i, parsers, env, known);
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
    else i += isNum(t, 8) ? number(tokens, i, env, out, known) : 1;
  }
  return out;
}
