/**
 * A period grid: the row's marked cells. A mark is any text but "0", "-" or a "no" word (an X, a tick, a
 * name, a day range "29 - 31"), or a fill that is neither white, nor the grid's background, nor the row's own
 * band. "29 - …" continued by "… - 12" two columns on covers the columns between. Names written in the marked
 * cells, and the names a colour legend gives their fills, are the row's owners when the table has no owner column.
 */
import { PACKS } from '../../lang';
import type { Column } from '../../model/plan';
import { mergeSpans, span as makeSpan } from '../../time/spans';
import type { RelativeSpan, TimeResult } from '../../time/types';
import { looksLikeNames } from '../content';
import type { ResolvedPeriod } from '../grid';
import type { RowContext, TimeSource } from './types';
import { spansResult } from './types';

let noWords: Set<string> | undefined;
function isNoMark(t: string): boolean {
  if (!noWords) noWords = new Set(['0', '-', '–', '—', '.', 'false', ...PACKS.flatMap((p) => p.marks?.no ?? [])].map((w) => w.toLowerCase()));
  return noWords.has(t.trim().toLowerCase());
}

/** Is a grid cell marked, by its text or its fill? */
export function isMarked(text: string, fill: string | undefined, background: string | undefined, band: string | undefined): boolean {
  if (text && !isNoMark(text)) return true;
  return !!fill && fill !== background && fill !== band && !/^#?(fff(fff)?|ffffff00)$/i.test(fill);
}

const CONTINUES = /(?:\.\.\.|…)\s*$/;
const CONTINUED = /^\s*(?:\.\.\.|…)/;

function markedColumns(row: RowContext, periods: Column[], band: string | undefined): boolean[] {
  const marks = periods.map((c) => isMarked(row.text(c), row.cell(c).fill, row.grid?.background, band));
  // "29 - …" then "… - 12": the columns between are covered too.
  let open = -1;
  periods.forEach((c, i) => {
    const t = row.text(c);
    if (!marks[i]) return;
    if (open >= 0 && CONTINUED.test(t)) for (let k = open + 1; k < i; k++) marks[k] = true;
    open = CONTINUES.test(t) ? i : -1;
  });
  return marks;
}

function relativeRuns(rel: RelativeSpan[]): RelativeSpan[] {
  const out: RelativeSpan[] = [];
  for (const r of rel) {
    const last = out[out.length - 1];
    if (last && last.unit === r.unit && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** "Q1–Q2 2021", "Week 1–Week 3": each run of adjacent marked columns by its first and last header. */
function describe(periods: Column[], marks: boolean[], resolved: ResolvedPeriod[]): string {
  const runs: [number, number][] = [];
  marks.forEach((m, i) => {
    if (!m) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  const yearOf = (i: number, end: boolean) => {
    const r = resolved[i];
    const v = end ? r?.end : r?.start;
    return v === undefined ? undefined : Math.floor(v / 12);
  };
  // A header that writes its year, in four digits or as a date format's two ("Jan-25", "Mar '25"), says it once.
  const named = (i: number) => {
    const y = yearOf(i, false);
    const two = y === undefined ? undefined : String(y % 100).padStart(2, '0');
    // A period counted from the start ("Mês 2", "Week 3") has no year of its own to say.
    return /\d{4}/.test(periods[i].header) || resolved[i]?.counted === true || (two !== undefined && new RegExp(`(?:[-/'’ ]|FY)${two}$`, 'i').test(periods[i].header));
  };
  return runs
    .map(([a, b]) => {
      const ya = yearOf(a, false);
      const yb = yearOf(b, true);
      const ha = periods[a].header;
      const hb = periods[b].header;
      // Days under one month header ("Marzec 2025" over 1 … 31) are that month once.
      if (a === b || ha === hb) return named(a) || ya === undefined ? ha : `${ha} ${ya}`;
      if (named(a) || ya === undefined) return `${ha}–${hb}`;
      return ya === yb ? `${ha}–${hb} ${ya}` : `${ha} ${ya}–${hb} ${yb}`;
    })
    .join('; ');
}

export const periodGrid: TimeSource = {
  name: 'grid',
  read(row) {
    const periods = row.cols.periods;
    const grid = row.grid;
    if (periods.length === 0 || !grid) return undefined;
    const marks = markedColumns(row, periods, row.band);
    if (!marks.some(Boolean)) return undefined;
    const spans: { start: string; end: string }[] = [];
    const rel: RelativeSpan[] = [];
    const owners: string[] = [];
    marks.forEach((m, i) => {
      if (!m) return;
      const r = grid.resolved[i];
      if (r?.start !== undefined && r.end !== undefined) spans.push(makeSpan(r.start, r.end));
      else if (r?.relative) rel.push(r.relative);
      const t = row.text(periods[i]);
      if (t.length > 2 && looksLikeNames(t)) for (const n of t.split(/(?<!\s)\s*[,;/\n]\s*/)) if (n && !owners.includes(n)) owners.push(n);
      // A fill the sheet's legend names: who does the work in that period.
      const named = grid.legend?.get(row.cell(periods[i]).fill?.toUpperCase() ?? '');
      if (named && !owners.includes(named)) owners.push(named);
    });
    const text = `${describe(periods, marks, grid.resolved)}${row.gridWord}`;
    const merged = mergeSpans(spans);
    const result: TimeResult = spansResult(text, merged, grid.precision === 'day' ? 'month' : grid.precision, [], relativeRuns(rel));
    return { text, result, source: 'grid', owners: owners.length ? owners : undefined };
  },
};
