/**
 * parseTime: a time cell's text to month spans. It never throws and keeps the original text.
 *
 * The cell is split into lines (one per sub-activity) and each line at ";" into segments. Each segment
 * is tokenized, scanned by the configuration's parsers into items, and refined into spans. A multi-line
 * cell spans from its first sub-activity to its last.
 */
import { cellLines, stripBullet } from '../util/text';
import { configuration } from './configuration';
import type { Configuration } from './configuration';
import type { Refiner, Segment } from './refiners';
import { scan } from './scan';
import type { Span } from './spans';
import { hullSpan, mergeSpans } from './spans';
import { holdsNoTime, tokenize } from './tokenize';
import { proseRoles } from './word-starts';
import { hasClass, isPunct, phraseAt, wordOf } from './parsers/helpers';
import type { Precision, RelativeSpan, TimeContext, TimeResult, TimeWarning } from './types';

const ORDER: Precision[] = ['day', 'month', 'quarter', 'half', 'year', 'relative'];

export function coarsest(units: Precision[]): Precision | null {
  let best = -1;
  for (const u of units) best = Math.max(best, ORDER.indexOf(u));
  return best < 0 ? null : ORDER[best];
}

const byPhase = new WeakMap<readonly Refiner[], Record<Refiner['phase'], Refiner[]>>();

/** What the scanner makes of prose: nothing read, and its words ignored (kept whole, as they are never listed one by one). */
function proseSegment(text: string): Segment {
  return { items: [], ignored: [text], between: false, warnings: [], invalid: false, dropped: 0, explicitYears: [], usedFallback: false, spans: [], relative: [], units: [], prose: true };
}

function runPhase(refiners: readonly Refiner[], phase: Refiner['phase'], seg: Segment, ctx: TimeContext, fallbackYear: number): void {
  if (seg.prose) return;
  let phases = byPhase.get(refiners);
  if (!phases) byPhase.set(refiners, (phases = { items: refiners.filter((r) => r.phase === 'items'), spans: refiners.filter((r) => r.phase === 'spans') }));
  const env = { ctx, fallbackYear };
  for (const r of phases[phase]) r.refine(seg, env);
}

