/**
 * Which foldings our words spell with marks, and which only without. The reader folds words (lower case, no
 * diacritics) so that "thang" still reads as "tháng". But a word the user writes with marks is another word when it
 * folds like one of ours that has none, and like none of ours that has some: "tổ" (in "tổ chức", to organise) is
 * not the English "to", "đó" is not the Polish "do", "mây" is not "May". Such a word is left unfolded, and no word
 * list matches it. Other words with marks stay folded, so a month misspelt in any script is still found.
 */
import { PACKS } from '../lang';
import { foldKey } from '../util/text';
import { MONTH_NAMES } from './month-names';

/** Words the parsers name themselves, not through the lexicon ("Q3", "H1", "thứ 2", "nửa năm", "ngày 5", "mồng 2", "hằng tuần"). */
export const PARSER_WORDS: readonly string[] = ['q', 'h', 'w', 'kw', 'cw', 'wk', 'thứ', 'nửa', 'ngày', 'mồng', 'mùng', 'hằng'];

const NON_ASCII = /[^\x00-\x7f]/;

interface Foldings {
  marked: Set<string>;
  plain: Set<string>;
}

let foldings: Foldings | undefined;

function add(f: Foldings, text: string): void {
  for (const raw of text.replace(/'/g, ' ').split(/[\s.]+/)) {
    const w = foldKey(raw);
    if (w) (NON_ASCII.test(raw) ? f.marked : f.plain).add(w);
  }
}

function build(): Foldings {
  const f: Foldings = { marked: new Set(), plain: new Set() };
  for (const w of PARSER_WORDS) add(f, w);
  for (const p of PACKS) {
    for (const v of Object.values(p.time)) {
      if (Array.isArray(v)) for (const w of v) add(f, String(w));
      else if (v && typeof v === 'object') for (const w of Object.keys(v)) add(f, w);
    }
  }
  for (const forms of Object.values(MONTH_NAMES)) for (const form of [...forms.long, ...forms.short]) for (const name of form.split('|')) add(f, name);
  return f;
}

/** The word as the reader matches it: folded, unless its marks make it another word than one of ours without marks. */
export function readingForm(raw: string, folded: string, lower: string): string {
  if (!NON_ASCII.test(raw)) return folded;
  foldings ??= build();
  return foldings.plain.has(folded) && !foldings.marked.has(folded) ? lower : folded;
}
