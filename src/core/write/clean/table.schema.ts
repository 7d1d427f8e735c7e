/** The clean table's schemas, and the types inferred from them (table.ts re-exports the types). */
import * as z from 'zod';
export const CleanRowSchema = z.object({
  plan: z.string(),
  goalNo: z.string(),
  goal: z.string(),
  activityNo: z.string(),
  activity: z.string(),
  method: z.string(),
  time: z.string(),
  /** The first day of the first month, ISO (2009-03-01); empty when no time was read. */
  start: z.string(),
  /** The last day of the last month, ISO (2009-05-31). */
  end: z.string(),
  quarters: z.array(z.string()),
  owners: z.array(z.string()),
  outcome: z.string(),
  extra: z.record(z.string(), z.string()),
  /** The rule ids found on the row. */
  findings: z.array(z.string()),
  /** The findings as messages in the table's language, for the people who read the table. */
  notes: z.array(z.string()),
  /** The source row (1-based sheet row) and sheet. */
  source: z.object({ sheet: z.string(), row: z.number().int() }),
  /** A split that could not keep the lines aligned. */
  flagged: z.boolean(),
});
export type CleanRow = z.infer<typeof CleanRowSchema>;
export const CleanTableSchema = z.object({
  /** The language of the headers, the sheet name and the notes: the plans' own, when it has one. */
  lang: z.string(),
  headers: z.array(z.string()),
  extraHeaders: z.array(z.string()),
  rows: z.array(CleanRowSchema),
});
export type CleanTable = z.infer<typeof CleanTableSchema>;
