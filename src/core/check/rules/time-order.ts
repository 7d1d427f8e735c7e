/** time-order: a time ends before it starts. */
import { defineRule, FIX } from '../rule';
import { warningsOf } from '../time-warnings';

export const timeOrder = defineRule({
  id: 'time-order',
  defaultSeverity: 'error',
  tags: ['time'],
  description: 'A time ends before it starts.',
  args: { text: 'string' },
  check: (input) => warningsOf('time-order', input, (text) => ({ text }), FIX.rewrite),
});
