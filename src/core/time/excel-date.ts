/**
 * Excel's dates: serial numbers and the number formats that show them as dates. Reading a date cell as what
 * the user wrote is read/time-cell.ts.
 */

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
export function formatTokens(format: string): string {
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '').toLowerCase();
}

export function isDateFormat(format: string): boolean {
  if (!format || /^(general|@)$/i.test(format)) return false;
  const f = formatTokens(format);
  return /[dmy]/.test(f) && !/^[#0.,%e+\- ]*$/.test(f) && !/[h]|ss/.test(f.replace(/m+/g, ''));
}
