/** The month-name table the reader ships is what Intl (CLDR) says in this runtime: regenerate it with `npm run months`. */
import { MONTH_NAMES } from '../../../src/core/time/month-names';
import { intlMonthNames, MONTH_LOCALES } from '../../../src/core/time/months';
import { parseTime } from '../../../src/core/time';

describe('the shipped month names', () => {
  it('are the names Intl gives for every locale we read', () => {
    for (const locale of MONTH_LOCALES) expect([locale, MONTH_NAMES[locale]]).toEqual([locale, intlMonthNames(locale)]);
  });

  it('read month names of languages that have no pack of their own', () => {
    // Czech, Hungarian and Turkish come from the table alone.
    expect(parseTime('březen 2024', { fallbackYear: 2024 }).spans).toEqual([{ start: '2024-03', end: '2024-03' }]);
    expect(parseTime('2024 szeptember', { fallbackYear: 2024 }).spans).toEqual([{ start: '2024-09', end: '2024-09' }]);
    expect(parseTime('Ekim 2024', { fallbackYear: 2024 }).spans).toEqual([{ start: '2024-10', end: '2024-10' }]);
  });
});
