/** The rules on how a time was read: not at all, end before start, a typo, or with an assumption. */
import { z } from 'zod';
import type { Draft, RuleInput } from '../rule';
import { defineRule, draft, FIX, timeCell } from '../rule';
import type { TimeRuleId } from './time-warnings';
import { TIME_WARNING_RULE } from './time-warnings';

export const unparseableTime = defineRule({
  id: 'unparseable-time',
  defaultSeverity: 'warning',
  tags: ['time'],
  description: 'A time is written but could not be read as a date, month, quarter, half or year.',
  args: z.object({ text: z.string(), reason: z.string() }),
  check: ({ rows }) => {
    const out = [];
    for (const r of rows) {
      const cell = timeCell(r);
      if (cell && r.time.trim() && !r.timeResult.ok) out.push(draft(cell, { text: r.time, reason: r.timeResult.reason ?? 'no-time' }, FIX.rewrite));
    }
    return out;
  },
});

/** The findings of one time rule: every read time's notes that the table maps to it. */
function warningsOf<A>(id: TimeRuleId, { rows }: RuleInput, args: (text: string, code: string, detail: string) => A, fix?: Draft<A>['fix']): Draft<A>[] {
  const out: Draft<A>[] = [];
  for (const r of rows) {
    const cell = timeCell(r);
    if (!cell || !r.time.trim() || !r.timeResult.ok) continue;
    for (const w of r.timeResult.warnings) if (TIME_WARNING_RULE[w.code] === id) out.push(draft(cell, args(r.time, w.code, w.detail), fix));
  }
  return out;
}

export const timeOrder = defineRule({
  id: 'time-order',
  defaultSeverity: 'error',
  tags: ['time'],
  description: 'A time ends before it starts.',
  args: z.object({ text: z.string() }),
  check: (input) => warningsOf('time-order', input, (text) => ({ text }), FIX.rewrite),
});

export const timeTypo = defineRule({
  id: 'time-typo',
  defaultSeverity: 'warning',
  tags: ['time'],
  description: 'A time was read, but it has a typo: a doubled slash, a month name cut short or misspelt.',
  args: z.object({ text: z.string(), code: z.string(), detail: z.string() }),
  check: (input) => warningsOf('time-typo', input, (text, code, detail) => ({ text, code, detail }), FIX.rewrite),
});

export const timeAssumed = defineRule({
  id: 'time-assumed',
  defaultSeverity: 'info',
  tags: ['time'],
  description: 'A time was read with an assumption: a year, a day-month order, a date Excel made of the text, words left out.',
  args: z.object({ text: z.string(), code: z.string(), detail: z.string() }),
  check: (input) => warningsOf('time-assumed', input, (text, code, detail) => ({ text, code, detail })),
});
