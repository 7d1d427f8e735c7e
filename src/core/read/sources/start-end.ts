/**
 * Start and end columns: "03-02-2014 | 28-03-2014", "Fecha de inicio | Fecha de término". An end written
 * "NA" or "---" leaves the start alone; numbers that count months ("Início 4 | Fim 6") are months from the
 * plan's start. A start after its end is kept as written and flagged.
 */
import type { Column } from '../../model/plan';
import { hullSpan, span as makeSpan, ymIndex } from '../../time/spans';
import type { TimeResult } from '../../time/types';
import { isPlaceholder } from '../content';
import { unitOf } from '../periods';
import type { RowContext, TimeSource } from './types';
import { EMPTY_RESULT, spansResult } from './types';

/** What a count in a start or end column counts: weeks under "Start week" or "Tydzień", days under "Day", else months. */
export function countUnit(c: Column | undefined): 'month' | 'week' | 'day' {
  const u = c ? unitOf(c.header) : undefined;
  return u === 'week' || u === 'day' ? u : 'month';
}

/** A month count written as a plain number (not a date): "4" in a "Início" column. */
export function monthCount(row: RowContext, c: Column | undefined): number | undefined {
  if (!c) return undefined;
  const cell = row.cell(c);
  const t = row.text(c);
  if (!/^\d{1,3}$/.test(t)) return undefined;
  if (typeof cell.value === 'number' && cell.format && !/^(general|0|@)$/i.test(cell.format)) return undefined;
  const n = parseInt(t, 10);
  return n >= 1 && n <= 240 ? n : undefined;
}

function read(row: RowContext, c: Column | undefined): TimeResult | undefined {
  if (!c) return undefined;
  const t = row.text(c);
  if (!t || isPlaceholder(t)) return undefined;
  return row.read(c);
}

export const startEnd: TimeSource = {
  name: 'start-end',
  read(row) {
    const { start, end } = row.cols;
    if (!start && !end) return undefined;
    const a = monthCount(row, start);
    const b = monthCount(row, end);
    if (a !== undefined || b !== undefined) {
      const text = [start ? row.text(start) : '', end ? row.text(end) : ''].filter(Boolean).join(' – ');
      // A start week with its duration beside it is read by the duration source ("Start week 3 | 4 weeks").
      if (b === undefined && row.cols.duration && row.text(row.cols.duration)) return undefined;
      return { text, result: spansResult(text, [], 'relative', [], [{ unit: countUnit(start ?? end), from: a ?? b!, to: b ?? a! }]), source: 'start-end' };
    }
    const s = read(row, start);
    const e = read(row, end);
    const text = [start ? row.text(start) : '', end ? row.text(end) : ''].filter((x) => x && !isPlaceholder(x)).join(' – ');
    const first = s?.ok ? hullSpan(s.spans) : undefined;
    const last = e?.ok ? hullSpan(e.spans) : undefined;
    if (!first && !last) return text ? { text, result: { ...EMPTY_RESULT, input: text, reason: 'no-time' }, source: 'start-end' } : undefined;
    // A start alone is a one-month span; an end alone stays a deadline read by the duration source when there is one.
    if (!first && row.cols.duration) return undefined;
    const from = ymIndex((first ?? last)!.start);
    const to = ymIndex((last ?? first)!.end);
    const reversed = to < from;
    const sp = reversed ? makeSpan(to, from) : makeSpan(from, to);
    const warnings = [...(s?.warnings ?? []), ...(e?.warnings ?? []), ...(reversed ? [{ code: 'reversed-range' as const, detail: '' }] : [])];
    if (!last && row.cols.duration && row.text(row.cols.duration)) return undefined;
    return { text, result: { ...spansResult(text, [sp], s?.precision ?? e?.precision ?? 'month', warnings), explicitYears: [...(s?.explicitYears ?? []), ...(e?.explicitYears ?? [])] }, source: 'start-end' };
  },
};
