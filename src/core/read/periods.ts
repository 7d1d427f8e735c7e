/**
 * Period columns: a run of columns whose headers are quarters, months, halves, years or relative
 * periods ("Q1", "I kw.", "Quý I", "T1", "Jan", "H1", "2019", "M1", "Year 2"), with an optional year row
 * above them. Together they form one time field of the row: its marked cells.
 */
import type { PeriodColumn } from './detect';
import type { GridCell } from '../model/grid';
import { parseTime } from '../time/parse';
import { span as makeSpan } from '../time/spans';
import type { Span } from '../time/spans';
import type { RelativeSpan } from '../time/types';

export interface PeriodLabel {
  /** Months within the year (1–12), when the label names no year. */
  m1?: number;
  m2?: number;
  /** An absolute period, when the label names its year ("Q1 2021", "2019"). */
  start?: string;
  end?: string;
  /** A relative period ("M3", "Year 2"). */
  relative?: RelativeSpan;
}

const cache = new Map<string, PeriodLabel | null>();

/** What period a header names, if it names exactly one. */
export function periodLabel(header: string): PeriodLabel | undefined {
  const h = header.trim();
  if (!h || h.length > 24) return undefined;
  const known = cache.get(h);
  if (known !== undefined) return known ?? undefined;
  const found = readLabel(h);
  if (cache.size > 20000) cache.clear();
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

export interface ResolvedPeriod {
  p: PeriodColumn;
  span?: Span;
  relative?: RelativeSpan;
}

/**
 * Each period column as a span: its year from the year row, else the plan's, counted on when the
 * quarters or months start again ("III kw., IV kw., I kw." runs into the next year). Relative periods
 * resolve from the plan's start, or stay relative.
 */
export function resolvePeriods(periods: PeriodColumn[], year: number, planStart?: string): ResolvedPeriod[] {
  let cursor = year;
  let prevMonth = 0;
  return periods.map((p) => {
    const l = p.label;
    if (l.start && l.end) return { p, span: { start: l.start, end: l.end } };
    if (l.relative) {
      if (!planStart) return { p, relative: l.relative };
      const base = parseInt(planStart.slice(0, 4), 10) * 12 + parseInt(planStart.slice(5, 7), 10) - 1;
      const [a, b] = l.relative.unit === 'month' ? [base + l.relative.from - 1, base + l.relative.to - 1] : l.relative.unit === 'week' ? [base + Math.floor(((l.relative.from - 1) * 7) / 30.44), base + Math.floor((l.relative.to * 7 - 1) / 30.44)] : [base + 12 * (l.relative.from - 1), base + 12 * l.relative.to - 1];
      return { p, span: makeSpan(a, b) };
    }
    if (p.year === undefined && (l.m1 as number) < prevMonth) cursor++;
    prevMonth = l.m1 as number;
    const y = p.year ?? cursor;
    return { p, span: makeSpan(y * 12 + (l.m1 as number) - 1, y * 12 + (l.m2 as number) - 1) };
  });
}

/** "Q1–Q2 2021 (grid)": the runs of adjacent marked columns, each by its first and last header. */
export function describeMarked(all: ResolvedPeriod[], marked: ResolvedPeriod[]): string {
  const runs: ResolvedPeriod[][] = [];
  for (const m of marked) {
    const last = runs[runs.length - 1];
    if (last && all.indexOf(m) === all.indexOf(last[last.length - 1]) + 1) last.push(m);
    else runs.push([m]);
  }
  const yearOfRun = (r: ResolvedPeriod, end: boolean) => r.p.year ?? (r.span ? parseInt(end ? r.span.end : r.span.start, 10) : undefined);
  return (
    runs
      .map((run) => {
        const f = run[0];
        const l = run[run.length - 1];
        const absolute = f.p.label.start !== undefined || f.p.label.relative !== undefined;
        const yf = yearOfRun(f, false);
        const yl = yearOfRun(l, true);
        if (run.length === 1) return absolute ? f.p.header : `${f.p.header} ${yf ?? ''}`.trim();
        if (absolute) return `${f.p.header}–${l.p.header}`;
        return yf === yl ? `${f.p.header}–${l.p.header} ${yf ?? ''}`.trim() : `${f.p.header} ${yf}–${l.p.header} ${yl}`;
      })
      .join('; ') + ' (grid)'
  );
}
