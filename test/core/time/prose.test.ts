/** Lines of prose in a time cell are read as nothing without being tokenized: the shortcut must say what the scanner says. */
import fc from 'fast-check';
import { parseTime } from '../../../src/core/time';
import { configuration } from '../../../src/core/time/configuration';
import { scan } from '../../../src/core/time/scan';
import { holdsNoTime, tokenize } from '../../../src/core/time/tokenize';
import { stripBullet } from '../../../src/core/util/text';
import { proseRoles } from '../../../src/core/time/word-starts';

const WORDS = ['Meet', 'the', 'partners', 'to', 'agree', 'plan', 'and', 'by', 'end', 'of', 'from', 'until', 'share', 'out', 'dez', 'set', 'ago', 'gen', 'fev', 'may', 'mar', 'spotkanie', 'w', 'do', 'z', 'końca', 'họp', 'với', 'các', 'đến', 'hết', 'year', 'rok', 'năm', 'first', 'II', 'monthly', 'Easter', 'summer', 'week', 'quarter', 'Tết', 'ongoing', 'onwards', 'between',
  // Roman numerals in capitals and not, number words, the parsers' letters, naming phrases and their later words.
  'i', 'I', 'X', 'IX', 'XII', 'iv', 'kw', 'półrocze', 'one', 'second', 'trzeci', 'nhất', 'hai', 'tháng', 'q', 'H', 'W', 'cw', 'wk', 'tym', 'roku', 'przyszłym',
  'Boże', 'Narodzenie', 'every', 'quaarter', 'semestr', 'zimowy', 'turn', 'przełom', '-', ',', '(', ')', '.', ':', '/'];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

describe('the prose shortcut', () => {
  test.each(['en', 'pl', 'vi', undefined])('agrees with the scanner on every line it passes over (%s)', (lang) => {
    const config = configuration(lang);
    const env = { ctx: { year: 2025, fallbackYear: 2025, lang }, lexicon: config.lexicon };
    const roles = proseRoles(env);
    let passed = 0;
    fc.assert(
      fc.property(line, (line) => {
        // As the reader reads a segment: its bullet mark gone.
        const text = stripBullet(line);
        if (!holdsNoTime(text, roles)) return;
        passed++;
        const s = scan(tokenize(text), config.parsers, env);
        // A lone number ("I" in "I Meet", Polish "i") is no time: it only joins a period beside it.
        expect(s.items.filter((it) => it.type !== 'connector' && it.type !== 'modifier' && it.type !== 'bare')).toEqual([]);
        expect(s.warnings).toEqual([]);
        expect(s.invalid).toBe(false);
        expect(s.ignored.length).toBeGreaterThan(0);
        expect(parseTime(text, env.ctx).ok).toBe(false);
        // Under a time, the line adds nothing to the cell's.
        expect(parseTime(`March 2025\n${text}`, env.ctx).spans).toEqual([{ start: '2025-03', end: '2025-03' }]);
      }),
      { numRuns: 4000 },
    );
    // The check is not vacuous: many lines are prose.
    expect(passed).toBeGreaterThan(100);
  });

  test('a line with a digit or a word that names a time is never passed over', () => {
    const config = configuration('en');
    const roles = proseRoles({ ctx: { lang: 'en' }, lexicon: config.lexicon });
    expect(holdsNoTime('Meet the partners to agree the plan', roles)).toBe(true);
    for (const t of ['Meet the partners in March', 'Meet the partners (2)', 'Meet the partners every quarter', 'Meet them after Easter', 'Meet them next year'])
      expect(holdsNoTime(t, roles)).toBe(false);
  });

  test('a cell of prose around one time keeps the time and says part of it was not read', () => {
    const prose = 'Meet the partners to agree the plan and share the tasks';
    const r = parseTime(`${prose}.\nMarch 2025\n${prose}, ${prose}.`, { year: 2025, lang: 'en' });
    expect(r.spans).toEqual([{ start: '2025-03', end: '2025-03' }]);
    expect(r.warnings.map((w) => w.code)).toContain('unreadable-part');
  });
});

describe('another language’s short month name in prose', () => {
  test('"out" (outubro) in an English line is no October; as an abbreviation it still is', () => {
    const en = (t: string) => parseTime(t, { year: 2024, lang: 'en' }).spans;
    expect(en('share out the tasks')).toEqual([]);
    expect(en('out 2024')).toEqual([{ start: '2024-10', end: '2024-10' }]);
    expect(en('out-dez')).toEqual([{ start: '2024-10', end: '2024-12' }]);
    expect(parseTime('out', { year: 2024, lang: 'pt' }).spans).toEqual([{ start: '2024-10', end: '2024-10' }]);
  });
});
