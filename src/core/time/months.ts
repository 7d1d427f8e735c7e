/**
 * Month names in every language Intl (CLDR) knows, in every form Intl gives: standalone and
 * format (genitive) context, long and short. Names that mean different months in different
 * languages (Polish "listopad" is November, Croatian "listopad" is October) are resolved by the
 * plan's language first, then by the languages our users write most.
 */
import { foldKey, oneEditApart } from '../util/text';
import { PACKS } from '../lang';
import { MONTH_NAMES } from './month-names';

/** Languages whose month names we read. Order = priority when a name clashes. */
export const MONTH_LOCALES = [
  'pl', 'vi', 'en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'cs', 'sk', 'ro', 'hu', 'sl', 'hr', 'sr-Latn', 'bs',
  'lt', 'lv', 'et', 'fi', 'sv', 'da', 'nb', 'nn', 'is', 'ca', 'gl', 'eu', 'ga', 'cy', 'mt', 'sq', 'tr', 'az',
  'uz', 'id', 'ms', 'fil', 'sw', 'af', 'ru', 'uk', 'be', 'bg', 'mk', 'sr', 'el', 'kk', 'ky', 'mn', 'ka', 'hy',
  'he', 'ar', 'fa', 'hi', 'bn', 'th', 'lo', 'km', 'my', 'ja', 'zh', 'ko',
];

interface MonthEntry {
  month: number;
  lang: string;
  /** True for the long form; only long forms are used for prefix and typo matching. */
  long: boolean;
}

let table: Map<string, MonthEntry[]> | undefined;

function add(map: Map<string, MonthEntry[]>, name: string, entry: MonthEntry): void {
  const key = foldKey(name.replace(/\.$/, ''));
  if (!key || /\d/.test(key) || key.includes(' ')) return; // "tháng 1" is read by the Vietnamese rule
  const list = map.get(key) ?? [];
  if (!list.some((e) => e.month === entry.month && e.lang === entry.lang)) list.push(entry);
  else if (entry.long) list.forEach((e) => { if (e.month === entry.month && e.lang === entry.lang) e.long = true; });
  map.set(key, list);
}

/**
 * A locale's month names as Intl (CLDR) gives them: its long and its short forms, standalone and in a date, each
 * twelve names joined by "|", each form once. The table the reader uses (month-names.ts) is generated from this by
 * `npm run months`, so that no run pays for loading 65 locales' data (150 ms at start-up); a test checks it is
 * what this runtime's Intl says.
 */
export function intlMonthNames(locale: string): { long: string[]; short: string[] } | undefined {
  const forms: [Intl.DateTimeFormatOptions, 'long' | 'short'][] = [
    [{ month: 'long' }, 'long'],
    [{ month: 'short' }, 'short'],
    [{ day: 'numeric', month: 'long' }, 'long'],
    [{ day: 'numeric', month: 'short' }, 'short'],
  ];
  const out: { long: string[]; short: string[] } = { long: [], short: [] };
  try {
    for (const [options, width] of forms) {
      const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      const names = Array.from({ length: 12 }, (_, m) => f.formatToParts(new Date(Date.UTC(2021, m, 15))).find((p) => p.type === 'month')?.value ?? '');
      const joined = names.join('|');
      if (!out[width].includes(joined)) out[width].push(joined);
    }
  } catch {
    return undefined; // a runtime without this locale's data
  }
  return out;
}

function build(): Map<string, MonthEntry[]> {
  const map = new Map<string, MonthEntry[]>();
  for (const locale of MONTH_LOCALES) {
    const names = MONTH_NAMES[locale];
    if (!names) continue;
    const lang = locale.split('-')[0];
    for (const width of ['long', 'short'] as const)
      for (const form of names[width]) form.split('|').forEach((name, m) => name && add(map, name, { month: m + 1, lang, long: width === 'long' }));
  }
  for (const pack of PACKS) {
    for (const [name, month] of Object.entries(pack.time.monthExtras)) add(map, name, { month, lang: pack.code, long: true });
  }
  return map;
}

function monthTable(): Map<string, MonthEntry[]> {
  if (!table) table = build();
  return table;
}

function pick(entries: MonthEntry[], lang: string | undefined): MonthEntry {
  if (lang) {
    const own = entries.find((e) => e.lang === lang);
    if (own) return own;
  }
  for (const l of MONTH_LOCALES) {
    const e = entries.find((x) => x.lang === l.split('-')[0]);
    if (e) return e;
  }
  return entries[0];
}

export interface MonthMatch {
  month: number;
  kind: 'exact' | 'truncated' | 'misspelt';
  /** Only another language's short name, in a plan of a known language: "out" (outubro) in English, "mar" in Polish prose. */
  foreign?: boolean;
}

/** Languages whose long names are tried for truncated or misspelt words: those with a pack of their own. */
const FUZZY_LANGS = PACKS.map((p) => p.code);

const lookups = new Map<string, MonthMatch | null>();

interface Candidate {
  name: string;
  entries: MonthEntry[];
}

/**
 * The names a truncated or misspelt word is matched against, indexed so that a word costs a few lookups, not a scan
 * of every name (a long prose cell of unknown words was 4x slower than chrono-node before): names by each prefix of
 * four letters or more, and by each string one deletion away (a substitution shares a deletion at the same place;
 * an insertion or a deletion is a deletion of one side).
 */
