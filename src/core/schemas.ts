/** The JSON Schemas of what we exchange, generated from the zod schemas (docs/*.schema.json). */
import * as z from 'zod';
import { CleanTableSchema } from './write/clean/table';
import { PlanSchema } from './model/plan';
import { SheetSpecSchema } from './model/sheet-spec';
import { FindingSchema } from './check';
import { RuleConfigSchema } from './model/config';
import { TimeResultSchema } from './time/types';

export const SCHEMAS = {
  plan: PlanSchema,
  finding: FindingSchema,
  'rule-config': RuleConfigSchema,
  'time-result': TimeResultSchema,
  'sheet-spec': SheetSpecSchema,
  'clean-table': CleanTableSchema,
} as const;

export function jsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]));
}
