/**
 * Period columns: a run of columns whose headers are quarters, months, halves, years or relative
 * periods ("Q1", "I kw.", "Quý I", "T1", "Jan", "H1", "2019", "M1", "Year 2"), with an optional year row
 * above them. Together they form one time field of the row: its marked cells.
 */
import type { GridCell } from './grid';
import { parseTime } from './time/parse';

export interface PeriodLabel {
  /** Months within the year (1–12), when the label names no year. */
  m1?: number;
  m2?: number;
  /** An absolute period, when the label names its year ("Q1 2021", "2019"). */
  start?: string;
  end?: string;
  /** A relative period ("M3", "Year 2"). */
  relative?: { unit: 'month' | 'year'; from: number; to: number };
}

const cache = new Map<string, PeriodLabel | null>();

/** What period a header names, if it names exactly one. */
export function periodLabel(header: string): PeriodLabel | undefined {
  const h = header.trim();
  if (!h || h.length > 24) return undefined;
  const known = cache.get(h);
  if (known !== undefined) return known ?? undefined;
  const found = readLabel(h);
  cache.set(h, found ?? null);
  return found;
}

function readLabel(h: string): PeriodLabel | undefined {
  // A sentinel year far from any plan shows whether the label writes its own year.
  const r = parseTime(h, { year: 1904, fallbackYear: 1904 });
  if (r.relative.length === 1 && !r.ok) return { relative: r.relative[0] };
  if (!r.ok || r.spans.length !== 1 || r.warnings.some((w) => w.code === 'ignored-text' || w.code === 'unreadable-part')) return undefined;
  if (r.precision === 'day') return undefined;
  const s = r.spans[0];
  if (r.explicitYears.length > 0) return { start: s.start, end: s.end };
  if (!s.start.startsWith('1904') || !s.end.startsWith('1904')) return undefined;
  return { m1: parseInt(s.start.slice(5), 10), m2: parseInt(s.end.slice(5), 10) };
}

/** A year written alone in a cell of a year row ("2019", "2020 r."). */
export function yearOf(text: string): number | undefined {
  const m = /^\s*(\d{4})\s*(?:r\.?|rok|năm)?\s*$/i.exec(text);
  if (!m) return undefined;
  const y = parseInt(m[1], 10);
  return y >= 1900 && y <= 2200 ? y : undefined;
}

/** Is this cell of a period grid marked? Any text but "0", "-", "no"; or a fill that is not white. */
export function isMarked(cell: GridCell, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t && !['0', '-', '–', '—', 'no', 'nie', 'không', 'n', 'false', '.'].includes(t)) return true;
  return !!cell.fill && !/^#?(fff(fff)?|ffffff00)$/i.test(cell.fill);
}
