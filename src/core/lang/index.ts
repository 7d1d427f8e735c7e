/**
 * The languages: every registered pack, and what is derived from them (the list of languages, the
 * languages with a user interface, the pack of a code, a plan's language guessed from its words).
 */
import { foldKey } from '../util/text';
import { en } from './en';
import { PACKS } from './packs';
import type { Lang, LangPack } from './types';

export type { HeaderWords, Lang, LangPack, MessageWords, PluralForms, SheetWords, TimeWords, UiPack, UiWords } from './types';
export { PACKS } from './packs';
export { pickLang, UI_LANGS, UI_PACKS, uiPack } from './shown';

/** Every registered language, in the order of the packs (the order decides clashes between languages). */
export const LANGS: readonly Lang[] = PACKS.map((p) => p.code);

const byCode = new Map(PACKS.map((p) => [p.code, p]));

export function getPack(code: string | undefined): LangPack {
  return (code && byCode.get(code)) || en;
}

interface Guesser {
  code: string;
  letters: Set<string>;
  words: Set<string>;
  headers: Set<string>;
}

let guessers: Guesser[] | undefined;
function allGuessers(): Guesser[] {
  if (!guessers) {
    guessers = PACKS.map((p) => ({
      code: p.code,
      letters: new Set([...(p.guess?.letters ?? '')]),
      words: new Set((p.guess?.words ?? []).map(foldKey)),
      headers: new Set(Object.values(p.headers).flatMap((list) => (list ?? []).map(foldKey))),
    }));
  }
  return guessers;
}

/**
 * The language a plan is written in, from its title and headers (and any other text given): letters typical
 * of a language, its common words, and its header words. English when nothing speaks for another.
 */
export function guessLang(texts: string[]): Lang {
  const all = texts.join(' \n ');
  const lower = all.toLowerCase();
  const cells = texts.map(foldKey).filter(Boolean);
  const words = new Set(cells.flatMap((t) => t.split(' ')));
  const scripts = { cyrillic: /[\u0400-\u04ff]/.test(all), latin: /[a-z]/i.test(all) };
  let best = 'en';
  let bestScore = 0;
  for (const g of allGuessers()) {
    const pack = getPack(g.code);
    const cyr = /[\u0400-\u04ff]/.test(pack.name);
    if ((cyr && !scripts.cyrillic) || (!cyr && !scripts.latin)) continue;
    let score = 0;
    for (const ch of lower) if (g.letters.has(ch)) score += 2;
    for (const w of words) if (g.words.has(w)) score += 1;
    for (const c of cells) if (g.headers.has(c)) score += 3;
    if (score > bestScore) {
      best = g.code;
      bestScore = score;
    }
  }
  return best;
}
