/**
 * A time cell of a grid, read: its text, or for an Excel date cell, the date the user meant. When people type
 * "03/09", Excel often stores a date of the current year and shows it through a number format.
 */
import type { GridCell } from '../model/grid';
import { cellText } from '../model/grid';
import { formatTokens, isDateFormat, parseTime, serialToDate, timeYears, ym } from '../time';
import type { TimeContext, TimeResult, TimeWarning } from '../time';

export function parseTimeCell(cell: GridCell, ctx: TimeContext): TimeResult {
  const read = timeTextOfCell(cell, ctx.slashOrder);
  if (read.date) {
    const s = ym(read.date.y, read.date.m);
    const spans = [{ start: s, end: s }];
    return {
      input: read.text,
      ok: true,
      spans,
      precision: read.date.dayShown ? 'day' : 'month',
      warnings: read.warning ? [read.warning] : [],
      lines: [{ text: read.text, spans }],
      relative: [],
      explicitYears: [read.date.y],
    };
  }
  const result = parseTime(read.text, ctx);
  if (read.warning) result.warnings.unshift(read.warning);
  result.input = read.text;
  return result;
}

/** The years a time cell writes, as parseTimeCell(cell, ctx).explicitYears gives them, its spans not read. */
export function timeCellYears(cell: GridCell, ctx: TimeContext): number[] {
  const read = timeTextOfCell(cell, ctx.slashOrder);
  return read.date ? [read.date.y] : timeYears(read.text, ctx);
}

export interface TimeCellText {
  /** The text to parse. */
  text: string;
  /** Set when the cell is a date to be taken as stored: its exact month. */
  date?: { y: number; m: number; d: number; dayShown: boolean };
  warning?: TimeWarning;
}

/**
 * What the user meant in a time cell. A date cell that shows its year is a date. A date cell that hides
 * its year is a date too ("24 Mar", "25-Sep", "7/1": Excel kept the year it was typed in), except in a
 * column that writes month and year as two numbers ("03/09" for March 2009): there Excel turned the text
 * into a date of the current year, and we rebuild the two numbers in the order the format shows them.
 */
export function timeTextOfCell(cell: GridCell, slashOrder?: string): TimeCellText {
  const shown = cellText(cell);
  if (typeof cell.value !== 'number' || !isDateFormat(cell.format)) return { text: shown };
  const date = serialToDate(cell.value);
  const f = formatTokens(cell.format);
  if (/y/.test(f)) return { text: shown, date: { ...date, dayShown: /d/.test(f) } };
  if (slashOrder !== 'month-year') return { text: shown, date: { ...date, dayShown: /d/.test(f) }, warning: { code: 'excel-date', detail: `${shown} → ${date.d}.${date.m}.${date.y}` } };
  const dayFirst = f.indexOf('d') < f.indexOf('m') && !/mmm/.test(f);
  const pad = (n: number) => String(n).padStart(2, '0');
  const typed = dayFirst ? `${pad(date.d)}/${pad(date.m)}` : `${pad(date.m)}/${pad(date.d)}`;
  // What Excel stored (a date of the year it was typed in) and what the plan meant (the two numbers typed).
  return { text: typed, warning: { code: 'excel-date', detail: `${date.y}-${pad(date.m)}-${pad(date.d)} → ${typed}` } };
}
