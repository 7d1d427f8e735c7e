/** Shared by the time tests: an expression's spans as one short string, or "unreadable". */
import { parseTime } from '../../../src/core/time';
import type { TimeContext } from '../../../src/core/time';

export function spansOf(text: string, ctx: TimeContext = {}): string {
  const r = parseTime(text, { fallbackYear: 2030, ...ctx });
  return r.ok ? r.spans.map((s) => (s.start === s.end ? s.start : `${s.start}..${s.end}`)).join(';') : 'unreadable';
}

/** One test per expression: `expressions('pl', { year: 2020 }, { 'do końca maja': '2020-01..2020-05' })`. */
export function expressions(lang: string, ctx: TimeContext, table: Record<string, string>): void {
  describe(lang, () => {
    test.each(Object.entries(table))('%s → %s', (text, expected) => expect(spansOf(text, { lang, ...ctx })).toBe(expected));
  });
}
