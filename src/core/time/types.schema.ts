/** The zod schemas of the time reader's context and result (for JSON Schema and checks), built from types.ts's lists. */
import * as z from 'zod';
import { SpanSchema } from './spans.schema';
import { COMPACT_PATTERNS, PRECISIONS, TIME_WARNING_CODES } from './types';
import type { RelativeSpan, TimeContext, TimeResult, TimeWarning } from './types';
import type { Same } from '../util/same';

export const PrecisionSchema = z.enum(PRECISIONS);

export const TimeWarningCodeSchema = z.enum(TIME_WARNING_CODES);

export const TimeWarningSchema = z.object({ code: TimeWarningCodeSchema, detail: z.string().default('') });

export const RelativeSpanSchema = z.object({
  unit: z.enum(['month', 'year', 'week', 'day']),
  from: z.number().int(),
  to: z.number().int(),
});

export const TimeResultSchema = z.object({
  input: z.string(),
  ok: z.boolean(),
  spans: z.array(SpanSchema),
  precision: PrecisionSchema.nullable(),
  warnings: z.array(TimeWarningSchema),
  /** One entry per line of a multi-line cell, so that sub-activities keep their own times. */
  lines: z.array(z.object({ text: z.string(), spans: z.array(SpanSchema) })),
  /** Relative periods ("Month 1–3") that no plan start resolved. */
  relative: z.array(RelativeSpanSchema),
  /** Years written in the text itself, for inferring a plan's year. */
  explicitYears: z.array(z.number().int()),
  /** Done over and over ("monthly", "every quarter"): the plan's year, stretched to a longer plan's whole span. */
  recurring: z.boolean().optional(),
  /** Why nothing was read, when ok is false. */
  reason: z.enum(['empty', 'no-time', 'relative-without-start', 'excel-error', 'no-start', 'impossible-date']).optional(),
});

export const TimeContextSchema = z.object({
  /** The plan's year, used where the text gives none. */
  year: z.number().int().min(1000).max(9999).optional(),
  /** The plan's start (YYYY-MM), for relative periods such as "Month 1–3". */
  planStart: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  /** How a column reads "03/09": month/year (Vietnamese plans) or day/month. */
  slashOrder: z.enum(['month-year', 'day-month', 'month-day']).optional(),
  /** The plan's language (BCP 47), which decides between month names that clash across languages. */
  lang: z.string().optional(),
  /** The year used when nothing else gives one (defaults to the current year). */
  fallbackYear: z.number().int().optional(),
  /** The pattern of a column's compact dates ("51121" as ddmmyy), inferred from the whole column. */
  compactDate: z.enum(COMPACT_PATTERNS).optional(),
  /** The plan's end (YYYY-MM), for open starts ("from April"). */
  planEnd: z.string().optional(),
});

// The schemas describe exactly the types the reader uses.
true satisfies Same<z.infer<typeof TimeWarningSchema>, TimeWarning>;
true satisfies Same<z.infer<typeof RelativeSpanSchema>, RelativeSpan>;
true satisfies Same<z.infer<typeof TimeResultSchema>, TimeResult>;
true satisfies Same<z.infer<typeof TimeContextSchema>, TimeContext>;
