/**
 * Calendar weeks of a named year, school and financial years written "2024/25", week and day ordinals inside a
 * month, and lists of months or Roman-numbered quarters: every item of a list is a time of the activity.
 */
import { isoWeekThursday } from '../../../src/core/time/iso-week';
import { spansOf } from './read';

describe('a calendar week of a named year is the month of its Thursday, in any language', () => {
  test.each([
    ['week 14 2023', '2023-04'],
    ['wk 14, 2023', '2023-04'],
    ['W14 2023', '2023-04'],
    ['2023-W14', '2023-04'],
    ['KW 14/2023', '2023-04'],
    ['Kalenderwoche 14 2023', '2023-04'],
    ['tuần 14/2023', '2023-04'],
    ['tuần 14 năm 2023', '2023-04'],
    ['tydzień 14 2023', '2023-04'],
    // ISO week 1 of 2021 starts on 4 January; week 53 of 2020 ends on 3 January 2021.
    ['week 1 2021', '2021-01'],
    ['week 53 2020', '2020-12'],
    ['weeks 5-9 2023', '2023-02..2023-03'],
    ['W5-W9 2023', '2023-02..2023-03'],
  ])('%s → %s', (text, expected) => expect(spansOf(text)).toBe(expected));

  test('a week a year does not have is unreadable, and a week without a year is counted from the plan’s start', () => {
    expect(spansOf('week 53 2023')).toBe('unreadable');
    expect(spansOf('week 3', { planStart: '2023-03' })).toBe('2023-03');
    expect(spansOf('week 12')).toBe('unreadable');
  });

  test('a calendar week named as one (KW, CW, Kalenderwoche) is a week of the plan’s year, not a Polish quarter', () => {
    expect(spansOf('KW 12', { year: 2025 })).toBe('2025-03');
    expect(spansOf('KW 12-15', { year: 2025 })).toBe('2025-03..2025-04');
    expect(spansOf('CW 40', { year: 2025 })).toBe('2025-10');
    expect(spansOf('KW 2 2026')).toBe('2026-01');
    expect(spansOf('KW 52 2025 - KW 2 2026')).toBe('2025-12..2026-01');
    // Polish writes its quarter word after the number, or as "kw." before it.
    expect(spansOf('2 kw. 2025')).toBe('2025-04..2025-06');
    expect(spansOf('kw. III 2025')).toBe('2025-07..2025-09');
  });

  test('the Thursday of every ISO week of a year falls in that year, a week after the one before', () => {
    for (const year of [2020, 2021, 2023, 2026]) {
      const weeks = Array.from({ length: 53 }, (_, w) => isoWeekThursday(year, w + 1)).filter(Boolean) as { month: number; day: number }[];
      expect(weeks.length).toBe(year === 2020 || year === 2026 ? 53 : 52);
      const days = weeks.map((t) => Date.UTC(year, t.month - 1, t.day));
      days.slice(1).forEach((d, k) => expect(d - days[k]).toBe(7 * 86400000));
      expect(new Date(days[0]).getUTCDay()).toBe(4);
    }
  });

  test('the Polish quarter word is still a quarter, and an impossible quarter still unreadable', () => {
    expect(spansOf('III kw. 2023')).toBe('2023-07..2023-09');
    expect(spansOf('VI kw. 2023')).toBe('unreadable');
    expect(spansOf('Q6 2023')).toBe('unreadable');
  });
});

describe('a year written with the next year’s two digits is both years', () => {
  test.each([
    ['2023/24', '2023-01..2024-12'],
    ['2023-24', '2023-01..2024-12'],
    // Named a school year, the pair is that school year: September to June (to May in Vietnam).
    ['rok szkolny 2023/24', '2023-09..2024-06'],
    ['năm học 2023-24', '2023-09..2024-05'],
    ['2023/24 – 2025/26', '2023-01..2026-12'],
    // A month after its year is still a month.
    ['2023/11', '2023-11'],
    ['2011/12', '2011-12'],
  ])('%s → %s', (text, expected) => expect(spansOf(text)).toBe(expected));
});