/** A line's text with its runs of white space as one space. */
function oneSpaced(text: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Scan one segment and run the refiners that need no year. */
function scanSegment(text: string, ctx: TimeContext, config: Configuration): Segment {
  const body = stripBullet(text);
  const env = { ctx, lexicon: config.lexicon };
  // A line of prose ("Meet the partners to agree the plan") reads as its words ignored, as the scanner would read it.
  if (holdsNoTime(body, proseRoles(env))) return proseSegment(body);
  const s = scan(tokenize(body), config.parsers, env);
  const seg: Segment = {
    items: s.items, ignored: s.ignored, between: s.between, warnings: s.warnings, invalid: s.invalid, lead: s.lead,
    dropped: 0, explicitYears: [], usedFallback: false, spans: [], relative: [], units: [],
  };
  // A date that cannot be ("30.02.2019", "Q6") makes its segment unreadable: it is never widened to a year.
  if (seg.invalid) seg.items = [];
  runPhase(config.refiners, 'items', seg, ctx, ctx.fallbackYear as number);
  // The recurring refiner has dropped "monthly" beside another time, so one that is left is the segment's only time.
  if (seg.items.some((it) => it.type === 'period' && it.recurring)) seg.recurring = true;
  for (const it of seg.items) if (it.type === 'period' && it.yearExplicit && it.year !== undefined) seg.explicitYears.push(it.year);
  return seg;
}

export function parseTime(input: string, context: TimeContext = {}): TimeResult {
  const result: TimeResult = { input, ok: false, spans: [], precision: null, warnings: [], lines: [], relative: [], explicitYears: [] };
  try {
    // One shape for every context, so that the parsers' reads of it stay fast.
    const ctx: TimeContext = {
      year: context.year, planStart: context.planStart, slashOrder: context.slashOrder, lang: context.lang,
      fallbackYear: context.fallbackYear ?? currentYear(), planEnd: context.planEnd, compactDate: context.compactDate,
    };
    const text = String(input ?? '');
    if (!/[\n\r;\u000B\u2028\u2029]/.test(text) && text.length <= 2000) return parseOneSegment(result, text, ctx);
    return parseLines(result, text, ctx);
  } catch {
    // The reader must never take the add-in down: an unexpected input is reported, not thrown.
    return { ...result, ok: false, spans: [], reason: 'no-time' };
  }
}

/**
 * The years a text writes itself, as parseTime(input, context).explicitYears gives them, without reading its spans:
 * a plan's year is the most common of these over its time cells, and a long plan has one text per row.
 */
export function timeYears(input: string, context: TimeContext = {}): number[] {
  try {
    const ctx: TimeContext = {
      year: context.year, planStart: context.planStart, slashOrder: context.slashOrder, lang: context.lang,
      fallbackYear: context.fallbackYear ?? currentYear(), planEnd: context.planEnd, compactDate: context.compactDate,
    };
    const text = String(input ?? '');
    if (/[\n\r;\u000B\u2028\u2029]/.test(text) || text.length > 2000) return parseTime(input, context).explicitYears;
    const trimmed = text.trim();
    if (trimmed === '') return [];
    const years = scanSegment(trimmed, ctx, configuration(ctx.lang)).explicitYears;
    return years.length > 1 ? [...new Set(years)] : years;
  } catch {
    return [];
  }
}

let thisYear: number | undefined;
function currentYear(): number {
  if (thisYear === undefined) thisYear = new Date().getUTCFullYear();
  return thisYear;
}

interface Parts {
  spans: Span[];
  relative: RelativeSpan[];
  units: Precision[];
  warnings: TimeWarning[];
  lines: TimeResult['lines'];
  explicitYears: number[];
  invalid?: boolean;
  recurring?: boolean;
}

function finish(result: TimeResult, parts: Parts): TimeResult {
  const ok = parts.spans.length > 0;
  if (!ok && parts.invalid) return { ...result, ok: false, spans: [], warnings: [{ code: 'impossible-date', detail: '' }], lines: parts.lines, reason: 'impossible-date' };
  if (!ok && parts.relative.length > 0) parts.warnings.push({ code: 'relative-without-start', detail: '' });
  const out: TimeResult = {
    input: result.input,
    ok,
    spans: parts.spans,
    precision: ok || parts.relative.length > 0 ? coarsest(parts.units) : null,
    warnings: parts.warnings.length > 1 ? dedupe(parts.warnings) : parts.warnings,
    lines: parts.lines,
    relative: parts.relative,
    explicitYears: parts.explicitYears.length > 1 ? [...new Set(parts.explicitYears)] : parts.explicitYears,
    reason: ok ? undefined : parts.relative.length > 0 ? 'relative-without-start' : 'no-time',
  };
  if (ok && parts.recurring) out.recurring = true;
  return out;
}

/** The common case: a cell of one line with no ";": no line or segment bookkeeping. */
function parseOneSegment(result: TimeResult, text: string, ctx: TimeContext): TimeResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ...result, reason: 'empty' };
  const config = configuration(ctx.lang);
  const seg = scanSegment(trimmed, ctx, config);
  runPhase(config.refiners, 'spans', seg, ctx, ctx.year ?? (ctx.fallbackYear as number));
  const spans = mergeSpans(seg.spans);
  const warnings = seg.warnings;
  if (spans.length > 0) {
    if (seg.ignored.length > 0) warnings.push({ code: 'ignored-text', detail: seg.ignored.join(' ') });
    if (seg.usedFallback && ctx.year === undefined) warnings.push({ code: 'year-assumed', detail: String(ctx.fallbackYear) });
  }
  return finish(result, { spans, relative: seg.relative, units: seg.units, warnings, lines: [{ text: oneSpaced(trimmed), spans }], explicitYears: seg.explicitYears, invalid: seg.invalid, recurring: seg.recurring });
}

