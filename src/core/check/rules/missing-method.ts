/** missing-method: An activity says nothing of how it will be done. */
import { missingCell } from '../missing-cell';

export const missingMethod = missingCell('missing-method', 'method', 'warning', (r) => r.method, 'An activity says nothing of how it will be done.');
