/** The schema of a finding, built from the catalogue: a union keyed by rule id, each with its rule's arguments. */
import * as z from 'zod';
import { SeveritySchema } from '../model/config.schema';
import { RULE_IDS, RULES } from './catalogue';
import type { RuleId } from './catalogue';
import { FIX_KINDS } from './rule';
import type { ArgKind, ArgKinds, Fix } from './rule';
import type { Same } from '../util/same';

export const RuleIdSchema = z.enum(RULE_IDS as [RuleId, ...RuleId[]]);

export const FixSchema = z.object({
  kind: z.enum(FIX_KINDS),
  /** A suggested value, when there is one. */
  value: z.string().optional(),
});

function argSchema(kind: ArgKind) {
  if (kind === 'string') return z.string();
  if (kind === 'int') return z.number().int();
  return kind.length === 1 ? z.literal(kind[0]) : z.enum(kind as [string, ...string[]]);
}

function argsSchema(kinds: ArgKinds) {
  return z.object(Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, argSchema(v)])));
}

const base = {
  severity: SeveritySchema,
  sheet: z.string(),
  /** A1 address of the cell the finding concerns. */
  cell: z.string(),
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  /** Index of the plan table. */
  table: z.number().int().nonnegative(),
  fix: FixSchema.optional(),
};

export const FindingSchema = z.discriminatedUnion(
  'rule',
  RULES.map((r) => z.object({ rule: z.literal(r.id), ...base, args: argsSchema(r.args) })) as unknown as [z.ZodObject<{ rule: z.ZodLiteral<RuleId> }>, ...z.ZodObject<{ rule: z.ZodLiteral<RuleId> }>[]],
);

true satisfies Same<z.infer<typeof FixSchema>, Fix>;
