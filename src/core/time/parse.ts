/**
 * parseTime: a time cell's text to month spans. It never throws and keeps the original text.
 *
 * The cell is split into lines (one per sub-activity) and each line at ";" into segments. Each
 * segment is tokenized, scanned by the parsers into atoms and connectors, and refined into spans.
 * A multi-line cell spans from its first sub-activity to its last.
 */
import { cellLines, stripBullet } from '../util/text';
import { coarsest, scan } from './atoms';
import type { Item } from './atoms';
import { buildSpans, fillYears, resolveBare } from './refine';
import type { Span } from './spans';
import { hullSpan, mergeSpans } from './spans';
import { tokenize } from './tokenize';
import type { Precision, RelativeSpan, TimeContext, TimeResult, TimeWarning } from './types';

interface ScannedSegment {
  items: Item[];
  ignored: string[];
  between: boolean;
  warnings: TimeWarning[];
  explicitYears: number[];
  dropped: number;
}

function scanSegment(text: string, ctx: TimeContext): ScannedSegment {
  const s = scan(tokenize(stripBullet(text)), ctx);
  const { items, dropped } = resolveBare(s.items, ctx);
  const explicitYears: number[] = [];
  for (const it of items) if (it.t === 'period' && it.yExplicit && it.y !== undefined) explicitYears.push(it.y);
  return { items, ignored: s.ignored, between: s.between, warnings: s.warnings, explicitYears, dropped };
}

export function parseTime(input: string, context: TimeContext = {}): TimeResult {
  const result: TimeResult = {
    input,
    ok: false,
    spans: [],
    precision: null,
    warnings: [],
    lines: [],
    relative: [],
    explicitYears: [],
  };
  try {
    return parseInto(result, input ?? '', context);
  } catch {
    // The reader must never take the add-in down: an unexpected input is reported, not thrown.
    return { ...result, ok: false, spans: [], reason: 'no-time' };
  }
}

let thisYear: number | undefined;
function currentYear(): number {
  if (thisYear === undefined) thisYear = new Date().getUTCFullYear();
  return thisYear;
}

function parseInto(result: TimeResult, input: string, context: TimeContext): TimeResult {
  const ctx: TimeContext = context.fallbackYear !== undefined ? context : { ...context, fallbackYear: currentYear() };
  const text = String(input);
  if (!/[\n\r;\u000B\u2028\u2029]/.test(text) && text.length <= 2000) return parseOneSegment(result, text, ctx);
  const lines = cellLines(text).slice(0, 200).map((l) => l.slice(0, 2000));
  if (lines.length === 0) return { ...result, reason: 'empty' };

  const scanned = lines.map((line) => line.split(';').map((seg) => scanSegment(seg, ctx)));
  const flat = scanned.flat();
  const warnings: TimeWarning[] = [];
  const relative: RelativeSpan[] = [];
  const units: Precision[] = [];
  const ignored: string[] = [];
  let yearAssumed = false;
  let unreadable = 0;
  const lineResults: { text: string; spans: Span[] }[] = [];

  let index = 0;
  scanned.forEach((segments, li) => {
    const lineSpans: Span[] = [];
    for (const seg of segments) {
      const fallback = segmentFallbackYear(flat, index, ctx);
      index++;
      const filled = fillYears(seg.items, fallback.year);
      if (filled.usedFallback && fallback.assumed) yearAssumed = true;
      const built = buildSpans(filled.items, ctx, seg.between);
      warnings.push(...seg.warnings, ...built.warnings);
      relative.push(...built.relative);
      units.push(...built.units);
      lineSpans.push(...built.spans);
      if (built.spans.length === 0 && built.relative.length === 0 && (seg.ignored.length > 0 || seg.dropped > 0)) unreadable++;
      else ignored.push(...seg.ignored);
    }
    lineResults.push({ text: lines[li], spans: mergeSpans(lineSpans) });
  });

  const withSpans = lineResults.filter((l) => l.spans.length > 0);
  let spans: Span[];
  if (withSpans.length > 1) spans = [hullSpan(withSpans.flatMap((l) => l.spans)) as Span];
  else spans = withSpans.length === 1 ? withSpans[0].spans : [];

  const explicitYears = [...new Set(flat.flatMap((s) => s.explicitYears))];
  const ok = spans.length > 0;
  if (ok) {
    if (unreadable > 0) warnings.push({ code: 'unreadable-part', detail: '' });
    if (ignored.length > 0) warnings.push({ code: 'ignored-text', detail: ignored.join(' ') });
    if (yearAssumed) warnings.push({ code: 'year-assumed', detail: String(ctx.fallbackYear) });
  }
  if (!ok && relative.length > 0) warnings.push({ code: 'relative-without-start', detail: '' });
  return {
    ...result,
    ok,
    spans,
    precision: ok || relative.length > 0 ? coarsest(units) : null,
    warnings: dedupe(warnings),
    lines: lineResults,
    relative,
    explicitYears,
    reason: ok ? undefined : relative.length > 0 ? 'relative-without-start' : 'no-time',
  };
}

/** The common case: a cell of one line with no ";": no line or segment bookkeeping. */
function parseOneSegment(result: TimeResult, text: string, ctx: TimeContext): TimeResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ...result, reason: 'empty' };
  const seg = scanSegment(trimmed, ctx);
  const year = ctx.year ?? (ctx.fallbackYear as number);
  const filled = fillYears(seg.items, year);
  const built = buildSpans(filled.items, ctx, seg.between);
  const spans = mergeSpans(built.spans);
  const ok = spans.length > 0;
  const warnings: TimeWarning[] = [...seg.warnings, ...built.warnings];
  if (ok) {
    if (seg.ignored.length > 0) warnings.push({ code: 'ignored-text', detail: seg.ignored.join(' ') });
    if (filled.usedFallback && ctx.year === undefined) warnings.push({ code: 'year-assumed', detail: String(ctx.fallbackYear) });
  } else if (built.relative.length > 0) warnings.push({ code: 'relative-without-start', detail: '' });
  return {
    input: result.input,
    ok,
    spans,
    precision: ok || built.relative.length > 0 ? coarsest(built.units) : null,
    warnings: warnings.length > 1 ? dedupe(warnings) : warnings,
    lines: [{ text: trimmed.replace(/\s+/g, ' '), spans }],
    relative: built.relative,
    explicitYears: seg.explicitYears.length > 1 ? [...new Set(seg.explicitYears)] : seg.explicitYears,
    reason: ok ? undefined : built.relative.length > 0 ? 'relative-without-start' : 'no-time',
  };
}

/** The year for a segment that writes none: the cell's nearest written year, then the plan's. */
function segmentFallbackYear(segments: ScannedSegment[], index: number, ctx: TimeContext): { year: number; assumed: boolean } {
  for (let j = index - 1; j >= 0; j--) {
    const ys = segments[j].explicitYears;
    if (ys.length > 0) return { year: ys[ys.length - 1], assumed: false };
  }
  for (let j = index + 1; j < segments.length; j++) {
    const ys = segments[j].explicitYears;
    if (ys.length > 0) return { year: ys[0], assumed: false };
  }
  if (ctx.year !== undefined) return { year: ctx.year, assumed: false };
  return { year: ctx.fallbackYear as number, assumed: true };
}

function dedupe(ws: TimeWarning[]): TimeWarning[] {
  const seen = new Set<string>();
  return ws.filter((w) => {
    const k = `${w.code}:${w.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
