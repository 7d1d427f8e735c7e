/**
 * The parsers' guards (Parser.starts) only skip parsers that could not match, and the words the scanner passes over
 * without asking the parsers (inert words) are words no parser could start at: scanning with both reads every token
 * sequence as scanning without either does, on words of every class the lexicon knows, month names, numbers,
 * punctuation and prose, in several languages.
 */
import fc from 'fast-check';
import { configuration } from '../../../src/core/time/configuration';
import { MONTH_NAMES } from '../../../src/core/time/month-names';
import { scan } from '../../../src/core/time/scan';
import { tokenize } from '../../../src/core/time/tokenize';

function vocabulary(): string[] {
  const lex = configuration().lexicon;
  const words = new Set<string>(['meet', 'the', 'partners', 'constructor', 'toString', 'nua', 'thu', 'năm', 'một', 'hai', 'T', 'h', 'Q', 'H', 'r.', 'roku', 'de', 'del', 'of',
    'ngày', 'mồng', 'mùng', 'các', 'bên', 'liên', 'quan', 'để', 'thống', 'nhất', 'spotkanie', 'partnerami', 'celu', 'zadań', 'Marc', 'Junee', 'kwiecie']);
  for (const w of lex.classes.keys()) words.add(w);
  for (const m of [lex.classPhrases, lex.seasons, lex.weekdays, lex.deadlines, lex.openStarts, lex.openEnds, lex.relativeYears, lex.recurring, lex.every, lex.holidays, lex.numbers]) for (const w of m.keys()) words.add(w);
  for (const loc of ['pl', 'vi', 'en', 'de', 'ru']) for (const f of MONTH_NAMES[loc].long) for (const n of f.split('|').slice(0, 4)) words.add(n);
  for (const n of ['1', '3', '6', '12', '15', '24', '30', '2019', '2024', '03', '51121', '20240315', 'I', 'II', 'III', 'IV', 'XII']) words.add(n);
  return [...words];
}

const VOCAB = vocabulary();
const SEPARATORS = [' ', ' ', ' ', '-', ' – ', '/', '.', ', ', ':', ' + ', "'", '(', ')', ' ~ ', '..'];

describe('parser guards and inert words', () => {
  it('never change what a segment is read as', () => {
    const unguarded = configuration().parsers.map(({ name, parse }) => ({ name, parse }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 7 }),
        fc.constantFrom('vi', 'pl', 'en', 'ru', undefined),
        fc.constantFrom(undefined, 'ddmmyy' as const),
        (parts, lang, compactDate) => {
          const tokens = tokenize(parts.map(([w, s]) => w + s).join(''));
          const config = configuration(lang);
          const env = { ctx: { lang, fallbackYear: 2024, year: lang === 'pl' ? 2019 : undefined, compactDate }, lexicon: config.lexicon };
          expect(scan(tokens, config.parsers, env)).toEqual(scan(tokens, unguarded, env, { known: false }));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
