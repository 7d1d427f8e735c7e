/** The time reader's input context and its result, as zod schemas. */
import * as z from 'zod';
import { SpanSchema } from './spans';

/** How a column writes compact dates: "51121" is ddmmyy with its leading zero dropped. */
export const COMPACT_PATTERNS = ['yyyymmdd', 'ddmmyyyy', 'mmddyyyy', 'ddmmyy', 'mmddyy', 'yymmdd'] as const;
export type CompactPattern = (typeof COMPACT_PATTERNS)[number];

export const PrecisionSchema = z.enum(['day', 'month', 'quarter', 'half', 'year', 'relative']);
export type Precision = z.infer<typeof PrecisionSchema>;

/** Warning codes: each has a message in every language in src/core/i18n. */
export const TimeWarningCodeSchema = z.enum([
  'doubled-slash',
  'truncated-month',
  'misspelt-month',
  'ignored-text',
  'unreadable-part',
  'reversed-range',
  'year-assumed',
  'excel-date',
  'relative-without-start',
  'ambiguous-date',
  'deadline',
  'open-end',
  'impossible-date',
  'column-pattern',
]);
export type TimeWarningCode = z.infer<typeof TimeWarningCodeSchema>;

export const TimeWarningSchema = z.object({ code: TimeWarningCodeSchema, detail: z.string().default('') });
export type TimeWarning = z.infer<typeof TimeWarningSchema>;

export const RelativeSpanSchema = z.object({
  unit: z.enum(['month', 'year', 'week', 'day']),
  from: z.number().int(),
  to: z.number().int(),
});
export type RelativeSpan = z.infer<typeof RelativeSpanSchema>;

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
  /** Why nothing was read, when ok is false. */
  reason: z.enum(['empty', 'no-time', 'relative-without-start', 'excel-error', 'no-start', 'impossible-date']).optional(),
});
export type TimeResult = z.infer<typeof TimeResultSchema>;

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
export type TimeContext = z.infer<typeof TimeContextSchema>;
