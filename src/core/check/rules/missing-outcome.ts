/** missing-outcome: An activity has no expected outcome. */
import { missingCell } from '../missing-cell';

export const missingOutcome = missingCell('missing-outcome', 'outcome', 'error', (r) => r.outcome, 'An activity has no expected outcome.');
