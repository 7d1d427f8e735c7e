/** Which rule reports each note of the time reader. Exhaustive: a new code does not compile until it has a rule (or none). */
import type { TimeWarningCode } from '../../time/types';

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
