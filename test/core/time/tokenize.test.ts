/**
 * The tokenizer in one pass over char codes: it reads every text as the plain reading does (dashes unified, "…" as
 * two dots, apostrophes unified, letters by Unicode's classes, each word in its reading form), on random texts of letters from
 * many scripts, digits, marks, dashes and spaces, and on the same words seen again (its caches).
 */
import fc from 'fast-check';
import { tokenize } from '../../../src/core/time/tokenize';
import type { Token } from '../../../src/core/time/tokenize';
import { readingForm } from '../../../src/core/time/spellings';
import { foldKey, unifyDashes } from '../../../src/core/util/text';

/** The reading spelt out with regular expressions, one step at a time. */
function plainTokens(segment: string): Token[] {
  const text = unifyDashes(segment).replace(/…/g, '..').replace(/[’‘`´]/g, "'");
  const out: Token[] = [];
  let space = true;
  for (const m of text.matchAll(/([ \t\n\r\u00a0\u200b\ufeff\u2000-\u200a\u3000]+)|([0-9]+)|([\p{L}\p{M}]+)|([\s\S])/gu)) {
    if (m[1] !== undefined) {
      space = true;
      continue;
    }
    const [all] = m;
    if (m[2]) out.push({ kind: 'number', value: parseInt(all, 10), digits: all, word: '', raw: all, lower: all, char: '', spaceBefore: space });
    else if (m[3]) {
      const lower = all.normalize('NFC').toLowerCase();
      out.push({ kind: 'word', value: NaN, digits: '', word: readingForm(all, foldKey(all), lower), raw: all, lower, char: '', spaceBefore: space });
    }
    else out.push({ kind: 'punct', value: NaN, digits: '', word: '', raw: all, lower: all, char: all, spaceBefore: space });
    space = false;
  }
  return out;
}

const PIECES = ['\u2028', '\u3000', '\u2003', '\u000b', '٣', 'a', 'Z', 'ă', 'ệ', 'ł', 'Ś', 'ß', 'é', 'e\u0301', 'ж', 'Ї', 'ก', 'ع', '日', '𝒜', '😀', '×', '÷', '0', '7', '2019', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '-', '–', '—', '‒', '−', '…', '’', '‘', '`', '´', "'", '.', ',', '/', '(', ')', '+', '~', '²', 'ǅ', 'ɐ'];

test('reads every text as the plain reading does', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect(tokenize(text)).toEqual(plainTokens(text));
      // Again: the words come from the caches now.
      expect(tokenize(text)).toEqual(plainTokens(text));
    }),
    { numRuns: 3000 },
  );
});

test('a long prose cell and a dated one', () => {
  expect(tokenize('Họp các bên — T7…8/2024').map((t) => t.raw)).toEqual(['Họp', 'các', 'bên', '-', 'T', '7', '.', '.', '8', '/', '2024']);
  expect(tokenize('Q3’24').map((t) => t.char || t.word || t.digits)).toEqual(['q', '3', "'", '24']);
});
