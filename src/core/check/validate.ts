/** validate: run every rule over every plan and apply the configuration. */
import type { HeaderIssue } from '../read/detect';
import type { Plan } from '../model/plan';
import type { Finding, RuleConfig } from './findings';
import { severityOf } from './findings';
import { RULES, dataRows } from './rules';

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
  const rows = dataRows(plan);
  for (const rule of RULES) {
    for (const d of rule({ plan, rows, headerIssues, config })) {
      const severity = severityOf(d.rule, config);
      if (severity === 'off' || !d.cell) continue;
      // Drafts are fresh objects: finish them in place rather than copying 100k findings.
      const f = d as Finding;
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

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info', number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
