/** time-typo: a time was read, but it has a typo. */
import { defineRule, FIX } from '../rule';
import { warningsOf } from '../time-warnings';

export const timeTypo = defineRule({
  id: 'time-typo',
  defaultSeverity: 'warning',
  tags: ['time'],
  description: 'A time was read, but it has a typo: a doubled slash, a month name cut short or misspelt.',
  args: { text: 'string', code: 'string', detail: 'string' },
  check: (input) => warningsOf('time-typo', input, (text, code, detail) => ({ text, code, detail }), FIX.rewrite),
});
