/**
 * Class 6: integer and compact dates ("51121" for 5 Nov 2021, "20210315") read by the pattern the whole column
 * writes, with a note that names the pattern. One ambiguous number alone stays unreadable.
 */
import { inferCompactPattern, parseTime } from '../../../src/core/time';
import { gridFromRows } from '../../../src/core/model/grid';
import { readPlans } from '../../../src/core/read/plans';

const column = (texts: string[], year = 2021) => {
  const compactDate = inferCompactPattern(texts, year);
  return texts.map((t) => {
    const r = parseTime(t, { year, compactDate });
    return r.ok ? r.spans[0].start : 'unreadable';
  });
};

describe('a column of compact dates', () => {
  test('day, month and two-digit year, its leading zero dropped', () => {
    expect(inferCompactPattern(['51121', '120321', '300621'], 2021)).toBe('ddmmyy');
    expect(column(['51121', '120321', '300621'])).toEqual(['2021-11', '2021-03', '2021-06']);
  });
  test('year, month and day', () => {
    expect(column(['20210315', '20210401', '20211231'])).toEqual(['2021-03', '2021-04', '2021-12']);
  });
  test('day, month and four-digit year', () => {
    expect(column(['15032021', '1042021', '31122021'])).toEqual(['2021-03', '2021-04', '2021-12']);
  });
  test('month first when only that reads every number', () => {
    expect(inferCompactPattern(['031521', '041621'], 2021)).toBe('mmddyy');
    expect(column(['031521', '041621'])).toEqual(['2021-03', '2021-04']);
  });
  test('a pattern that scatters the dates over decades loses to one that keeps them together', () => {
    // yymmdd would make 2005-11-21 and 2030-06-21
    expect(inferCompactPattern(['51121', '300621'], 2021)).toBe('ddmmyy');
  });
  test('the note says which pattern was assumed', () => {
    const r = parseTime('51121', { year: 2021, compactDate: 'ddmmyy' });
    expect(r.warnings).toEqual([{ code: 'column-pattern', detail: expect.stringContaining('ddmmyy') }]);
  });
  test('one ambiguous number alone, or numbers no pattern reads, stay unreadable', () => {
    expect(inferCompactPattern(['51121'], 2021)).toBeUndefined();
    expect(column(['51121'])).toEqual(['unreadable']);
    expect(inferCompactPattern(['99999', '88888'], 2021)).toBeUndefined();
    expect(parseTime('51121', { year: 2021 }).ok).toBe(false);
  });
  test('years are years, not compact dates', () => {
    expect(inferCompactPattern(['2020', '2021'], 2021)).toBeUndefined();
    expect(column(['2020', '2021'])).toEqual(['2020-01', '2021-01']);
  });
  test('in a plan, the time column sets the pattern', () => {
    const grid = gridFromRows('Plan', [
      ['Activity', 'Owner', 'Date', 'Outcome'],
      ['Kick-off meeting', 'Ana', '51121', 'Minutes'],
      ['Survey of members', 'Ola', '120322', 'Report'],
      ['Final workshop', 'Ben', '300622', 'Summary'],
    ]);
    const plan = readPlans(grid, { fallbackYear: 2021 }).plans[0];
    expect(plan.rows.map((r) => r.timeResult.spans.map((s) => s.start).join())).toEqual(['2021-11', '2022-03', '2022-06']);
    expect(plan.rows[0].timeResult.warnings.map((w) => w.code)).toContain('column-pattern');
  });
});
