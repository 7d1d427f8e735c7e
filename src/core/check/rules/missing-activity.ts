/** missing-activity: A row names no activity. */
import { missingCell } from '../missing-cell';

export const missingActivity = missingCell('missing-activity', 'activity', 'error', (r) => r.activity, 'A row of the table names no activity.');
