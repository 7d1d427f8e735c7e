/**
 * A rule, in the style of Frictionless's checks: an id, a default severity, tags, a description, the kinds of
 * its findings' arguments (the placeholders of its messages: plain data, from which finding.schema.ts builds the
 * schema of a finding), and the check itself.
 */
import { parseA1 } from '../model/address';
import type { RuleConfig, Severity } from '../model/config';
import type { Plan, PlanRow } from '../model/plan';
import type { HeaderIssue } from '../read/detect';

export const FIX_KINDS = ['split-cell', 'fill-cell', 'rewrite-time', 'rename-header', 'delete-row', 'set-year'] as const;

export interface Fix {
  kind: (typeof FIX_KINDS)[number];
  /** A suggested value, when there is one. */
  value?: string;
}

/** The kind of one argument: a text, a whole number, or one of a few words. */
export type ArgKind = 'string' | 'int' | readonly string[];
export type ArgKinds = Record<string, ArgKind>;
type ArgType<K> = K extends 'string' ? string : K extends 'int' ? number : K extends readonly (infer E)[] ? E : never;
/** The arguments a rule's findings carry, from the kinds it declares. */
export type ArgsOf<S extends ArgKinds> = { [K in keyof S]: ArgType<S[K]> };

export interface RuleInput {
  plan: Plan;
  /** The plan's rows that are not blank, computed once for all rules. */
  rows: PlanRow[];
  headerIssues: HeaderIssue[];
  config: RuleConfig;
}

/** What a rule finds; the severity, sheet and table are added by validate. */
export interface Draft<A> {
  cell: string;
  /** 1-based sheet row. */
  row: number;
  args: A;
  fix?: Fix;
}

export interface Rule<Id extends string = string, Shape extends ArgKinds = ArgKinds> {
  id: Id;
  defaultSeverity: Severity;
  tags: readonly string[];
  /** One sentence, in English, for the README's list and the docs. */
  description: string;
  args: Shape;
  check(input: RuleInput): Draft<ArgsOf<Shape>>[];
}

export function defineRule<const Id extends string, const Shape extends ArgKinds>(rule: Rule<Id, Shape>): Rule<Id, Shape> {
  return rule;
}

/** A finding's draft. The row is read from the address: "E30" → 30, without a regular expression. */
export function draft<A>(cell: string, args: A, fix?: Fix): Draft<A> {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) >= 65) i++;
  const row = parseInt(cell.slice(i), 10);
  return { cell, row: Number.isFinite(row) && row > 0 ? row : parseA1(cell).row + 1, args, fix };
}

/** Fixes without a value are the same for every finding of a rule: shared, not copied 100k times. */
export const FIX = {
  fill: Object.freeze({ kind: 'fill-cell' as const }),
  rewrite: Object.freeze({ kind: 'rewrite-time' as const }),
  split: Object.freeze({ kind: 'split-cell' as const }),
  delete: Object.freeze({ kind: 'delete-row' as const }),
  rename: Object.freeze({ kind: 'rename-header' as const }),
};

/** The cell a row's time is read from: its time column, or its start or end, or its first period column. */
export function timeCell(r: PlanRow): string | undefined {
  return r.cells.time ?? r.cells.start ?? r.cells.end;
}

export function hasTimeColumn(plan: Plan): boolean {
  return plan.columns.some((c) => c.role === 'time' || c.role === 'start' || c.role === 'end' || c.role === 'period' || c.role === 'duration');
}
