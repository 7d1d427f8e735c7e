/** The locale packs merged into one lookup of folded words, built once. */
import { foldKey } from '../util/text';
import { LOCALE_PACKS } from './locales';

export type WordClass =
  | 'quarter' | 'half' | 'calendarMonth' | 'relativeMonth' | 'year' | 'range' | 'list' | 'between'
  | 'filler' | 'week' | 'early' | 'mid' | 'late' | 'ordinalSuffix' | 'whole';

export interface Lexicon {
  classes: Map<string, Set<WordClass>>;
  ordinals: Map<string, number>;
  seasons: Map<string, [number, number]>;
  halfPhrases: Map<string, number>;
}

const CLASS_KEYS: WordClass[] = ['quarter', 'half', 'calendarMonth', 'relativeMonth', 'year', 'range', 'list', 'between', 'filler', 'week', 'early', 'mid', 'late', 'ordinalSuffix', 'whole'];

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const classes = new Map<string, Set<WordClass>>();
  const ordinals = new Map<string, number>();
  const seasons = new Map<string, [number, number]>();
  const halfPhrases = new Map<string, number>();
  for (const pack of LOCALE_PACKS) {
    for (const cls of CLASS_KEYS) {
      for (const word of (pack[cls] ?? []) as string[]) {
        const key = word.length === 1 && !/\p{L}/u.test(word) ? word : foldKey(word);
        if (!key) continue;
        const set = classes.get(key) ?? new Set<WordClass>();
        set.add(cls);
        classes.set(key, set);
      }
    }
    for (const [w, n] of Object.entries(pack.ordinalWords)) ordinals.set(foldKey(w), n);
    for (const [w, s] of Object.entries(pack.seasons)) seasons.set(foldKey(w), s);
    for (const [w, n] of Object.entries(pack.halfPhrases ?? {})) halfPhrases.set(w, n);
  }
  lexicon = { classes, ordinals, seasons, halfPhrases };
  return lexicon;
}

export function hasClass(word: string, cls: WordClass): boolean {
  return getLexicon().classes.get(word)?.has(cls) ?? false;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

export function romanValue(word: string): number | undefined {
  return ROMAN[word];
}
