/** time-typo: a time was read, but it has a typo. */
import * as z from 'zod';
import { defineRule, FIX } from '../rule';
import { warningsOf } from '../time-warnings';

export const timeTypo = defineRule({
  id: 'time-typo',
  defaultSeverity: 'warning',
  tags: ['time'],
  description: 'A time was read, but it has a typo: a doubled slash, a month name cut short or misspelt.',
  args: z.object({ text: z.string(), code: z.string(), detail: z.string() }),
  check: (input) => warningsOf('time-typo', input, (text, code, detail) => ({ text, code, detail }), FIX.rewrite),
});
