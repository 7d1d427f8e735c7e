/** The plan model's schemas, and the types inferred from them (plan.ts re-exports the types). */
import * as z from 'zod';
import { LANGS } from '../lang';
import { RoleSchema } from './roles.schema';
import { SpanSchema } from '../time/spans.schema';
import { RelativeSpanSchema, TimeResultSchema } from '../time/types.schema';
export const ColumnSchema = z.object({
  /** 0-based sheet column. */
  index: z.number().int().nonnegative(),
  letter: z.string(),
  header: z.string(),
  role: RoleSchema,
  confidence: z.number().min(0).max(1),
  /** For a number column: whose numbers it holds. */
  numbers: z.enum(['goal', 'activity']).optional(),
  /** For a period column: the months it stands for, or the period it counts from the plan's start. */
  period: z.object({ start: z.string(), end: z.string() }).or(z.object({ relative: RelativeSpanSchema })).optional(),
  /** True when the user set this role by hand. */
  explicit: z.boolean().optional(),
  /** True when the role was inferred from the column's content, not from its header. */
  inferred: z.boolean().optional(),
  /** Why the column got its role, in short phrases ("header “Owner”", "names in 9 of 10 cells"). */
  reasons: z.array(z.string()).optional(),
  /** For goal and activity columns of a hierarchy: 0 is the top level. */
  level: z.number().int().nonnegative().optional(),
  /** For a column of an owner matrix ("Responsible" over one column per person): the person. */
  person: z.string().optional(),
  /** A column that continues the merged cells of the column at this letter: it holds no text of its own. */
  spanOf: z.string().optional(),
});
export type Column = z.infer<typeof ColumnSchema>;
export const RowItemsSchema = z.object({
  id: z.string(),
  text: z.string(),
});
export const PlanRowSchema = z.object({
  /** 1-based sheet row of the row's first line. */
  row: z.number().int().positive(),
  /** A1 address of each role's source cell, and of every extra column, keyed by role or header. */
  cells: z.record(z.string(), z.string()),
  goal: z.string(),
  goalId: z.string(),
  /** Address of the cell the goal came from (above, when carried down). */
  goalCell: z.string().optional(),
  /** The outcome or indicator written on the goal's own row (a logframe's output), which the row serves. */
  goalOutcome: z.string().optional(),
  activity: z.string(),
  activityId: z.string(),
  method: z.string(),
  time: z.string(),
  owners: z.array(z.string()),
  /** The owner cell's text as written. */
  ownerText: z.string(),
  outcome: z.string(),
  extra: z.record(z.string(), z.string()),
  /** The activity cell lists several numbered or bulleted activities. */
  activityItems: z.array(RowItemsSchema),
  multiActivity: z.boolean(),
  /** The row's time, read. */
  timeResult: TimeResultSchema,
  /** Where the span came from: the time column, start/end columns or a period grid. */
  timeSource: z.enum(['time', 'start-end', 'grid', 'start-duration', 'inherited', 'none']),
  /** True for a row with nothing in it, inside a table. */
  blank: z.boolean(),
  /** True for a row the user hid: kept in the plan, not checked, not scheduled. */
  hidden: z.boolean().optional(),
  /** Name of the plan this row belongs to, from a Plan column (a register of several plans). */
  plan: z.string().optional(),
});
export type PlanRow = z.infer<typeof PlanRowSchema>;
export const PlanSchema = z.object({
  /** Index of the table among those found in the file. */
  index: z.number().int().nonnegative(),
  sheet: z.string(),
  title: z.string(),
  /** A1 range of the table, header included. */
  range: z.string(),
  /** 1-based sheet row of the header. */
  headerRow: z.number().int().positive(),
  columns: z.array(ColumnSchema),
  rows: z.array(PlanRowSchema),
  /** The plan's year and where it came from. */
  year: z.number().int(),
  yearSource: z.enum(['option', 'title', 'cells', 'sheet', 'assumed']),
  /** The window the plan states for itself ("Okres realizacji: 2012–2014"), or the user set. */
  window: SpanSchema.optional(),
  /** The plan's start, stated or inferred (the earliest start date), for periods counted from it. */
  planStart: z.string().optional(),
  lang: z.enum(LANGS as [string, ...string[]]),
  /** Why this is a plan table, in short phrases. */
  reasons: z.array(z.string()).optional(),
  /** True when the user set the table's range or header row. */
  explicit: z.boolean().optional(),
  /** True when the table has no header row (headerRow is then its first row): every role came from content. */
  headerless: z.boolean().optional(),
  /** True when the plan was written as a list (numbered items under tasks), not as a table. */
  fromList: z.boolean().optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
/** What the user may set: the plan year, the plan start, and column roles by header or letter. */
export const ReadOptionsSchema = z.object({
  year: z.number().int().optional(),
  planStart: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  /** Explicit roles: { "D": "time", "Kto": "owner" } by column letter or header text. They always win. */
  columns: z.record(z.string(), RoleSchema).optional(),
  /** Tables set by hand, by sheet: a range or a header row, with roles for that table only. */
  tables: z.array(z.object({ sheet: z.string(), range: z.string().optional(), headerRow: z.number().int().positive().optional(), columns: z.record(z.string(), RoleSchema).optional() })).optional(),
  /** The plan's window, set by the user. */
  window: SpanSchema.optional(),
  fallbackYear: z.number().int().optional(),
  /** The year of the workbook's other plans, for a sheet whose plans give none (Word tables, one grid each). */
  workbookYear: z.number().int().optional(),
  /** The plan's language when the reader already knows it (a list's table, whose header is in the pane's language). */
  lang: z.string().optional(),
});
export type ReadOptions = z.infer<typeof ReadOptionsSchema>;
