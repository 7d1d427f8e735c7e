/** A rule's severity under a configuration, and findings counted by severity: light, for hosts that show counts. */
import type { RuleConfig, Severity } from '../model/config';
import { DEFAULT_SEVERITY } from './rule-ids';
import type { RULE_IDS } from './rule-ids';

export function severityOf(rule: (typeof RULE_IDS)[number], config?: RuleConfig): Severity | 'off' {
  return config?.rules?.[rule] ?? DEFAULT_SEVERITY[rule];
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
