/** CSV in and out: RFC 4180 with the delimiter detected (comma, semicolon as Polish Excel writes, tab). */
import type { Grid } from '../model/grid';
import { gridFromRows } from '../model/grid';

export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 20000);
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ',';
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  return readCsv(text, delimiter).rows;
}

/**
 * CSV to rows, and what had to be repaired. A quote that opens a field and never closes would swallow the rest of
 * the file into one cell: it is read as a plain character instead, and reported with its line.
 */
/** After this many unclosed quotes every quote is read as a plain character (each repair reads the file again). */
const MAX_REPAIRS = 20;

/** More cells than a CSV may hold here (the .xlsx reader's budget): refused before the grid is built. */
export class CsvTooLarge extends Error {}

export const MAX_CSV_CELLS = 4_000_000;

export function readCsv(text: string, delimiter = detectDelimiter(text), maxCells = Infinity): { rows: string[][]; warnings: string[] } {
  const warnings: string[] = [];
  const literal = new Set<number>();
  for (;;) {
    const r = parseFrom(text, delimiter, literal, maxCells);
    if (r.openedAt === undefined) return { rows: r.rows, warnings };
    literal.add(r.openedAt);
    warnings.push(`line ${r.openedLine}: a quote opens a field and never closes; it is read as a plain character`);
  }
}

function parseFrom(text: string, delimiter: string, literal: Set<number>, maxCells: number): { rows: string[][]; openedAt?: number; openedLine?: number } {
  const rows: string[][] = [];
  let cells = 0;
  const count = () => {
    if (++cells > maxCells) throw new CsvTooLarge(`it holds more than ${maxCells.toLocaleString('en')} cells, more than this tool reads at once; split the file`);
  };
  let openedAt = -1;
  let openedLine = 1;
  let line = 1;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '' && !literal.has(i) && literal.size < MAX_REPAIRS) {
      quoted = true;
      openedAt = i;
      openedLine = line;
    } else if (ch === delimiter) {
      count();
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      line++;
      count();
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) return { rows, openedAt, openedLine };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

export function gridFromCsv(sheet: string, text: string): Grid {
  return gridFromRows(sheet, parseCsv(text));
}

/** A CSV's grid and what had to be repaired to read it. */
export function readCsvGrid(sheet: string, text: string, maxCells = MAX_CSV_CELLS): { grid: Grid; warnings: string[] } {
  const { rows, warnings } = readCsv(text, undefined, maxCells);
  return { grid: gridFromRows(sheet, rows), warnings };
}

/** Text a spreadsheet would turn into a number or a date if it were not quoted ("03/09", "1/2010", "2014"). */
const NUMBER_LIKE = /^[\d\s/.,:\-–]+$/;

/**
 * One CSV field, quoted when it needs to be. Text that a spreadsheet would run as a formula is made
 * inert with a leading apostrophe. Text that looks like a number or a date is always quoted, so that
 * an importer set to read quoted fields as text (LibreOffice's "Quoted field as text") keeps "03/09".
 */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  // NUL and the other control characters (but tab and line breaks) have no place in a cell; many readers stop at NUL.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)) s = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) || (typeof value === 'string' && s !== '' && NUMBER_LIKE.test(s)) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document a piece at a time (about 64 KB each): UTF-8 with a byte-order mark, CRLF line ends. */
export function* csvChunks(rows: Iterable<(string | number | boolean | null)[]>): Generator<string> {
  let chunk = '\uFEFF';
  for (const r of rows) {
    chunk += `${r.map(csvField).join(',')}\r\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A CSV document: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends. */
export function toCsv(rows: (string | number | boolean | null)[][]): string {
  return [...csvChunks(rows)].join('');
}
