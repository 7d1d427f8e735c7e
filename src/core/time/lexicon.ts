/**
 * The time words of the registered languages as one lookup, built once per preferred language. A word a
 * language pack lists has the classes of every pack that lists it; when the plan's language lists the word,
 * only that language's classes count ("do" is "until" in Polish, "of the" in Portuguese).
 */
import { PACKS } from '../lang';
import type { TimeWords } from '../lang';
import { foldKey } from '../util/text';

export type WordClass =
  | 'quarter' | 'half' | 'calendarMonth' | 'relativeMonth' | 'year' | 'range' | 'list' | 'between' | 'filler' | 'week' | 'day'
  | 'early' | 'mid' | 'late' | 'turn' | 'ordinalSuffix' | 'whole' | 'weekday' | 'clock' | 'stage' | 'final' | 'endLabel' | 'times' | 'after';

const CLASS_KEYS: { cls: WordClass; key: keyof TimeWords }[] = [
  { cls: 'quarter', key: 'quarter' }, { cls: 'half', key: 'half' }, { cls: 'calendarMonth', key: 'calendarMonth' }, { cls: 'relativeMonth', key: 'relativeMonth' },
  { cls: 'year', key: 'year' }, { cls: 'range', key: 'range' }, { cls: 'list', key: 'list' }, { cls: 'between', key: 'between' }, { cls: 'filler', key: 'filler' },
  { cls: 'week', key: 'week' }, { cls: 'day', key: 'day' }, { cls: 'early', key: 'early' }, { cls: 'mid', key: 'mid' }, { cls: 'late', key: 'late' }, { cls: 'turn', key: 'turn' },
  { cls: 'ordinalSuffix', key: 'ordinalSuffix' }, { cls: 'whole', key: 'whole' }, { cls: 'weekday', key: 'weekdays' }, { cls: 'clock', key: 'clock' },
  { cls: 'stage', key: 'stage' }, { cls: 'final', key: 'final' }, { cls: 'endLabel', key: 'endLabel' }, { cls: 'times', key: 'times' }, { cls: 'after', key: 'after' },
];

/** A phrase of several words, folded, with what it means. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** A holiday's day: fixed, Easter's, or a day of the lunar calendar (with its usual Gregorian day, for a runtime without one). */
export type Holiday = [number, number] | 'easter' | 'easter-monday' | { lunar: [number, number]; usual: [number, number] };

export interface Lexicon {
  classes: Map<string, Set<WordClass>>;
  /** Class words of several words or letters ("w ciągu", Indonesian "s.d."), by their first folded word. */
  classPhrases: Map<string, Phrase<WordClass>[]>;
  /** Number words by their lower-case spelling ("sáu" is six, "sau" is "after"); words without diacritics by their folded form too. */
  numbers: Map<string, number>;
  /** The number words that order ("first", "drugi", "второй"), lower case and folded: "first week" is the plan's first week. */
  ordinals: Set<string>;
  /** Seasons by their first folded word ("summer", "mùa hè"), longest first. */
  seasons: Map<string, Phrase<[number, number]>[]>;
  /** Terms of a school year by their word ("học kỳ", "semestr"): each term's months. */
  schoolTerms: Map<string, Phrase<[number, number][]>[]>;
  /** Seasons named only before a year ("Hè 2025"). */
  yearSeasons: Map<string, Phrase<[number, number]>[]>;
  /** School and academic years: the month they start in and the month of the next year they end in. */
  schoolYears: Map<string, Phrase<[number, number]>[]>;
  halfPhrases: Map<string, number>;
  /** Multi-word phrases by their first folded word, longest first. */
  weekdays: Map<string, Phrase<true>[]>;
  deadlines: Map<string, Phrase<true>[]>;
  openStarts: Map<string, Phrase<true>[]>;
  /** Words after a period that leave its end open: "onwards", "trở đi", "en adelante". */
  openEnds: Map<string, Phrase<true>[]>;
  /** Words after a period that make it a deadline: "kadar" (Turkish). */
  deadlinesAfter: Map<string, Phrase<true>[]>;
  relativeYears: Map<string, Phrase<number | 'every'>[]>;
  recurring: Map<string, Phrase<true>[]>;
  every: Map<string, Phrase<true>[]>;
  holidays: Map<string, Phrase<Holiday>[]>;
}

function key(word: string): string {
  return word.length === 1 && !/\p{L}/u.test(word) ? word : foldKey(word);
}

