/** validate: run every rule over every plan and apply the configuration. */
import type { HeaderIssue } from '../detect';
import type { Plan } from '../plan';
import type { Finding, RuleConfig } from './findings';
import { severityOf } from './findings';
import { RULES } from './rules';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function validatePlan(plan: Plan, headerIssues: HeaderIssue[] = [], config: RuleConfig = { rules: {} }): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    for (const d of rule({ plan, headerIssues, config })) {
      const severity = severityOf(d.rule, config);
      if (severity === 'off' || !d.cell) continue;
      out.push({ ...d, severity, sheet: plan.sheet, table: plan.index });
    }
  }
  return out.sort((a, b) => a.row - b.row || ORDER[a.severity] - ORDER[b.severity] || a.cell.localeCompare(b.cell));
}

export function validatePlans(plans: Plan[], headerIssues: HeaderIssue[][] = [], config?: RuleConfig): Finding[] {
  return plans.flatMap((p, i) => validatePlan(p, headerIssues[i] ?? [], config));
}

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info', number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