/** "Bắt đầu: tháng 2; Kết thúc: tháng 6": a segment that opens with an end label ends the segment before it. */
function withEnds(segments: string[], config: Configuration): string[] {
  if (segments.length < 2) return segments;
  const out: string[] = [segments[0]];
  for (const seg of segments.slice(1)) {
    // A label needs its colon: a segment without one is not tokenized twice.
    if (!seg.includes(':')) {
      out.push(seg);
      continue;
    }
    const tokens = tokenize(seg.trim());
    const label = phraseAt(config.lexicon.classPhrases, tokens, 0);
    const next = label?.value === 'endLabel' ? label.next : hasClass(config.lexicon, wordOf(tokens[0]), 'endLabel') ? 1 : -1;
    if (next > 0 && isPunct(tokens[next], ':')) out[out.length - 1] += `, ${seg}`;
    else out.push(seg);
  }
  return out;
}

/** A cell of several lines or segments: each segment takes the nearest year written in the cell. */
/** Every item of `from` added to `to`, in a loop (a spread of a long list is a call with as many arguments). */
function append<T>(to: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) to.push(from[k]);
}

function parseLines(result: TimeResult, text: string, ctx: TimeContext): TimeResult {
  const lines = cellLines(text).slice(0, 200).map((l) => l.slice(0, 2000));
  if (lines.length === 0) return { ...result, reason: 'empty' };
  const config = configuration(ctx.lang);
  // Every segment of every line in one list, each with the index of its line.
  const flat: Segment[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, li) => {
    for (const seg of withEnds(line.split(';'), config)) {
      flat.push(scanSegment(seg, ctx, config));
      lineOf.push(li);
    }
  });
  const warnings: TimeWarning[] = [];
  const relative: RelativeSpan[] = [];
  const units: Precision[] = [];
  const ignored: string[] = [];
  const explicitYears: number[] = [];
  let yearAssumed = false;
  let unreadable = 0;
  const lineSpans: Span[][] = lines.map(() => []);
  flat.forEach((seg, index) => {
    const fallback = segmentFallbackYear(flat, index, ctx);
    runPhase(config.refiners, 'spans', seg, ctx, fallback.year);
    if (seg.usedFallback && fallback.assumed) yearAssumed = true;
    append(warnings, seg.warnings);
    append(relative, seg.relative);
    append(units, seg.units);
    append(lineSpans[lineOf[index]], seg.spans);
    append(explicitYears, seg.explicitYears);
    if (seg.spans.length === 0 && seg.relative.length === 0 && (seg.ignored.length > 0 || seg.dropped > 0)) unreadable++;
    else append(ignored, seg.ignored);
  });
  const lineResults = lines.map((l, li) => ({ text: l, spans: mergeSpans(lineSpans[li]) }));
  const withSpans = lineResults.filter((l) => l.spans.length > 0);
  const spans = withSpans.length > 1 ? [hullSpan(withSpans.flatMap((l) => l.spans)) as Span] : withSpans.length === 1 ? withSpans[0].spans : [];
  if (spans.length > 0) {
    if (unreadable > 0) warnings.push({ code: 'unreadable-part', detail: '' });
    if (ignored.length > 0) warnings.push({ code: 'ignored-text', detail: ignored.join(' ') });
    if (yearAssumed) warnings.push({ code: 'year-assumed', detail: String(ctx.fallbackYear) });
  }
  const timed = flat.filter((seg) => seg.spans.length > 0);
  const recurring = timed.length > 0 && timed.every((seg) => seg.recurring);
  return finish(result, { spans, relative, units, warnings, lines: lineResults, explicitYears, invalid: flat.some((s) => s.invalid), recurring });
}

/** The year for a segment that writes none: the cell's nearest written year, then the plan's. */
function segmentFallbackYear(segments: Segment[], index: number, ctx: TimeContext): { year: number; assumed: boolean } {
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
