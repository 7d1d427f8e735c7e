/** Class 7: a date or period that cannot be is unreadable, reported as such, and never widened to its whole year. */
import fc from 'fast-check';
import { parseTime } from '../../../src/core/time';
import { expressions } from './read';

describe('impossible dates and periods are unreadable', () => {
  expressions('en', { year: 2020 }, {
    'Q6 2023': 'unreadable',
    'Q0 2020': 'unreadable',
    '30 February 2020': 'unreadable',
    'Feb 30, 2019': 'unreadable',
    '31 April 2021': 'unreadable',
    '29 Feb 2023': 'unreadable',
    '32/01/2020': 'unreadable',
    'Feb-30-2019': 'unreadable',
  });
  expressions('pl', { year: 2020 }, {
    'VI kw. 2020': 'unreadable',
    '5 kwartał 2020': 'unreadable',
    '30 lutego 2019': 'unreadable',
    '31.04.2021': 'unreadable',
    '29.02.2023': 'unreadable',
    '30.02.2019': 'unreadable',
    '35/14/2021': 'unreadable',
    'III półrocze 2020': 'unreadable',
  });
  expressions('vi', { year: 2020 }, {
    'quý 5/2019': 'unreadable',
    'tháng 14/2018': 'unreadable',
    'tháng 13': 'unreadable',
    'ngày 31 tháng 4 năm 2021': 'unreadable',
    'ngày 30/2/2020': 'unreadable',
    'quý 0/2020': 'unreadable',
    'T13/2019': 'unreadable',
  });
  expressions('es', { year: 2020 }, { '30 de febrero de 2020': 'unreadable', '31/04/2021': 'unreadable' });
  expressions('fr', { year: 2020 }, { '31 avril 2021': 'unreadable', '30/02/2019': 'unreadable' });
  expressions('de', { year: 2020 }, { '31. April 2021': 'unreadable', '5. Quartal 2020': 'unreadable', '30.02.2019': 'unreadable' });
  expressions('pt', { year: 2020 }, { '31 de abril de 2021': 'unreadable', '30/02/2019': 'unreadable' });

  test('the reason says so', () => {
    const r = parseTime('Q6 2023');
    expect(r.reason).toBe('impossible-date');
    expect(r.warnings.map((w) => w.code)).toContain('impossible-date');
  });
  test('a leap day is a date in a leap year', () => {
    expect(parseTime('29.02.2024').spans).toEqual([{ start: '2024-02', end: '2024-02' }]);
    expect(parseTime('29 Feb 2000').spans).toEqual([{ start: '2000-02', end: '2000-02' }]);
  });
});

describe('property: a day or month that does not exist gives no span', () => {
  const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const pad = (n: number) => String(n).padStart(2, '0');
  const impossible = fc.oneof(
    // a day past the end of its month
    fc.record({ m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 1990, max: 2090 }) }).chain(({ m, y }) =>
      fc.integer({ min: lengths[m - 1] + 1, max: 31 + (m === 2 ? 0 : 1) }).filter((d) => d <= 35).map((d) => ({ d, m, y })),
    ),
    // a month above 12, with a day that cannot be a month either (01/13/2020 is 13 January written month first)
    fc.record({ d: fc.integer({ min: 13, max: 28 }), m: fc.integer({ min: 13, max: 19 }), y: fc.integer({ min: 1990, max: 2090 }) }),
  );
  test('dd.mm.yyyy, dd/mm/yyyy, yyyy-mm-dd', () => {
    fc.assert(
      fc.property(impossible, fc.constantFrom('.', '/', '-iso'), ({ d, m, y }, sep) => {
        const text = sep === '-iso' ? `${y}-${pad(m)}-${pad(d)}` : `${pad(d)}${sep}${pad(m)}${sep}${y}`;
        const r = parseTime(text, { year: 2020 });
        expect(r.spans).toEqual([]);
        expect(r.ok).toBe(false);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });
  test('quarters above 4, halves above 2 and months above 12 written with words', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 5, max: 9 }).map((q) => `Q${q} 2021`),
          fc.integer({ min: 5, max: 9 }).map((q) => `quý ${q}/2021`),
          fc.integer({ min: 13, max: 20 }).map((m) => `tháng ${m}/2021`),
          fc.constantFrom('V', 'VI', 'VII', 'VIII', 'IX').map((r) => `${r} kw. 2021`),
        ),
        (text) => expect(parseTime(text, { year: 2020 }).spans).toEqual([]),
      ),
      { numRuns: 200 },
    );
  });
});