function addPhrase<T>(map: Map<string, Phrase<T>[]>, text: string, value: T): void {
  const words = foldKey(text.replace(/'/g, ' ')).split(' ').filter(Boolean);
  if (words.length === 0) return;
  const list = map.get(words[0]) ?? [];
  if (!list.some((p) => p.words.join(' ') === words.join(' '))) list.push({ words, value });
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(words[0], list);
}

function addClasses(lex: Lexicon, own: Map<string, Set<WordClass>>, pack: TimeWords, preferred: boolean): void {
  const { classes } = lex;
  for (const { cls, key: k } of CLASS_KEYS) {
    for (const word of (pack[k] ?? []) as string[]) {
      const kk = key(word);
      if (kk.includes(' ')) addPhrase(lex.classPhrases, word, cls);
      if (!kk || kk.includes(' ')) continue;
      const target = preferred ? own : classes;
      const set = target.get(kk) ?? new Set<WordClass>();
      set.add(cls);
      target.set(kk, set);
    }
  }
}

function build(prefer: string | undefined): Lexicon {
  const classes = new Map<string, Set<WordClass>>();
  const own = new Map<string, Set<WordClass>>();
  const lex: Lexicon = {
    classes, classPhrases: new Map(), numbers: new Map(), ordinals: new Set(), seasons: new Map(), yearSeasons: new Map(), schoolTerms: new Map(), schoolYears: new Map(), halfPhrases: new Map(), weekdays: new Map(), deadlines: new Map(), openStarts: new Map(), openEnds: new Map(), deadlinesAfter: new Map(), relativeYears: new Map(),
    recurring: new Map(), every: new Map(), holidays: new Map(),
  };
  const packs = [...PACKS].sort((a, b) => (a.code === prefer ? -1 : b.code === prefer ? 1 : 0));
  for (const p of packs) {
    const t = p.time;
    addClasses(lex, own, t, p.code === prefer);
    const cardinals = new Set(t.cardinalWords ?? []);
    for (const [w, n] of Object.entries(t.ordinalWords)) {
      const lower = w.normalize('NFC').toLowerCase();
      if (!cardinals.has(w)) lex.ordinals.add(lower).add(foldKey(w));
      if (!lex.numbers.has(lower)) lex.numbers.set(lower, n);
      const folded = foldKey(w);
      if (folded === lower && !lex.numbers.has(folded)) lex.numbers.set(folded, n);
    }
    for (const [w, s] of Object.entries(t.seasons)) addPhrase(lex.seasons, w, s);
    for (const [w, s] of Object.entries(t.yearSeasons ?? {})) addPhrase(lex.yearSeasons, w, s);
    for (const [w, s] of Object.entries(t.schoolTerms ?? {})) addPhrase(lex.schoolTerms, w, s);
    for (const [w, s] of Object.entries(t.schoolYears ?? {})) addPhrase(lex.schoolYears, w, s);
    for (const [w, n] of Object.entries(t.halfPhrases ?? {})) lex.halfPhrases.set(w, n);
    for (const w of t.weekdays ?? []) if (foldKey(w).includes(' ')) addPhrase(lex.weekdays, w, true as const);
    for (const w of t.deadline ?? []) addPhrase(lex.deadlines, w, true as const);
    for (const w of t.openStart ?? []) addPhrase(lex.openStarts, w, true as const);
    for (const w of t.openEnd ?? []) addPhrase(lex.openEnds, w, true as const);
    for (const w of t.deadlineAfter ?? []) addPhrase(lex.deadlinesAfter, w, true as const);
    for (const [w, v] of Object.entries(t.relativeYears ?? {})) addPhrase(lex.relativeYears, w, v);
    for (const w of t.recurring ?? []) addPhrase(lex.recurring, w, true as const);
    for (const w of t.every ?? []) addPhrase(lex.every, w, true as const);
    for (const [w, v] of Object.entries(t.holidays ?? {})) addPhrase(lex.holidays, w, v);
  }
  // The preferred language's own classes replace the others' for the words it lists.
  for (const [w, set] of own) classes.set(w, set);
  return lex;
}

const built = new Map<string, Lexicon>();

/** The lexicon, preferring one language's reading of the words it shares with others. */
export function getLexicon(prefer?: string): Lexicon {
  const k = prefer ?? '';
  let lex = built.get(k);
  if (!lex) {
    lex = build(prefer && PACKS.some((p) => p.code === prefer) ? prefer : undefined);
    built.set(k, lex);
  }
  return lex;
}

/** A Map, not an object: "constructor" or "toString" is no numeral (an object's lookup found its prototype's). */
const LATIN_ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/** Each way of writing a numeral with Cyrillic "і" and "х" for Latin "i" and "x", as Ukrainian and Russian typists do ("ІІ квартал"). */
function cyrillicForms(word: string): string[] {
  let forms = [''];
  for (const ch of word) {
    const alt = ch === 'i' ? '\u0456' : ch === 'x' ? '\u0445' : undefined;
    forms = forms.flatMap((f) => (alt ? [f + ch, f + alt] : [f + ch]));
  }
  return forms;
}

const ROMAN = new Map(Object.entries(LATIN_ROMAN).flatMap(([w, n]) => cyrillicForms(w).map((f) => [f, n] as [string, number])));

export function romanValue(word: string): number | undefined {
  return ROMAN.get(word);
}
