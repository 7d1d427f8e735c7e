/**
 * Month names of the languages that have no pack of their own come from Intl (CLDR), in their standalone and
 * genitive forms, long and short. A name that means different months in two languages follows the plan's language.
 */
import { expressions, spansOf } from './read';

describe('month names from Intl', () => {
  expressions('it', { year: 2020 }, { 'marzo 2020': '2020-03', '5 settembre 2016': '2016-09', 'da marzo a giugno 2021': '2021-03..2021-06', 'dic. 2019': '2019-12' });
  expressions('nl', { year: 2020 }, { 'maart 2020': '2020-03', 'mei – juni 2021': '2021-05..2021-06', '12 oktober 2019': '2019-10' });
  expressions('cs', { year: 2020 }, { 'březen 2020': '2020-03', '5. října 2021': '2021-10', 'červenec – srpen 2019': '2019-07..2019-08' });
  expressions('sk', { year: 2020 }, { 'marec 2020': '2020-03', 'jún 2021': '2021-06' });
  expressions('ro', { year: 2020 }, { 'martie 2020': '2020-03', 'septembrie 2021': '2021-09' });
  expressions('hu', { year: 2020 }, { 'március 2020': '2020-03', '2020. március': '2020-03' });
  expressions('sv', { year: 2020 }, { 'mars 2020': '2020-03', 'oktober–november 2021': '2021-10..2021-11' });
  expressions('da', { year: 2020 }, { 'marts 2020': '2020-03' });
  expressions('fi', { year: 2020 }, { 'maaliskuu 2020': '2020-03', 'toukokuu 2021': '2021-05' });
  expressions('tr', { year: 2020 }, { 'Mart 2020': '2020-03', 'Eylül 2021': '2021-09' });
  expressions('ru', { year: 2020 }, { 'март 2020': '2020-03', '5 марта 2021': '2021-03', 'сентябрь – октябрь 2019': '2019-09..2019-10' });
  expressions('uk', { year: 2020 }, { 'березень 2020': '2020-03', '5 вересня 2021': '2021-09' });
  expressions('id', { year: 2020 }, { 'Maret 2020': '2020-03', 'Agustus 2021': '2021-08' });
  expressions('ca', { year: 2020 }, { 'març 2020': '2020-03' });
  expressions('lt', { year: 2020 }, { 'kovas 2020': '2020-03' });
  expressions('el', { year: 2020 }, { 'Μάρτιος 2020': '2020-03' });

  test('a name two languages share follows the plan language', () => {
    expect(spansOf('listopad 2020', { lang: 'pl' })).toBe('2020-11');
    expect(spansOf('listopad 2020', { lang: 'hr' })).toBe('2020-10');
  });
});

describe('the short words a language writes for its quarters and ranges', () => {
  // "T2" is a trimestre in French and Spanish, February in Vietnamese and wherever the language is not known.
  expressions('fr', { year: 2021 }, { 'T2 2021': '2021-04..2021-06', 'T1-T2 2021': '2021-01..2021-06' });
  expressions('es', { year: 2021 }, { '3T 2021': '2021-07..2021-09', 'T4 2021': '2021-10..2021-12' });
  expressions('vi', { year: 2021 }, { 'T2 2021': '2021-02', 'T3/2021': '2021-03' });
  test('without a language, "T2" stays a month', () => expect(spansOf('T2/2021')).toBe('2021-02'));
  // Indonesian "s.d." and "s/d" (sampai dengan, "up to"); Polish "w ciągu" (during).
  expressions('id', { year: 2021 }, { 'Maret s.d. Juni 2021': '2021-03..2021-06', 'Jan s/d Mar 2021': '2021-01..2021-03', 's.d. Juni 2021': '2021-01..2021-06' });
  expressions('pl', { year: 2021 }, { 'w ciągu 2021 r.': '2021-01..2021-12' });
  // "S1" and "1S" are semestres; "3T25" a trimestre with its year glued on.
  expressions('fr', { year: 2021 }, { 'S1 2021': '2021-01..2021-06', 'S2 2021': '2021-07..2021-12' });
  expressions('es', { year: 2021 }, { '1S 2021': '2021-01..2021-06', '3T25': '2025-07..2025-09' });
  // Roman numerals typed with Cyrillic "І" and "Х", as Ukrainian and Russian plans often are.
  expressions('uk', { year: 2021 }, { 'ІІ квартал 2021 року': '2021-04..2021-06', 'ІV кв. 2021': '2021-10..2021-12', 'І півріччя 2021': '2021-01..2021-06', 'січень і лютий 2021': '2021-01..2021-02' });
  expressions('ru', { year: 2021 }, { 'ІІІ квартал 2021 г.': '2021-07..2021-09' });
});
