/** The schema of what the user sets (config.ts): a configuration file or the workbook's settings is checked with it. */
import * as z from 'zod';
import { RoleSchema } from './roles.schema';
import { SEVERITIES } from './config';
import type { RuleConfig, TableSetting } from './config';
import type { Same } from '../util/same';

export const SeveritySchema = z.enum(SEVERITIES);

/** A table the user pointed at: its range (or only its header row), and the roles of its columns by letter. */
export const TableSettingSchema = z.object({
  sheet: z.string(),
  /** A1 range of the table, header included ("A3:H40"). */
  range: z.string().regex(/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/).optional(),
  /** 1-based sheet row of the header, when no range is given. */
  headerRow: z.number().int().positive().optional(),
  /** Roles by column letter: { "D": "time" }. They always win. */
  columns: z.record(z.string(), RoleSchema).default({}),
});

export const RuleConfigSchema = z.object({
  rules: z.record(z.string(), z.union([SeveritySchema, z.literal('off')])).default({}),
  year: z.number().int().min(1900).max(2200).optional(),
  planStart: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM').optional(),
  lang: z.string().optional(),
  /** Column roles set by hand for every table, by column letter or header text. */
  columns: z.record(z.string(), z.string()).optional(),
  /** Tables set by hand: a range or header row, and roles that apply to that table only. */
  tables: z.array(TableSettingSchema).optional(),
  /** Vague owner words to add to the built-in list. */
  vagueOwners: z.array(z.string()).optional(),
});

true satisfies Same<z.infer<typeof TableSettingSchema>, TableSetting>;
true satisfies Same<z.infer<typeof RuleConfigSchema>, RuleConfig>;
