/** validate: run every rule of the catalogue over every plan and apply the configuration. */
import type { RuleConfig } from '../model/config';
import type { Plan } from '../model/plan';
import type { HeaderIssue } from '../read/detect';
import type { Finding } from './catalogue';
import { RULES } from './catalogue';
import type { RuleInput } from './rule';
import { severityOf } from './severity';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Column number of an A1 address, for ordering findings within a row. */
function colOf(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

export function validatePlan(plan: Plan, headerIssues: HeaderIssue[] = [], config: RuleConfig = { rules: {} }): Finding[] {
  const out: Finding[] = [];
  const input: RuleInput = { plan, rows: plan.rows.filter((r) => !r.blank && !r.hidden), headerIssues, config };
  for (const rule of RULES) {
    const severity = severityOf(rule.id, config);
    if (severity === 'off') continue;
    for (const d of rule.check(input)) {
      if (!d.cell) continue;
      // Drafts are fresh objects: finish them in place rather than copying 100k findings.
      const f = d as unknown as Finding;
      f.rule = rule.id;
      f.severity = severity;
      f.sheet = plan.sheet;
      f.table = plan.index;
      out.push(f);
    }
  }
  return out.sort((a, b) => a.row - b.row || ORDER[a.severity] - ORDER[b.severity] || colOf(a.cell) - colOf(b.cell));
}

export function validatePlans(plans: Plan[], headerIssues: HeaderIssue[][] = [], config?: RuleConfig): Finding[] {
  return plans.flatMap((p, i) => validatePlan(p, headerIssues[i] ?? [], config));
}
