/** Month spans: "YYYY-MM" strings, compared as month numbers (year * 12 + month - 1). */

/** From the first month to the last, both "YYYY-MM". */
export interface Span {
  start: string;
  end: string;
}

export function ym(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function ymIndex(value: string): number {
  // "2024-03" read from its char codes: spans are written by ym() and always have this shape.
  const d = (i: number) => value.charCodeAt(i) - 48;
  if (value.length === 7 && value.charCodeAt(4) === 45) {
    const y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    const m = d(5) * 10 + d(6);
    if (y >= 0 && y <= 9999 && m >= 1 && m <= 12) return y * 12 + (m - 1);
  }
  return parseInt(value.slice(0, 4), 10) * 12 + (parseInt(value.slice(5, 7), 10) - 1);
}

/** The labels of the months of 1900 to 2199, made once each: every span ends in two of them. */
const FIRST_CACHED = 1900 * 12;
const labels: string[] = [];

export function ymFromIndex(index: number): string {
  const k = index - FIRST_CACHED;
  if (k >= 0 && k < 300 * 12) return (labels[k] ??= ym(Math.floor(index / 12), (index % 12) + 1));
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

export function span(startIndex: number, endIndex: number): Span {
  return { start: ymFromIndex(startIndex), end: ymFromIndex(endIndex) };
}

/** Sort spans and merge those that overlap or touch (March–April and May merge to March–May). */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length === 0) return [];
  if (spans.length === 1) return [spans[0]];
  const sorted = spans
    .map((s) => [ymIndex(s.start), ymIndex(s.end)] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out.map(([s, e]) => span(s, e));
}

/** The smallest span that covers all the given spans. */
export function hullSpan(spans: Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  let s = Infinity;
  let e = -Infinity;
  for (const x of spans) {
    s = Math.min(s, ymIndex(x.start));
    e = Math.max(e, ymIndex(x.end));
  }
  return span(s, e);
}

/** "2009-Q1" labels of every quarter a span touches. */
export function quartersOf(spans: Span[]): string[] {
  const out: string[] = [];
  for (const x of spans) {
    const s = Math.floor(ymIndex(x.start) / 3);
    const e = Math.floor(ymIndex(x.end) / 3);
    for (let q = s; q <= e; q++) {
      const label = `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
      if (!out.includes(label)) out.push(label);
    }
  }
  return out;
}
