/**
 * What the scanner knows of a word or a mark before it asks the parsers, kept per word: whether it is inert (no
 * parser can start at it and the scanner only reports it as ignored), and which parsers can start at it. A
 * parser's guard of a word or a mark reads only the token, the lexicon and the language (Parser.starts), so
 * the answer holds wherever the word stands after a segment's first token.
 */
import type { Lexicon, Phrase } from './lexicon';
import { romanValue } from './lexicon';
import { lookupMonth } from './months';
import { numberWord } from './parsers/helpers';
import type { ParseEnv, Parser } from './parsers';
import { PARSER_WORDS } from './spellings';
import type { Token } from './tokenize';
import { wordToken } from './tokenize';
import { foldKey } from '../util/text';

export interface WordStart {
  inert: boolean;
  /** The parsers whose guard takes this token after the first position. */
  parsers: readonly Parser[];
}

/** The parsers' own words, folded as tokens are. */
const PARSER_KEYS = new Set(PARSER_WORDS.map(foldKey));

const halfWords = new WeakMap<Lexicon, Set<string>>();
/** The first words of the two-word half-year phrases ("đầu năm"). */
function halfFirstWords(lexicon: Lexicon): Set<string> {
  let set = halfWords.get(lexicon);
  if (!set) halfWords.set(lexicon, (set = new Set([...lexicon.halfPhrases.keys()].map((k) => k.split(' ')[0]))));
  return set;
}

/** The lexicon's maps of phrases that name a time by their first word: a weekday, "next year", "monthly", "Tết", "summer" … */
function namingMaps(l: Lexicon): Map<string, Phrase<unknown>[]>[] {
  return [l.weekdays, l.relativeYears, l.recurring, l.holidays, l.seasons, l.yearSeasons, l.schoolTerms, l.schoolYears];
}

/** … and those of phrases that only join, open or close one: "w ciągu", "by the end of", "from", "onwards", "every". */
function joiningMaps(l: Lexicon): Map<string, unknown>[] {
  return [l.classPhrases, l.deadlines, l.openStarts, l.openEnds, l.deadlinesAfter, l.every];
}

/**
 * Not in any class or phrase of the lexicon, not a number word, a Roman numeral or a month (however misspelt),
 * not a word a parser names itself: most words of a prose cell.
 */
export function isInert(t: Token, env: ParseEnv): boolean {
  if (t.kind !== 'word') return false;
  const { lexicon } = env;
  const w = t.word;
  const live =
    lexicon.classes.has(w) || PARSER_KEYS.has(w) || romanValue(w) !== undefined || numberWord(lexicon, t) !== undefined || lookupMonth(w, env.ctx.lang) !== undefined ||
    namingMaps(lexicon).some((m) => m.has(w)) || joiningMaps(lexicon).some((m) => m.has(w)) ||
    halfFirstWords(lexicon).has(w);
  return !live;
}

type ByWord = Map<string, WordStart>;
const cache = new WeakMap<readonly Parser[], WeakMap<Lexicon, Map<string, ByWord>>>();

function wordsOf(parsers: readonly Parser[], env: ParseEnv): ByWord {
  let byLexicon = cache.get(parsers);
  if (!byLexicon) cache.set(parsers, (byLexicon = new WeakMap()));
  let byLang = byLexicon.get(env.lexicon);
  if (!byLang) byLexicon.set(env.lexicon, (byLang = new Map()));
  const lang = env.ctx.lang ?? '';
  let words = byLang.get(lang);
  if (!words) byLang.set(lang, (words = new Map()));
  return words;
}

/**
 * What the scanner knows of words and marks under these parsers, lexicon and language: one lookup per token (not a
 * number: a number's guards read the column's patterns too).
 */
export function knownWords(parsers: readonly Parser[], env: ParseEnv): (t: Token) => WordStart {
  const words = wordsOf(parsers, env);
  return (t) => {
    let known = words.get(t.lower);
    if (known === undefined) {
      known = { inert: isInert(t, env), parsers: parsers.filter((p) => !p.starts || p.starts(t, 1, env)) };
      if (words.size > 50000) words.clear();
      words.set(t.lower, known);
    }
    return known;
  };
}

/** Word classes that name a time by themselves or with a number: a line without them, a number or a name reads as nothing. */
const ANCHOR_CLASSES = ['calendarMonth', 'quarter', 'half', 'year', 'relativeMonth', 'week', 'day', 'weekday'] as const;

