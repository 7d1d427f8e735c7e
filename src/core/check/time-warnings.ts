/** Which rule reports each note of the time reader. Exhaustive: a new code does not compile until it has a rule (or none). */
import type { TimeWarningCode } from '../time/types';
import type { Draft, RuleInput } from './rule';
import { draft, timeCell } from './rule';

export type TimeRuleId = 'time-order' | 'time-typo' | 'time-assumed';

export const TIME_WARNING_RULE: Record<TimeWarningCode, TimeRuleId | null> = {
  'reversed-range': 'time-order',
  'doubled-slash': 'time-typo',
  'truncated-month': 'time-typo',
  'misspelt-month': 'time-typo',
  'excel-date': 'time-assumed',
  'year-assumed': 'time-assumed',
  'ambiguous-date': 'time-assumed',
  'unreadable-part': 'time-assumed',
  'ignored-text': 'time-assumed',
  deadline: 'time-assumed',
  'open-end': 'time-assumed',
  'column-pattern': 'time-assumed',
  // Reported as unparseable-time when nothing else was read.
  'relative-without-start': null,
  'impossible-date': null,
};

/** The findings of one time rule: every read time's notes that the table maps to it. */
export function warningsOf<A>(id: TimeRuleId, { rows }: RuleInput, args: (text: string, code: string, detail: string) => A, fix?: Draft<A>['fix']): Draft<A>[] {
  const out: Draft<A>[] = [];
  for (const r of rows) {
    const cell = timeCell(r);
    if (!cell || !r.time.trim() || !r.timeResult.ok) continue;
    for (const w of r.timeResult.warnings) if (TIME_WARNING_RULE[w.code] === id) out.push(draft(cell, args(r.time, w.code, w.detail), fix));
  }
  return out;
}
