/**
 * The time sources, tried in order for each row: a time column (what people write), start and end columns,
 * a period grid, then a start and a duration. The first that reads months wins; a reading counted from the
 * plan's start comes next; a text that could not be read is kept to be reported.
 */
import { startDuration } from './duration';
import { periodGrid } from './period-grid';
import { startEnd } from './start-end';
import { timeColumn } from './time-column';
import type { RowContext, TimeReading, TimeSource } from './types';

export type { GridRead, RowContext, TimeColumns, TimeReading, TimeSource } from './types';
export { EMPTY_RESULT, spansResult } from './types';
export { EXCEL_ERROR } from './time-column';
export { isMarked } from './period-grid';

export const SOURCES: readonly TimeSource[] = [timeColumn, startEnd, periodGrid, startDuration];

export function readRowTime(row: RowContext): TimeReading | undefined {
  let relative: TimeReading | undefined;
  let unreadable: TimeReading | undefined;
  let owners: string[] | undefined;
  let yearless: TimeReading | undefined;
  for (const s of SOURCES) {
    const r = s.read(row);
    if (!r) continue;
    owners ??= r.owners;
    // A time written without its year ("T3") gives way to dates beside it that write theirs; its words stay.
    if (yearless && r.result.ok && r.result.explicitYears.length > 0) return { ...yearless, result: { ...r.result, input: yearless.text }, owners };
    if (r.result.ok && s === timeColumn && r.result.explicitYears.length === 0 && (row.cols.start || row.cols.end)) {
      yearless = r;
      continue;
    }
    if (r.result.ok) return { ...r, owners: owners ?? r.owners };
    if (r.result.relative.length > 0) relative ??= r;
    else unreadable ??= r;
  }
  if (yearless) return { ...yearless, owners };
  const out = relative ?? unreadable;
  return out ? { ...out, owners } : undefined;
}
