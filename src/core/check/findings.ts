/** Findings and the rule configuration, as zod schemas. */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const RULE_IDS = [
  'missing-owner', 'missing-outcome', 'missing-time', 'missing-activity', 'missing-method', 'missing-column',
  'unparseable-time', 'time-outside-plan', 'time-order', 'time-typo', 'time-assumed', 'vague-owner', 'duplicate-activity',
  'multi-activity-cell', 'inconsistent-numbering', 'empty-row', 'unknown-column', 'duplicate-role',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'missing-owner': 'error',
  'missing-outcome': 'error',
  'missing-time': 'error',
  'missing-activity': 'error',
  'missing-method': 'warning',
  'missing-column': 'error',
  'unparseable-time': 'warning',
  'time-outside-plan': 'warning',
  'time-order': 'error',
  'time-typo': 'warning',
  'time-assumed': 'info',
  'vague-owner': 'warning',
  'duplicate-activity': 'warning',
  'multi-activity-cell': 'info',
  'inconsistent-numbering': 'warning',
  'empty-row': 'info',
  'unknown-column': 'info',
  'duplicate-role': 'warning',
};

export const FixSchema = z.object({
  kind: z.enum(['split-cell', 'fill-cell', 'rewrite-time', 'rename-header', 'delete-row', 'set-year']),
  /** A suggested value, when there is one. */
  value: z.string().optional(),
});

export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  /** A1 address of the cell the finding concerns. */
  cell: z.string(),
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  /** Index of the plan table. */
  table: z.number().int().nonnegative(),
  /** Arguments of the message (column name, the text read, the parser's reason …). */
  args: z.record(z.string(), z.union([z.string(), z.number()])),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** The rule configuration. The same object the task pane keeps in the workbook's settings. */
export const RuleConfigSchema = z.object({
  rules: z.record(z.string(), z.union([SeveritySchema, z.literal('off')])).default({}),
  year: z.number().int().min(1900).max(2200).optional(),
  planStart: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  lang: z.enum(['en', 'pl', 'vi']).optional(),
  /** Column roles set by hand, by column letter or header. */
  columns: z.record(z.string(), z.string()).optional(),
  /** Vague owner words to add to the built-in list. */
  vagueOwners: z.array(z.string()).optional(),
});
export type RuleConfig = z.infer<typeof RuleConfigSchema>;

export function severityOf(rule: RuleId, config?: RuleConfig): Severity | 'off' {
  const set = config?.rules?.[rule];
  return set ?? DEFAULT_SEVERITY[rule];
}
