/**
 * The rule catalogue: every rule, one module each. The rule ids, their default severities and the type of a
 * finding (a union keyed by rule, with each rule's arguments) are derived from this list; so is its schema
 * (finding.schema.ts).
 */
import type { Severity } from '../model/config';
import type { ArgsOf, Fix } from './rule';
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

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])) as Record<RuleId, Severity>;

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