describe('a financial year written with two digits is that year', () => {
  test.each([
    ['FY25', '2025-01..2025-12'],
    ['FY 25', '2025-01..2025-12'],
    ['Q4 FY25', '2025-10..2025-12'],
    ['FY25 Q2', '2025-04..2025-06'],
    ['FY2025', '2025-01..2025-12'],
  ])('%s → %s', (text, expected) => expect(spansOf(text)).toBe(expected));
});

describe('an ordinal of a week or a day places the time inside the month after it', () => {
  test.each([
    ['2nd week of May 2023', '2023-05'],
    ['1st week of June 2023', '2023-06'],
    ['3rd day of October 2023', '2023-10'],
    ['2. Woche im März 2023', '2023-03'],
    ['w 2. tygodniu maja 2023', '2023-05'],
  ])('%s → %s', (text, expected) => expect(spansOf(text)).toBe(expected));
});

describe('every item of a list is read', () => {
  test.each([
    // "mar" is also a Spanish weekday: between months it is March.
    ['Jan, Mar, May 2023', '2023-01;2023-03;2023-05'],
    ['Mar, May 2023', '2023-03;2023-05'],
    ['I, II kw. 2023', '2023-01..2023-06'],
    ['I i III kw. 2023', '2023-01..2023-03;2023-07..2023-09'],
    ['I, II, IV kw. 2023', '2023-01..2023-06;2023-10..2023-12'],
    ['quý I-II/2023', '2023-01..2023-06'],
    ['Quý I, II/2023', '2023-01..2023-06'],
    ['quý 1-2/2023', '2023-01..2023-06'],
    ['Q1, 3/2023', '2023-01..2023-03;2023-07..2023-09'],
    ['Quý I, II và III/2023', '2023-01..2023-09'],
    // Months stay months.
    ['tháng 1-2/2023', '2023-01..2023-02'],
    ['T1, 2/2023', '2023-01..2023-02'],
    ['V-VI/2023', '2023-05..2023-06'],
    ['III/2023', '2023-03'],
    ['II poł. 2023', '2023-07..2023-12'],
    ['I poł. 2023', '2023-01..2023-06'],
  ])('%s → %s', (text, expected) => expect(spansOf(text)).toBe(expected));

  test('a short weekday before a day is still a weekday, and a half word alone is still the middle of the year', () => {
    expect(spansOf('mar, 5 de marzo de 2023')).toBe('2023-03');
    expect(spansOf('wt, 3.05.2023')).toBe('2023-05');
    expect(spansOf('poł. 2023')).toBe('2023-05..2023-08');
  });
});

describe('the last quarter or half of a year', () => {
  test.each([
    ['last quarter of 2023', '2023-10..2023-12'],
    ['final half of 2023', '2023-07..2023-12'],
    ['ostatni kwartał 2023', '2023-10..2023-12'],
    ['letztes Quartal 2023', '2023-10..2023-12'],
    ['dernier trimestre 2023', '2023-10..2023-12'],
  ])('%s → %s', (text, expected) => expect(spansOf(text)).toBe(expected));
  test('"last year" is still the year before the plan’s', () => expect(spansOf('last year', { year: 2023 })).toBe('2022-01..2022-12'));
});

describe('a start and an end written with their labels are one range', () => {
  test.each([
    ['Start: March 2023, End: June 2023', 'en', '2023-03..2023-06'],
    ['Start: March 2023; End: June 2023', 'en', '2023-03..2023-06'],
    ['Bắt đầu: tháng 2/2023; Kết thúc: tháng 6/2023', 'vi', '2023-02..2023-06'],
    ['từ tháng 2/2023, kết thúc tháng 6/2023', 'vi', '2023-02..2023-06'],
    ['Rozpoczęcie: marzec 2023, zakończenie: czerwiec 2023', 'pl', '2023-03..2023-06'],
    ['mars, fin juin 2023', 'fr', '2023-03..2023-06'],
  ])('%s (%s) → %s', (text, lang, expected) => expect(spansOf(text, { lang })).toBe(expected));
  test('an end word alone keeps its meaning: the end of a period, or a deadline', () => {
    expect(spansOf('end of March 2023')).toBe('2023-03');
    expect(spansOf('by end of June 2023')).toBe('2023-01..2023-06');
    expect(spansOf('Q1 2023; Q3 2023')).toBe('2023-01..2023-03;2023-07..2023-09');
  });
});
