/** timeYears reads a text's own years without its spans: always what parseTime's explicitYears says. */
import fc from 'fast-check';
import { parseTime, timeYears } from '../../../src/core/time';

const PIECES = [
  'T3/2019', 'tháng 9 năm 2016', 'quý II/2020', 'III kw. 2019', 'do końca maja 2016', 'luty – marzec 2014', 'Q3 2019',
  'by end of June 2025', '03/09', '2019-2021', 'H1 2024', '30.02.2019', 'Q6 2020', 'marzec', '12', '2024', 'xyz', ';', '\n',
  ' – ', ', ', ' and ', 'năm', 'r.', '5/2023', '1.1.24', 'Month 1-3', 'next year', "'19", 'IV', '',
];

describe('the years a time text writes', () => {
  it('are the explicit years parseTime reads, for any text made of time words and noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), fc.constantFrom('vi', 'pl', 'en', undefined), (parts, lang) => {
        const text = parts.join(' ');
        const ctx = { lang, fallbackYear: 2020 };
        expect(timeYears(text, ctx)).toEqual(parseTime(text, ctx).explicitYears);
      }),
      { numRuns: 3000 },
    );
  });

  it('read the years of a plain cell', () => {
    expect(timeYears('T9+10 năm 2024', { lang: 'vi' })).toEqual([2024]);
    expect(timeYears('luty 2014 – marzec 2015', { lang: 'pl' })).toEqual([2014, 2015]);
    expect(timeYears('30.02.2019')).toEqual([]);
    expect(timeYears('')).toEqual([]);
  });
});
