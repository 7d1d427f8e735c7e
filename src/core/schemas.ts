/**
 * The zod schemas of what we exchange, and their JSON Schemas (docs/*.schema.json). The engine itself never loads
 * them: a host reaches this module through loadSchemas() (src/core/index.ts) when it checks a configuration or
 * the workbook's settings, so that zod stays out of the task pane's first bundle and out of the CLI's start-up.
 */
import * as z from 'zod';
import { CleanTableSchema } from './write/clean/table.schema';
import { PlanSchema } from './model/plan.schema';
import { SheetSpecSchema } from './model/sheet-spec.schema';
import { FindingSchema } from './check/finding.schema';
import { RuleConfigSchema } from './model/config.schema';
import { TimeResultSchema } from './time/types.schema';

export { RoleSchema } from './model/roles.schema';
export { RuleConfigSchema, SeveritySchema, TableSettingSchema } from './model/config.schema';
export { FindingSchema, FixSchema, RuleIdSchema } from './check/finding.schema';
export { PlanSchema, ColumnSchema, PlanRowSchema } from './model/plan.schema';
export { GridSchema, GridCellSchema } from './model/grid.schema';
export { SpanSchema } from './time/spans.schema';
export { TimeResultSchema, TimeContextSchema } from './time/types.schema';

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
