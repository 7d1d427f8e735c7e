/** time-assumed: a time was read with an assumption. */
import { defineRule } from '../rule';
import { warningsOf } from '../time-warnings';

export const timeAssumed = defineRule({
  id: 'time-assumed',
  defaultSeverity: 'info',
  tags: ['time'],
  description: 'A time was read with an assumption: a year, a day-month order, a date Excel made of the text, words left out.',
  args: { text: 'string', code: 'string', detail: 'string' },
  check: (input) => warningsOf('time-assumed', input, (text, code, detail) => ({ text, code, detail })),
});
