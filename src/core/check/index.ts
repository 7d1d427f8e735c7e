export { DEFAULT_SEVERITY, FindingSchema, RULE_IDS, RULES, RuleIdSchema, ruleById } from './catalogue';
export type { AnyRule, Finding, RuleId } from './catalogue';
export { FixSchema } from './rule';
export type { Fix, Rule } from './rule';
export { countBySeverity, severityOf, validatePlan, validatePlans } from './validate';
export { isVagueOwner } from './vague';
export { TIME_WARNING_RULE } from './time-warnings';
export { ruleTable, withRuleTable } from './rule-table';