/** The parsers' letters that name a time only glued to digits ("Q3", "H1", "W5", "CW12", "wk 3"): no anchor in prose. */
const WITH_DIGITS = new Set(['q', 'h', 'w', 'cw', 'wk']);

/** A word that names a time by itself, as a month, a quarter or a year word does (another language's short month name only beside a mark). */
function namesByItself(w: string, env: ParseEnv): boolean {
  const classes = env.lexicon.classes.get(w);
  if (classes && ANCHOR_CLASSES.some((c) => classes.has(c))) return true;
  const month = lookupMonth(w, env.ctx.lang);
  return month !== undefined && !(month.foreign && month.kind === 'exact');
}

/**
 * A naming phrase starts at the word ("summer", "Boże Narodzenie"), unless every phrase it starts holds a later word
 * that names a time by itself ("w tym roku": a line with it holds "roku"), read as written. A frequency is read with
 * its unit misspelt ("every quaarter", recurring.ts): its first word always counts.
 */
function startsNaming(w: string, env: ParseEnv): boolean {
  const { lexicon } = env;
  if (lexicon.recurring.has(w)) return true;
  return namingMaps(lexicon).some((m) => m.get(w)?.some((p) => !p.words.slice(1).some((x) => namesByItself(x, env))));
}

/**
 * What a word can add to a line with no digit in it: nothing at all (inert, reported as ignored), only a joint or a
 * modifier ("to", "the", "and", "by", "end": a function word, which makes no time alone), or a time (an anchor: a
 * month, a quarter or year word, a season, a holiday, a number word, a Roman numeral in capitals, a frequency …), or
 * an anchor only beside a mark ('foreign': another language's short month name, "out" in English, or a Roman numeral of
 * one letter or in lower case, Polish "i" and "w": "I-II kw.", "IX–XII").
 */
export function wordRole(t: Token, env: ParseEnv): 'inert' | 'function' | 'foreign' | 'anchor' {
  if (isInert(t, env)) return 'inert';
  const { lexicon } = env;
  const w = t.word;
  const classes = lexicon.classes.get(w);
  if (classes && ANCHOR_CLASSES.some((c) => classes.has(c))) return 'anchor';
  if (PARSER_KEYS.has(w) && !WITH_DIGITS.has(w)) return 'anchor';
  if (startsNaming(w, env) || halfFirstWords(lexicon).has(w)) return 'anchor';
  const phrases = lexicon.classPhrases.get(w);
  if (phrases?.some((p) => (ANCHOR_CLASSES as readonly string[]).includes(p.value))) return 'anchor';
  const month = lookupMonth(w, env.ctx.lang);
  // Another language's short month name ("out" in English) names a month only as an abbreviation (month-name.ts).
  if (month) return month.foreign && month.kind === 'exact' ? 'foreign' : 'anchor';
  if (romanValue(w) !== undefined) return t.raw.length > 1 && t.raw === t.raw.toUpperCase() ? 'anchor' : 'foreign';
  // A number word counts a frequency whose unit may be misspelt ("one quaarter", recurring.ts): an anchor.
  return numberWord(lexicon, t) !== undefined ? 'anchor' : 'function';
}

const rolesByLexicon = new WeakMap<Lexicon, Map<string, (raw: string) => number>>();

/**
 * wordRole of a word as written, as a number (0 inert, 1 function word, 2 anchor, 3 another language's short month
 * name), remembered per word under this
 * lexicon and language: for the prose check before tokens.
 */
export function proseRoles(env: ParseEnv): (raw: string) => number {
  let byLang = rolesByLexicon.get(env.lexicon);
  if (!byLang) rolesByLexicon.set(env.lexicon, (byLang = new Map()));
  const lang = env.ctx.lang ?? '';
  let fn = byLang.get(lang);
  if (!fn) {
    const seen = new Map<string, number>();
    fn = (raw) => {
      let role = seen.get(raw);
      if (role === undefined) {
        const r = wordRole(wordToken(raw, false), env);
        role = r === 'inert' ? 0 : r === 'function' ? 1 : r === 'foreign' ? 3 : 2;
        if (seen.size > 50000) seen.clear();
        seen.set(raw, role);
      }
      return role;
    };
    byLang.set(lang, fn);
  }
  return fn;
}
