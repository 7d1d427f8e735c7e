export { DEFAULT_SEVERITY, RULE_IDS, RULES, ruleById } from './catalogue';
export type { AnyRule, Finding, RuleId } from './catalogue';
export { FIX_KINDS } from './rule';
export type { ArgKind, ArgKinds, ArgsOf, Fix, Rule } from './rule';
export { countBySeverity, severityOf, validatePlan, validatePlans } from './validate';
export { isVagueOwner } from './vague';
export { TIME_WARNING_RULE } from './time-warnings';
export { ruleTable, withRuleTable } from './rule-table';
