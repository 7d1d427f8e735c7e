import { parentId } from '../../read/numbering';
import { defineRule, draft } from '../rule';

export const inconsistentNumbering = defineRule({
  id: 'inconsistent-numbering',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: 'An activity’s number does not match its goal’s (1.1 under goal 2).',
  args: { id: 'string', goalId: 'string' },
  check: ({ rows }) => {
    const out = [];
    for (const r of rows) {
      if (!r.goalId || !/^\d+$/.test(r.goalId)) continue;
      const ids = r.multiActivity ? r.activityItems.map((i) => i.id) : [r.activityId];
      const wrong = ids.find((id) => id && /^\d+(\.\d+)+$/.test(id) && parentId(id) !== r.goalId);
      const cell = r.cells.activity ?? r.cells.goal;
      if (wrong && cell) out.push(draft(cell, { id: wrong, goalId: r.goalId }, { kind: 'fill-cell', value: `${r.goalId}.${wrong.split('.').slice(1).join('.')}` }));
    }
    return out;
  },
});
