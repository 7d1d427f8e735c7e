/** A time source: one way a row states its time. Each takes a row and returns a reading, or nothing. */
import type { GridCell } from '../../model/grid';
import type { Column, PlanRow } from '../../model/plan';
import type { TimeContext, TimeResult } from '../../time/types';
import type { ResolvedPeriod } from '../grid';

/** The table's time columns, found once per table. */
export interface TimeColumns {
  time: Column[];
  start?: Column;
  end?: Column;
  duration?: Column;
  periods: Column[];
}

/** A period grid, resolved once per table. */
export interface GridRead {
  resolved: ResolvedPeriod[];
  /** The fill that every unmarked cell of the grid has, when there is one. */
  background?: string;
  /** The unit of the grid ("quarter" precision for quarter labels …). */
  precision: 'day' | 'month' | 'quarter' | 'relative';
  /** The sheet's colour legend, upper-case fill to the name it stands for (legend.ts). */
  legend?: Map<string, string>;
}

export interface RowContext {
  /** Grid-relative row. */
  r: number;
  cols: TimeColumns;
  grid?: GridRead;
  ctx: TimeContext;
  /** A cell's text and the cell, by the column's role. */
  text(c: Column): string;
  cell(c: Column): GridCell;
  /** A cell read as a time, remembered per text. */
  read(c: Column): TimeResult;
  /** The fill of the row's activity cell: a band across the row, not a mark. */
  band?: string;
  /** " (grid)" in the plan's language, after a time read from a period grid. */
  gridWord: string;
}

export interface TimeReading {
  text: string;
  result: TimeResult;
  source: PlanRow['timeSource'];
  /** Owners that the source shows (names written in a grid's cells). */
  owners?: string[];
}

export interface TimeSource {
  name: string;
  read(row: RowContext): TimeReading | undefined;
}

/** The reading of an empty time cell, shared (nothing mutates a TimeResult after it is made). */
export const EMPTY_RESULT: TimeResult = Object.freeze({ input: '', ok: false, spans: [], precision: null, warnings: [], lines: [], relative: [], explicitYears: [], reason: 'empty' }) as TimeResult;

/** A reading made of spans the source computed itself. */
export function spansResult(text: string, spans: TimeResult['spans'], precision: TimeResult['precision'], warnings: TimeResult['warnings'] = [], relative: TimeResult['relative'] = []): TimeResult {
  const ok = spans.length > 0;
  return {
    input: text,
    ok,
    spans,
    precision: ok || relative.length ? precision : null,
    warnings: ok || !relative.length ? warnings : [...warnings, { code: 'relative-without-start', detail: '' }],
    lines: [{ text, spans }],
    relative,
    explicitYears: [],
    reason: ok ? undefined : relative.length ? 'relative-without-start' : 'no-time',
  };
}
