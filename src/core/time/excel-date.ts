/**
 * Excel date cells. When people type "03/09", Excel often stores a date of the current year and
 * shows it through a number format. We read such a cell as what the user wrote.
 */
import type { GridCell } from '../model/grid';
import { cellText } from '../model/grid';
import type { TimeWarning } from './types';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The calendar date of an Excel serial number, computed in UTC. */
export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const d = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function dateToSerial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / 86400000;
}

/** Date tokens of a number format, outside quotes, escapes and [colour]/[$-locale] brackets. */
function formatTokens(format: string): string {
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '').toLowerCase();
}

export function isDateFormat(format: string): boolean {
  if (!format || /^(general|@)$/i.test(format)) return false;
  const f = formatTokens(format);
  return /[dmy]/.test(f) && !/^[#0.,%e+\- ]*$/.test(f) && !/[h]|ss/.test(f.replace(/m+/g, ''));
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
  return { text: typed, warning: { code: 'excel-date', detail: `${shown} → ${typed}` } };
}
