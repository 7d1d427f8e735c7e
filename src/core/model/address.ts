/** A1 addresses. Rows and columns are 0-based inside the engine, 1-based and lettered for people. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export interface CellPos {
  row: number;
  col: number;
}

export function parseA1(address: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim().replace(/^.*!/, ''));
  if (!m) throw new Error(`Not a cell address: ${address}`);
  return { row: parseInt(m[2], 10) - 1, col: columnIndex(m[1]) };
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRangeA1(range: string): RangePos {
  const [a, b] = range.replace(/^.*!/, '').split(':');
  const s = parseA1(a);
  const e = b ? parseA1(b) : s;
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

/** Quote a sheet name for a reference when it needs quotes, as Excel does. */
export function sheetRef(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
