/** Class 5: words relative to the plan's year, and times done over and over through it. */
import { parseTime } from '../../../src/core/time';
import { expressions, spansOf } from './read';

describe('years named relative to the plan year', () => {
  expressions('en', { year: 2020 }, {
    'this year': '2020-01..2020-12',
    'next year': '2021-01..2021-12',
    'the following year': '2021-01..2021-12',
    'last year': '2019-01..2019-12',
    'all year round': '2020-01..2020-12',
    'annual': '2020-01..2020-12',
    'throughout the year': '2020-01..2020-12',
    'March next year': '2021-03',
  });
  expressions('pl', { year: 2020 }, {
    'w tym roku': '2020-01..2020-12',
    'w przyszłym roku': '2021-01..2021-12',
    'bieżący rok': '2020-01..2020-12',
    'cały rok': '2020-01..2020-12',
    'przez cały rok': '2020-01..2020-12',
    'corocznie': '2020-01..2020-12',
    'w roku bieżącym': '2020-01..2020-12',
    'marzec przyszłego roku': '2021-03',
    // "br." is "bieżącego roku", this year; "przełom" is the turn of two months.
    'maj-czerwiec br.': '2020-05..2020-06',
    'marzec b.r.': '2020-03',
    'na przełomie maja i czerwca': '2020-05..2020-06',
  });
  expressions('vi', { year: 2020 }, {
    'năm nay': '2020-01..2020-12',
    'năm sau': '2021-01..2021-12',
    'năm tới': '2021-01..2021-12',
    'năm ngoái': '2019-01..2019-12',
    'cả năm': '2020-01..2020-12',
    'hằng năm': '2020-01..2020-12',
    'hàng năm': '2020-01..2020-12',
    'quanh năm': '2020-01..2020-12',
    'tháng 3 năm sau': '2021-03',
  });
  expressions('es', { year: 2020 }, { 'este año': '2020-01..2020-12', 'el próximo año': '2021-01..2021-12', 'todo el año': '2020-01..2020-12', 'anual': '2020-01..2020-12' });
  expressions('fr', { year: 2020 }, { 'cette année': '2020-01..2020-12', "l'année prochaine": '2021-01..2021-12', "toute l'année": '2020-01..2020-12', 'annuel': '2020-01..2020-12' });
  expressions('de', { year: 2020 }, { 'dieses Jahr': '2020-01..2020-12', 'nächstes Jahr': '2021-01..2021-12', 'ganzjährig': '2020-01..2020-12', 'jährlich': '2020-01..2020-12' });
  expressions('pt', { year: 2020 }, { 'este ano': '2020-01..2020-12', 'próximo ano': '2021-01..2021-12', 'o ano todo': '2020-01..2020-12', 'anual': '2020-01..2020-12' });
  test('without a plan year the fallback year is used, and said to be assumed', () => {
    const r = parseTime('next year', { fallbackYear: 2026 });
    expect(r.spans).toEqual([{ start: '2027-01', end: '2027-12' }]);
    expect(r.warnings.map((w) => w.code)).toContain('year-assumed');
  });
});

describe('times done over and over run through the plan year', () => {
  expressions('en', { year: 2020 }, { 'Bi-weekly': '2020-01..2020-12', 'semi-annually': '2020-01..2020-12', 'Each semester': '2020-01..2020-12', 'every other month': '2020-01..2020-12' });
  expressions('en', { year: 2020 }, { monthly: '2020-01..2020-12', 'every quarter': '2020-01..2020-12', 'Once every quaarter': '2020-01..2020-12', 'once every two months': '2020-01..2020-12', 'every Monday in May': '2020-05', 'May 1 every year': '2020-05' });
  expressions('pl', { year: 2020 }, { 'co miesiąc': '2020-01..2020-12', 'raz na kwartał': '2020-01..2020-12', 'co tydzień': '2020-01..2020-12' });
  expressions('vi', { year: 2020 }, { 'hàng tháng': '2020-01..2020-12', 'hằng quý': '2020-01..2020-12', 'thứ 2 hằng tuần': '2020-01..2020-12' });
});

