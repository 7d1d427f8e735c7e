/** The schedule model: a time axis of quarters or months grouped by year, and one row per activity under its goal. */
import type { Lang } from '../../lang';
import { pickLang, uiPack } from '../../lang';
import { activityRows } from '../clean/activities';
import type { Plan } from '../../model/plan';
import type { Span } from '../../time/spans';
import { ymIndex } from '../../time/spans';
import { monthLabels } from '../../time/months';

export type Grain = 'quarter' | 'month';
export type Cover = 'full' | 'partial' | null;

export interface Period {
  year: number;
  label: string;
  /** Month indexes (year * 12 + month - 1) of its first and last month. */
  first: number;
  last: number;
}

export type ScheduleRow =
  | { kind: 'plan'; text: string }
  | { kind: 'goal'; id: string; text: string }
  | { kind: 'activity'; id: string; text: string; owner: string; time: string; cover: Cover[]; sourceRow: number }
  | { kind: 'unscheduled-head' }
  | { kind: 'unscheduled'; id: string; text: string; owner: string; time: string; sourceRow: number };

export interface Schedule {
  title: string;
  lang: Lang;
  grain: Grain;
  periods: Period[];
  rows: ScheduleRow[];
}

export interface ScheduleOptions {
  grain?: Grain;
  /** A window chosen by the user; default: the plans' earliest to latest span. */
  window?: Span;
  lang?: Lang;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function quarterLabel(q: number, lang: Lang): string {
  return uiPack(lang).sheets.schedule.quarter.replace('{n}', String(q)).replace('{roman}', ROMAN[q - 1]);
}

export function buildAxis(first: number, last: number, grain: Grain, lang: Lang): Period[] {
  const periods: Period[] = [];
  if (grain === 'quarter') {
    for (let q = Math.floor(first / 3); q <= Math.floor(last / 3); q++) {
      periods.push({ year: Math.floor(q / 4), label: quarterLabel((q % 4) + 1, lang), first: q * 3, last: q * 3 + 2 });
    }
  } else {
    const names = monthLabels(lang);
    const format = uiPack(lang).sheets.schedule.month;
    for (let m = first; m <= last; m++) periods.push({ year: Math.floor(m / 12), label: format ? format.replace('{n}', String((m % 12) + 1)) : names[m % 12], first: m, last: m });
  }
  return periods;
}

/** Month indexes of spans, first and last: coverage is then arithmetic, not string comparison per month. */
export type MonthRange = [number, number];

export function monthRanges(spans: Span[]): MonthRange[] {
  return spans.map((s) => [ymIndex(s.start), ymIndex(s.end)]);
}

export function coverOf(spans: Span[] | MonthRange[], p: Period): Cover {
  const ranges = (spans.length > 0 && Array.isArray(spans[0]) ? spans : monthRanges(spans as Span[])) as MonthRange[];
  let covered = 0;
  for (let m = p.first; m <= p.last; m++) {
    for (const [a, b] of ranges)
      if (a <= m && m <= b) {
        covered++;
        break;
      }
  }
  if (covered === 0) return null;
  return covered === p.last - p.first + 1 ? 'full' : 'partial';
}

/** The longest time a schedule shows: 50 years (600 month columns, 200 quarter columns, well inside Excel's 16,384). */
export const MAX_SCHEDULE_MONTHS = 600;

/**
 * The months the axis shows: all of the plans' spans, or, when they stretch over more than the longest a schedule
 * shows (a typo such as 2105 for 2015, a grid over centuries), the window of that length where most activities
 * start. Activities wholly outside it are listed as unscheduled.
 */
export function axisWindow(ranges: MonthRange[][]): { lo: number; hi: number } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const rs of ranges)
    for (const [a, b] of rs) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
  if (!Number.isFinite(lo)) return undefined;
  if (hi - lo < MAX_SCHEDULE_MONTHS) return { lo, hi };
  const starts = ranges.filter((rs) => rs.length > 0).map((rs) => Math.min(...rs.map((r) => r[0]))).sort((x, y) => x - y);
  let best = 0;
  let from = starts[0];
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i] - starts[j] >= MAX_SCHEDULE_MONTHS) j++;
    if (i - j + 1 > best) [best, from] = [i - j + 1, starts[j]];
  }
  let end = from;
  for (const rs of ranges) for (const [a, b] of rs) if (a >= from && a < from + MAX_SCHEDULE_MONTHS) end = Math.max(end, Math.min(b, from + MAX_SCHEDULE_MONTHS - 1));
  return { lo: from, hi: end };
}

/** A schedule for one plan, or for several plans with a band per plan. */
export function buildSchedule(plans: Plan[], options: ScheduleOptions = {}): Schedule {
  const grain = options.grain ?? 'quarter';
  const lang = pickLang(options.lang ?? plans[0]?.lang);
  const acts = plans.map((p) => ({ plan: p, rows: activityRows(p) }));
  const ranges = new Map(acts.flatMap(({ rows }) => rows.map((a) => [a, monthRanges(a.spans)] as const)));
  const win = options.window ? { lo: ymIndex(options.window.start), hi: Math.min(ymIndex(options.window.end), ymIndex(options.window.start) + MAX_SCHEDULE_MONTHS - 1) } : axisWindow([...ranges.values()]);
  const periods = win ? buildAxis(win.lo, win.hi, grain, lang) : [];
  const shown = (rs: MonthRange[]) => win !== undefined && rs.some(([a, b]) => b >= win.lo && a <= win.hi);
  const rows: ScheduleRow[] = [];
  const unscheduled: ScheduleRow[] = [];
  for (const { plan, rows: list } of acts) {
    if (plans.length > 1) rows.push({ kind: 'plan', text: plan.title || plan.sheet });
    let goal: string | undefined;
    for (const a of list) {
      const goalKey = `${a.goalId}|${a.goal}`;
      if ((a.goal || a.goalId) && goalKey !== goal) {
        rows.push({ kind: 'goal', id: a.goalId, text: a.goal });
        goal = goalKey;
      }
      const owner = a.owners.join(', ');
      const rs = ranges.get(a) ?? [];
      if (!shown(rs)) {
        unscheduled.push({ kind: 'unscheduled', id: a.activityId, text: a.activity, owner, time: a.time, sourceRow: a.sourceRow });
        continue;
      }
      rows.push({ kind: 'activity', id: a.activityId, text: a.activity, owner, time: a.time, cover: periods.map((p) => coverOf(rs, p)), sourceRow: a.sourceRow });
    }
  }
  if (unscheduled.length > 0) {
    rows.push({ kind: 'unscheduled-head' });
    for (const u of unscheduled) rows.push(u); // one by one: a spread of 125k rows overflows the call stack
  }
  const title = plans.length === 1 ? plans[0].title || plans[0].sheet : plans.map((p) => p.title).filter(Boolean).join(' · ');
  return { title, lang, grain, periods, rows };
}
