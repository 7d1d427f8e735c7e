/** missing-owner: An activity has no owner. */
import { missingCell } from '../missing-cell';

export const missingOwner = missingCell('missing-owner', 'owner', 'error', (r) => r.ownerText, 'An activity has no owner: nobody is accountable for it.');