describe('a frequency is done through the plan’s year', () => {
  expressions('vi', { year: 2022 }, {
    '6 tháng/lần': '2022-01..2022-12',
    '1 lần/quý': '2022-01..2022-12',
    '2 lần/năm': '2022-01..2022-12',
    '3 tháng 1 lần': '2022-01..2022-12',
    '3 tháng một lần': '2022-01..2022-12',
  });
  expressions('pl', { year: 2022 }, { '2 razy w roku': '2022-01..2022-12', '4x w roku': '2022-01..2022-12' });
  expressions('en', { year: 2022 }, { '3 times a year': '2022-01..2022-12' });
  expressions('fr', { year: 2022 }, { '2 fois par an': '2022-01..2022-12' });
  expressions('de', { year: 2022 }, { '4 mal im Jahr': '2022-01..2022-12' });
  // A count of times beside a period says how often, not when: the period stands.
  expressions('vi', { year: 2022 }, { 'quý 1/2022 (2 lần)': '2022-01..2022-03' });
  expressions('en', { year: 2022 }, { 'Q2 2022 (2x)': '2022-04..2022-06' });
  // So does a count of things or rounds: "3 sessions" is no March.
  expressions('en', { year: 2022 }, { 'June 2022 (3 sessions)': '2022-06', '10 sessions in Q3 2022': '2022-07..2022-09' });
  expressions('vi', { year: 2022 }, { 'tháng 3, 5 buổi': '2022-03', 'T5/2022 (3 lớp)': '2022-05', '15 tháng 3': '2022-03' });
  expressions('pl', { year: 2022 }, { 'maj 2022 (20 osób)': '2022-05', '5 maja 2022': '2022-05' });
  // A duration alone is not a frequency.
  expressions('vi', { year: 2022 }, { '6 tháng': 'unreadable' });
});

describe('days of the lunar calendar follow their year', () => {
  // Tết fell on 10 February 2024, 29 January 2025 and 17 February 2026; Trung thu on 17 September 2024, 6 October 2025.
  expressions('vi', { year: 2024 }, { 'Tết': '2024-02', 'trước Tết Nguyên đán': '2024-01..2024-02', 'Tết Trung thu': '2024-09' });
  expressions('vi', { year: 2025 }, { 'Tết': '2025-01', 'Trung thu 2025': '2025-10', 'Tết dương lịch': '2025-01' });
});

describe('after a named day is the two weeks that follow it', () => {
  // Tết: 10 February 2024, 29 January 2025, 17 February 2026. Easter: 31 March 2024, 20 April 2025.
  expressions('vi', { year: 2024 }, { 'sau Tết': '2024-02' });
  expressions('vi', { year: 2025 }, { 'sau Tết': '2025-01..2025-02', 'Ra Tết': '2025-01..2025-02', 'sau Tết Nguyên đán': '2025-01..2025-02' });
  expressions('vi', { year: 2026 }, { 'sau Tết': '2026-02..2026-03', 'Tết': '2026-02' });
  expressions('en', { year: 2025 }, { 'after Easter': '2025-04..2025-05', 'after Christmas': '2025-12..2026-01', 'Christmas': '2025-12' });
  expressions('pl', { year: 2024 }, { 'po Wielkanocy': '2024-04', 'po Bożym Narodzeniu': '2024-12..2025-01' });
  expressions('de', { year: 2024 }, { 'nach Ostern': '2024-04' });
  expressions('es', { year: 2024 }, { 'después de Navidad': '2024-12..2025-01' });
  test('"after" before a month is still that month', () => expect(spansOf('after May', { year: 2025 })).toBe('2025-05'));
});

describe('the number of a stage, round or batch is no time', () => {
  expressions('vi', { year: 2024 }, { 'Đợt 1: tháng 3; đợt 2: tháng 9': '2024-03;2024-09', 'lần 2: tháng 11': '2024-11' });
  expressions('en', { year: 2024 }, { 'Phase 2: Q3 2024': '2024-07..2024-09', 'Round 1 – May': '2024-05' });
  expressions('pl', { year: 2024 }, { 'etap II: marzec 2024': '2024-03' });
  // … but a stage named by its years is those years, with no word ignored.
  test.each([['Giai đoạn 2025-2030', '2025-01..2030-12'], ['Phase 2025-2026', '2025-01..2026-12']])('%s → %s', (t, expected) => {
    expect(spansOf(t, { year: 2024 })).toBe(expected);
    expect(parseTime(t, { year: 2024 }).warnings).toEqual([]);
  });
});

describe('seasons written in several words', () => {
  expressions('vi', { year: 2024 }, { 'mùa hè 2024': '2024-06..2024-08', 'dịp hè': '2024-06..2024-08' });
  // "hè" alone is also the pavement ("vỉa hè"): it is not read as summer.
  expressions('vi', { year: 2024 }, { 'Tháng 4: dọn vỉa hè': '2024-04' });
  // … but before its year it is the summer: "Hè 2025", "Chiến dịch Hè năm 2025".
  expressions('vi', { year: 2024 }, { 'Hè 2025': '2025-06..2025-08', 'hè năm 2025': '2025-06..2025-08', 'Xuân 2025': '2025-01..2025-03', 'Hè': 'unreadable' });
});
