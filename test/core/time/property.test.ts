import fc from 'fast-check';
import { parseTime } from '../../../src/core/time';
import { ymIndex } from '../../../src/core/time/spans';

const timeish = fc.array(
  fc.oneof(
    fc.constantFrom('T', 'Q', 'H', 'kw.', 'quý', 'tháng', 'luty', 'marzec', 'Jan', 'March', '-', '–', '/', '//', ',', '+', ';', '\n', 'và', 'i', 'do', 'to', 'I', 'II', 'III', 'IV', 'Month', 'Year', 'đầu', 'late', ' '),
    fc.integer({ min: 0, max: 2100 }).map(String),
    fc.string({ maxLength: 4 }),
  ),
  { maxLength: 12 },
).map((parts) => parts.join(' '));

describe('property: the time reader never throws and keeps its promises', () => {
  test('any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), timeish), fc.option(fc.integer({ min: 1950, max: 2100 }), { nil: undefined }), (text, year) => {
        const r = parseTime(text, { year, fallbackYear: 2026 });
        expect(r.input).toBe(text);
        expect(r.ok).toBe(r.spans.length > 0);
        for (const s of r.spans) expect(ymIndex(s.start)).toBeLessThanOrEqual(ymIndex(s.end));
        for (let i = 1; i < r.spans.length; i++) expect(ymIndex(r.spans[i - 1].end)).toBeLessThan(ymIndex(r.spans[i].start));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });
});
