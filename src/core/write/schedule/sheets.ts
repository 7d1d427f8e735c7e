/** The schedule sheets for a set of plans: one per plan under a short distinct name, or one combined sheet. */
import { shortPlanNames } from '../plan-names';
import type { Plan } from '../../model/plan';
import type { SheetSpec } from '../../model/sheet-spec';
import type { Grain } from './model';
import { buildSchedule } from './model';
import { scheduleSheetSpec, scheduleWords } from './sheet';

export function scheduleSheets(plans: Plan[], options: { grain?: Grain; combined?: boolean } = {}): SheetSpec[] {
  const grain = options.grain ?? 'quarter';
  if (options.combined) return [scheduleSheetSpec(buildSchedule(plans, { grain }))];
  const short = shortPlanNames(plans.map((p) => p.title || p.sheet));
  return plans.map((p, i) => {
    const s = buildSchedule([p], { grain });
    return scheduleSheetSpec(s, `${scheduleWords(s.lang).sheet} ${short[i]}`);
  });
}
