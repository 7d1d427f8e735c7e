/** The time reader's input context and its result. Their zod schemas (types.schema.ts) are built from these lists. */
import type { Span } from './spans';

/** How a column writes compact dates: "51121" is ddmmyy with its leading zero dropped. */
export const COMPACT_PATTERNS = ['yyyymmdd', 'ddmmyyyy', 'mmddyyyy', 'ddmmyy', 'mmddyy', 'yymmdd'] as const;
export type CompactPattern = (typeof COMPACT_PATTERNS)[number];

export const PRECISIONS = ['day', 'month', 'quarter', 'half', 'year', 'relative'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Warning codes: each has a message in every language in src/core/i18n. */
export const TIME_WARNING_CODES = [
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
] as const;
export type TimeWarningCode = (typeof TIME_WARNING_CODES)[number];

export interface TimeWarning {
  code: TimeWarningCode;
  detail: string;
}

export interface RelativeSpan {
  unit: 'month' | 'year' | 'week' | 'day';
  from: number;
  to: number;
}

export interface TimeResult {
  input: string;
  ok: boolean;
  spans: Span[];
  precision: Precision | null;
  warnings: TimeWarning[];
  /** One entry per line of a multi-line cell, so that sub-activities keep their own times. */
  lines: { text: string; spans: Span[] }[];
  /** Relative periods ("Month 1–3") that no plan start resolved. */
  relative: RelativeSpan[];
  /** Years written in the text itself, for inferring a plan's year. */
  explicitYears: number[];
  /**
   * Done over and over, not at one time ("monthly", "every quarter", "hằng tháng"): read as the plan's year, and
   * stretched to the whole plan where the plan runs longer.
   */
  recurring?: boolean;
  /** Why nothing was read, when ok is false. */
  reason?: 'empty' | 'no-time' | 'relative-without-start' | 'excel-error' | 'no-start' | 'impossible-date';
}

export interface TimeContext {
  /** The plan's year, used where the text gives none. */
  year?: number;
  /** The plan's start (YYYY-MM), for relative periods such as "Month 1–3". */
  planStart?: string;
  /** How a column reads "03/09": month/year (Vietnamese plans) or day/month. */
  slashOrder?: 'month-year' | 'day-month' | 'month-day';
  /** The plan's language (BCP 47), which decides between month names that clash across languages. */
  lang?: string;
  /** The year used when nothing else gives one (defaults to the current year). */
  fallbackYear?: number;
  /** The pattern of a column's compact dates ("51121" as ddmmyy), inferred from the whole column. */
  compactDate?: CompactPattern;
  /** The plan's end (YYYY-MM), for open starts ("from April"). */
  planEnd?: string;
}
