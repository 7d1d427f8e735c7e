/**
 * missing-outcome: An activity has no expected outcome. An activity under a goal whose own row writes the outcome
 * (a logframe's output and its indicator, the activities under it with none of their own) serves that outcome.
 */
import { missingCell } from '../missing-cell';

export const missingOutcome = missingCell('missing-outcome', 'outcome', 'error', (r) => r.outcome || (r.goalOutcome ?? ''), 'An activity has no expected outcome.');