interface NameIndex {
  byPrefix: Map<string, Candidate[]>;
  byName: Map<string, Candidate>;
  byDeletion: Map<string, Candidate[]>;
  byDeletionAt: Map<string, Candidate[]>;
}

function push(map: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (list[list.length - 1] !== c) list.push(c);
}

function indexOf(candidates: Candidate[]): NameIndex {
  const index: NameIndex = { byPrefix: new Map(), byName: new Map(), byDeletion: new Map(), byDeletionAt: new Map() };
  for (const c of candidates) {
    index.byName.set(c.name, c);
    for (let k = 4; k < c.name.length; k++) push(index.byPrefix, c.name.slice(0, k), c);
    if (c.name.length < 5) continue;
    for (let i = 0; i < c.name.length; i++) {
      const d = c.name.slice(0, i) + c.name.slice(i + 1);
      push(index.byDeletion, d, c);
      push(index.byDeletionAt, `${i}|${d}`, c);
    }
  }
  return index;
}

let fuzzyIndex: NameIndex | undefined;
let wholeIndex: NameIndex | undefined;

/** Long month names of the languages with a pack of their own: what truncated and misspelt words are matched against. */
function fuzzyNames(): NameIndex {
  if (!fuzzyIndex) {
    const names: Candidate[] = [];
    for (const [name, entries] of monthTable()) {
      const own = entries.filter((e) => e.long && FUZZY_LANGS.includes(e.lang));
      if (own.length > 0) names.push({ name, entries: own });
    }
    fuzzyIndex = indexOf(names);
  }
  return fuzzyIndex;
}

/** Every name, for a plan in a language without a pack. */
function allNames(): NameIndex {
  if (!wholeIndex) wholeIndex = indexOf([...monthTable()].map(([name, entries]) => ({ name, entries })));
  return wholeIndex;
}

/** The names one edit away from key could be: found through the deletion index, then checked. */
function typoCandidates(index: NameIndex, key: string): Candidate[] {
  const out = new Set<Candidate>();
  for (const c of index.byDeletion.get(key) ?? []) out.add(c); // key lacks a letter
  for (let i = 0; i < key.length; i++) {
    const d = key.slice(0, i) + key.slice(i + 1);
    const named = index.byName.get(d); // key has a letter too many
    if (named) out.add(named);
    for (const c of index.byDeletionAt.get(`${i}|${d}`) ?? []) out.add(c); // one letter differs
  }
  return [...out];
}

/** The month a folded word names, if any. Answers (misses too) are remembered. */
export function lookupMonth(key: string, lang?: string): MonthMatch | undefined {
  const k = `${lang ?? ''}|${key}`;
  const known = lookups.get(k);
  if (known !== undefined) return known ?? undefined;
  const found = findMonth(key, lang);
  if (lookups.size > 50000) lookups.clear();
  lookups.set(k, found ?? null);
  return found;
}

function findMonth(key: string, lang?: string): MonthMatch | undefined {
  const map = monthTable();
  const exact = map.get(key);
  if (exact) {
    const foreign = !!lang && exact.every((e) => !e.long && e.lang !== lang);
    return foreign ? { month: pick(exact, lang).month, kind: 'exact', foreign } : { month: pick(exact, lang).month, kind: 'exact' };
  }
  if (key.length < 4 || !/^\p{L}+$/u.test(key)) return undefined;
  const langs = lang && !FUZZY_LANGS.includes(lang) ? [lang, ...FUZZY_LANGS] : FUZZY_LANGS;
  const index = langs === FUZZY_LANGS ? fuzzyNames() : allNames();
  // A word cut short ("kwiecie" for "kwiecień"): a prefix of exactly one month's long names.
  const prefixMonths = new Set<number>();
  for (const { name, entries } of index.byPrefix.get(key) ?? []) {
    if (name.length > key.length) for (const e of entries) if (e.long && langs.includes(e.lang)) prefixMonths.add(e.month);
  }
  if (prefixMonths.size === 1) return { month: [...prefixMonths][0], kind: 'truncated' };
  if (key.length < 5) return undefined;
  // A typo: one edit away from exactly one month's long name.
  const typoMonths = new Set<number>();
  for (const { name, entries } of typoCandidates(index, key)) {
    if (Math.abs(name.length - key.length) > 1 || name.length < 5) continue;
    if (!entries.some((e) => e.long && langs.includes(e.lang))) continue;
    if (oneEditApart(name, key)) for (const e of entries) if (langs.includes(e.lang)) typoMonths.add(e.month);
  }
  if (typoMonths.size === 1) return { month: [...typoMonths][0], kind: 'misspelt' };
  return undefined;
}

/** Month names for labels, in a language (short, standalone, as Intl gives them). */
export function monthLabels(lang: string, width: 'short' | 'long' = 'short'): string[] {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' });
  } catch {
    f = new Intl.DateTimeFormat('en', { month: width, timeZone: 'UTC' });
  }
  return Array.from({ length: 12 }, (_, m) => {
    const s = f.format(new Date(Date.UTC(2021, m, 15)));
    return s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);
  });
}
