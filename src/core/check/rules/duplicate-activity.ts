import type { PlanRow } from '../../model/plan';
import { defineRule, draft, FIX } from '../rule';

export const duplicateActivity = defineRule({
  id: 'duplicate-activity',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: 'The same activity appears twice in one plan.',
  args: { activity: 'string', first: 'string' },
  check: ({ rows }) => {
    const seen = new Map<string, PlanRow>();
    const out = [];
    for (const r of rows) {
      const texts = r.multiActivity ? r.activityItems.map((i) => i.text) : [r.activity];
      for (const t of texts) {
        const k = t.toLowerCase(); // spaces are already tidied by the reader
        if (!k || !r.cells.activity) continue;
        const first = seen.get(k);
        if (first && first !== r) out.push(draft(r.cells.activity, { activity: t, first: first.cells.activity }, FIX.delete));
        else seen.set(k, r);
      }
    }
    return out;
  },
});
