import { defineRule, draft, FIX } from '../rule';
import { isVagueOwner } from '../vague';

export const vagueOwner = defineRule({
  id: 'vague-owner',
  defaultSeverity: 'warning',
  tags: ['owner'],
  description: 'The owner names nobody accountable: “everyone”, “wszyscy”, “Tất cả”, “the team”.',
  args: { owner: 'string' },
  check: ({ rows, config }) => {
    const out = [];
    for (const r of rows) {
      const vague = r.owners.find((o) => isVagueOwner(o, config.vagueOwners));
      if (vague && r.cells.owner) out.push(draft(r.cells.owner, { owner: vague }, FIX.fill));
    }
    return out;
  },
});
