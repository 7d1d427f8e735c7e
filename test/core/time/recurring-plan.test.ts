/** A time done over and over ("monthly", "co miesiąc", "hằng tháng") runs through the plan it belongs to. */
import { analyzeGrids } from '../../../src/core/analyze';
import { gridFromRows } from '../../../src/core/model/grid';
import { parseTime } from '../../../src/core/time';
import { expressions, spansOf } from './read';

describe('a frequency is marked as done over and over; a time is not', () => {
  test.each(['monthly', 'every quarter', 'regularly'])('%s', (text) => expect(parseTime(text, { year: 2025 }).recurring).toBe(true));
  test.each(['March 2025', 'monthly in May', 'Q1-Q4'])('%s', (text) => expect(parseTime(text, { year: 2025 }).recurring).toBeUndefined());
  test('"ongoing" alone is still no time: it says nothing of when', () => expect(spansOf('ongoing', { year: 2025 })).toBe('unreadable'));
});

describe('a frequency before an open start leaves the start its own', () => {
  expressions('en', { year: 2025 }, {
    'monthly from May': '2025-05..2025-12',
    'every quarter from April': '2025-04..2025-12',
    'from May, monthly': '2025-05..2025-12',
    'monthly until June': '2025-01..2025-06',
    'March ongoing': '2025-03..2025-12',
  });
  expressions('pl', { year: 2025 }, { 'co miesiąc od marca': '2025-03..2025-12', 'regularnie od marca': '2025-03..2025-12' });
  expressions('vi', { year: 2025 }, { 'hằng tháng từ tháng 3': '2025-03..2025-12' });
});

describe('in a plan that runs longer than a year, a frequency runs for the whole plan', () => {
  const spansByActivity = (rows: string[][]) => {
    const plan = analyzeGrids([gridFromRows('Plan', rows)], undefined, { fallbackYear: 2030 }).plans[0];
    return Object.fromEntries(plan.rows.map((r) => [r.activity, r.timeResult.spans.map((s) => `${s.start}..${s.end}`).join(';')]));
  };

  test('a school year: September to June, not the calendar year it starts in', () => {
    const s = spansByActivity([
      ['Activity', 'Time', 'Owner'],
      ['Open the club', 'September 2025', 'Ana'],
      ['Newsletter', 'monthly', 'Ben'],
      ['Review meeting', 'every quarter', 'Cy'],
      ['Final show', 'June 2026', 'Ana'],
    ]);
    expect(s['Newsletter']).toBe('2025-09..2026-06');
    expect(s['Review meeting']).toBe('2025-09..2026-06');
    expect(s['Open the club']).toBe('2025-09..2025-09');
  });

  test('a plan inside one year keeps the whole year for it', () => {
    const s = spansByActivity([
      ['Działanie', 'Termin', 'Odpowiedzialny'],
      ['Ankieta', 'marzec 2025', 'Ania'],
      ['Sprawozdania', 'co miesiąc', 'Bartek'],
      ['Konferencja', 'listopad 2025', 'Celina'],
    ]);
    expect(s['Sprawozdania']).toBe('2025-01..2025-12');
  });

  test('the years a title states are the plan', () => {
    const s = spansByActivity([
      ['Kế hoạch hoạt động 2025–2027', '', ''],
      ['Hoạt động', 'Thời gian', 'Người phụ trách'],
      ['Khảo sát', 'tháng 3/2025', 'An'],
      ['Họp mạng lưới', 'hằng quý', 'Bình'],
      ['Hội thảo', 'tháng 11/2025', 'Chi'],
    ]);
    expect(s['Họp mạng lưới']).toBe('2025-01..2027-12');
  });

  test('an open start runs to the plan’s end, and a deadline from its start', () => {
    const s = spansByActivity([
      ['Activity', 'Time', 'Owner'],
      ['Open the club', 'September 2025', 'Ana'],
      ['Newsletter', 'monthly from October 2025', 'Ben'],
      ['Choose the play', 'by March 2026', 'Cy'],
      ['Rehearsals', 'November 2025 onwards', 'Cy'],
      ['Final show', 'June 2026', 'Ana'],
    ]);
    expect(s['Newsletter']).toBe('2025-10..2026-06');
    expect(s['Choose the play']).toBe('2025-09..2026-03');
    expect(s['Rehearsals']).toBe('2025-11..2026-06');
    expect(s['Final show']).toBe('2026-06..2026-06');
  });

  test('inside one year an open start still runs to the year’s end', () => {
    const s = spansByActivity([['Activity', 'Time'], ['Survey', 'March 2025'], ['Visits', 'from May 2025'], ['Report', 'July 2025']]);
    expect(s['Visits']).toBe('2025-05..2025-12');
  });
});
