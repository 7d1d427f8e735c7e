/**
 * The rule catalogue: every rule, one module each. The type of a finding (a union keyed by rule, with each rule's
 * arguments) is derived from this list; so is its schema (finding.schema.ts). The ids and default severities are
 * also a plain list (rule-ids.ts), for hosts that show them before they load the rules.
 */
import type { Severity } from '../model/config';
import type { Same } from '../util/same';
import type { ArgsOf, Fix } from './rule';
import type { RULE_IDS } from './rule-ids';
import { duplicateActivity } from './rules/duplicate-activity';
import { emptyRow } from './rules/empty-row';
import { duplicateRole } from './rules/duplicate-role';
import { inconsistentNumbering } from './rules/inconsistent-numbering';
import { missingActivity } from './rules/missing-activity';
import { missingMethod } from './rules/missing-method';
import { missingOutcome } from './rules/missing-outcome';
import { missingOwner } from './rules/missing-owner';
import { missingColumn } from './rules/missing-column';
import { missingTime } from './rules/missing-time';
import { multiActivityCell } from './rules/multi-activity-cell';
import { splitMisaligned } from './rules/split-misaligned';
import { timeOutsidePlan } from './rules/time-outside-plan';
import { timeAssumed } from './rules/time-assumed';
import { timeOrder } from './rules/time-order';
import { timeTypo } from './rules/time-typo';
import { unknownColumn } from './rules/unknown-column';
import { unparseableTime } from './rules/unparseable-time';
import { vagueOwner } from './rules/vague-owner';

/** In the order their findings are listed when they share a cell and a severity. */
export const RULES = [
  missingColumn, missingActivity, missingOwner, missingOutcome, missingMethod, missingTime,
  unparseableTime, timeOrder, timeTypo, timeAssumed, timeOutsidePlan, vagueOwner, duplicateActivity,
  multiActivityCell, splitMisaligned, inconsistentNumbering, emptyRow, unknownColumn, duplicateRole,
] as const;

export type AnyRule = (typeof RULES)[number];
export type RuleId = AnyRule['id'];

// The plain list of ids (rule-ids.ts) names exactly these rules; a test checks their order and severities.
true satisfies Same<RuleId, (typeof RULE_IDS)[number]>;
export { DEFAULT_SEVERITY, RULE_IDS } from './rule-ids';

interface FindingBase {
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  table: number;
  fix?: Fix;
}

/** A finding: a rule id with that rule's arguments, where it was found, and how severe it is. */
export type Finding = { [R in AnyRule as R['id']]: FindingBase & { rule: R['id']; args: ArgsOf<R['args']> } }[RuleId];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
