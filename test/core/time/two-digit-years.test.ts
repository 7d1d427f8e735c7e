/** Class 3: two-digit years in every form people write them. The century is the one nearest the plan's year. */
import { parseTime } from '../../../src/core/time';
import { expressions } from './read';

describe('two-digit years', () => {
  expressions('en', { year: 2020 }, {
    'Mar 97': '1997-03',
    "Mar '97": '1997-03',
    'oct.-24': '2024-10',
    '21q2': '2021-04..2021-06',
    'Q3/21': '2021-07..2021-09',
    "Q1 '22": '2022-01..2022-03',
    'Q4-23': '2023-10..2023-12',
    'Jan-10': '2010-01',
    'Jan-10 - Mar-10': '2010-01..2010-03',
    '05-Mar-21': '2021-03',
    'May-01-18': '2018-05',
  });
  expressions('pl', { year: 2020 }, {
    "III kw. '19": '2019-07..2019-09',
    "marzec '21": '2021-03',
    "I-II kw. '20": '2020-01..2020-06',
    '12.05.21': '2021-05',
  });
  expressions('vi', { year: 2020 }, {
    'T3/10': '2010-03',
    'T12/19': '2019-12',
    'quý 2/21': '2021-04..2021-06',
    'tháng 5/22': '2022-05',
    '15/06/21': '2021-06',
  });
  expressions('fr', { year: 2020 }, {
    '3-mai-27': '2027-05',
    'janv.-24': '2024-01',
    '12/03/21': '2021-03',
  });
  expressions('de', { year: 2020 }, {
    'Mär 97': '1997-03',
    'Q2/24': '2024-04..2024-06',
    '05.03.21': '2021-03',
  });
  expressions('es', { year: 2020 }, {
    'mar-21': '2021-03',
    '15/06/21': '2021-06',
  });
  expressions('pt', { year: 2020 }, {
    'jan/22': '2022-01',
    'out-23': '2023-10',
  });
});

describe('dd-mm-yy is a date, never a range of months', () => {
  expressions('en', { year: 2020 }, {
    '05-03-21': '2021-03',
    '12-10-19': '2019-10',
    '28-02-20': '2020-02',
  });
});

describe('the century follows the plan year', () => {
  expressions('en', { year: 1998 }, { 'Q3/01': '2001-07..2001-09', 'Mar 97': '1997-03' });
  expressions('en', { year: 2060 }, { 'Mar 97': '2097-03' });
});

describe('a range of month/year pairs across the new year', () => {
  // "12/09" is December 2009 in a plan of 2009; the pair after it is read the same way, not as 2 October.
  expressions('vi', { year: 2009 }, { '12/09-2/10': '2009-12..2010-02', '11/09 - 01/10': '2009-11..2010-01', '10/09, 2/10': '2009-10;2010-02' });
  test('alone, "2/10" is still the day it could be, with its warning', () => {
    expect(parseTime('2/10', { year: 2009 }).warnings.map((w) => w.code)).toContain('ambiguous-date');
  });
});
