import * as z from 'zod';
import type { Span } from './spans';
import type { Same } from '../util/same';

export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const SpanSchema = z.object({ start: YearMonthSchema, end: YearMonthSchema });

true satisfies Same<z.infer<typeof SpanSchema>, Span>;
