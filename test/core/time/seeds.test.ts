import { parseTime } from '../../../src/core/time';
import { timeRows } from '../../helpers/corpus';

const rows = timeRows();

describe('every expression of the corpus gives exactly the expected spans', () => {
  test('the corpus has all its rows', () => expect(rows.length).toBeGreaterThanOrEqual(35));
  test.each(rows.map((r) => [r.lang, JSON.stringify(r.expression), r.year, r.expected, r]))('%s %s (year %d) → %s', (_l, _e, _y, _x, row) => {
    const r = row as (typeof rows)[number];
    const res = parseTime(r.expression, { year: r.year });
    const got = res.ok ? res.spans.map((s) => `${s.start}..${s.end}`).join(';') : 'ERROR';
    expect(got).toBe(r.expected);
    expect(res.input).toBe(r.expression); // the original text is kept
  });
  test('typos are parsed and warned about', () => {
    expect(parseTime('05//09', { year: 2009 }).warnings.map((w) => w.code)).toContain('doubled-slash');
    expect(parseTime('marzec - kwiecie', { year: 2014 }).warnings.map((w) => w.code)).toContain('truncated-month');
  });
});
