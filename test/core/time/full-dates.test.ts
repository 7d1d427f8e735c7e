/** Class 1: full dates with a day, in any word order, with a weekday or a time of day beside them. */
import { parseTime } from '../../../src/core/time';
import { expressions, spansOf } from './read';

describe('full dates read as their month; weekdays and times of day are dropped, never read as months or years', () => {
  expressions('en', { year: 2020 }, {
    'Monday, 5 September 2016': '2016-09',
    'Tuesday 12 March 2019': '2019-03',
    'Wed, Jan 8, 2020': '2020-01',
    'Friday, 1 May 2020 at 14:00': '2020-05',
    'on 3 June 2021, 9:30 am': '2021-06',
    '03:54 AM, 5 May 2020': '2020-05',
    'September 5th, 2016': '2016-09',
    'the 21st of March 2022': '2022-03',
    '14:14 25/03/2020': '2020-03',
    'from 3 July to 9 July 2011': '2011-07',
    'Mon 3 – Fri 7 August 2020': '2020-08',
    'Saturday': 'unreadable',
  });
  expressions('pl', { year: 2020 }, {
    '5 września 2016 r.': '2016-09',
    'poniedziałek, 5 września 2016': '2016-09',
    'wtorek 3.05.2022': '2022-05',
    '12 marca 2019 r., godz. 10.30': '2019-03',
    'godz. 9:00, 14 lutego 2020': '2020-02',
    'od 3 do 9 lipca 2011': '2011-07',
    '15.06.2011 – 31.07.2011': '2011-06..2011-07',
    '3.05.2020 13.12': '2020-05',
    'środa, 1 kwietnia': '2020-04',
    'dnia 20 października 2021 r.': '2021-10',
  });
  expressions('vi', { year: 2020 }, {
    'ngày 5 tháng 9 năm 2016': '2016-09',
    'mồng 2 tháng 9': '2020-09',
    'mùng 5 tháng 1 năm 2023': '2023-01',
    'thứ Hai, ngày 5 tháng 9 năm 2016': '2016-09',
    'Chủ nhật, ngày 8 tháng 3 năm 2020': '2020-03',
    'từ ngày 3 tháng 7 đến ngày 9 tháng 7 năm 2011': '2011-07',
    'lúc 15:08 ngày 20/11/2019': '2019-11',
    'ngày 15/6/2021': '2021-06',
    'từ ngày 1/3 đến ngày 30/4/2018': '2018-03..2018-04',
    'ngày 10 tháng 10': '2020-10',
    'thứ 7, 12/12/2020': '2020-12',
  });
  expressions('es', { year: 2020 }, {
    'lunes, 5 de septiembre de 2016': '2016-09',
    '5 de mayo de 2020': '2020-05',
    'del 3 al 9 de julio de 2011': '2011-07',
    '12/03/2019 a las 10:30': '2019-03',
    'martes 1 de marzo': '2020-03',
  });
  expressions('fr', { year: 2020 }, {
    'lundi 5 septembre 2016': '2016-09',
    'le 1er mai 2020': '2020-05',
    'du 3 au 9 juillet 2011': '2011-07',
    '12/03/2019 à 14h30': '2019-03',
    'mardi 3 mars': '2020-03',
  });
  expressions('de', { year: 2020 }, {
    'Montag, 5. September 2016': '2016-09',
    'am 3. Mai 2021 um 14:00 Uhr': '2021-05',
    'vom 3. bis 9. Juli 2011': '2011-07',
    '12.03.2019': '2019-03',
    'Freitag, 1.5.2020': '2020-05',
  });
  expressions('pt', { year: 2020 }, {
    'segunda-feira, 5 de setembro de 2016': '2016-09',
    '1º de maio de 2020': '2020-05',
    'de 3 a 9 de julho de 2011': '2011-07',
    '12/03/2019 às 10h': '2019-03',
  });
});

describe('an ISO date-time is its date', () => {
  test.each([['2025-04-10T12:00:00.000Z', '2025-04'], ['2025-04-10T09:30+02:00', '2025-04'], ['2025-04-10 – 2025-06-01T00:00:00Z', '2025-04..2025-06']])('%s → %s', (t, expected) => {
    expect(spansOf(t, { year: 2025 })).toBe(expected);
    expect(parseTime(t, { year: 2025 }).warnings).toEqual([]);
  });
});
