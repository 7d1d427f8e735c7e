import { cellParts } from '../../read/numbering';
import { defineRule, draft } from '../rule';

const ROLES = ['method', 'time', 'owner', 'outcome'] as const;

export const splitMisaligned = defineRule({
  id: 'split-misaligned',
  defaultSeverity: 'info',
  tags: ['structure'],
  description: 'A cell lists several activities, but a cell beside it has another number of lines: the clean table repeats that cell on each activity.',
  args: { count: 'int', role: ROLES, lines: 'int' },
  check: ({ rows }) => {
    const out = [];
    for (const r of rows) {
      if (!r.multiActivity || !r.cells.activity) continue;
      const n = r.activityItems.length;
      const lines: Record<(typeof ROLES)[number], number> = {
        method: cellParts(r.method).length,
        time: r.timeResult.lines.length,
        owner: cellParts(r.ownerText).length,
        outcome: cellParts(r.outcome).length,
      };
      const role = ROLES.find((k) => lines[k] > 1 && lines[k] !== n);
      if (role) out.push(draft(r.cells.activity, { count: n, role, lines: lines[role] }));
    }
    return out;
  },
});
