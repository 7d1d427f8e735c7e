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

export function coverOf(spans: Span[], p: Period): Cover {
  let covered = 0;
  for (let m = p.first; m <= p.last; m++) if (spans.some((s) => ymIndex(s.start) <= m && m <= ymIndex(s.end))) covered++;
  if (covered === 0) return null;
  return covered === p.last - p.first + 1 ? 'full' : 'partial';
}

/** A schedule for one plan, or for several plans with a band per plan. */
export function buildSchedule(plans: Plan[], options: ScheduleOptions = {}): Schedule {
  const grain = options.grain ?? 'quarter';
  const lang = pickLang(options.lang ?? plans[0]?.lang);
  const acts = plans.map((p) => ({ plan: p, rows: activityRows(p) }));
  let lo = Infinity;
  let hi = -Infinity;
  if (options.window) {
    lo = ymIndex(options.window.start);
    hi = ymIndex(options.window.end);
  } else
    for (const { rows } of acts)
      for (const a of rows)
        for (const s of a.spans) {
          lo = Math.min(lo, ymIndex(s.start));
          hi = Math.max(hi, ymIndex(s.end));
        }
  const periods = Number.isFinite(lo) ? buildAxis(lo, hi, grain, lang) : [];
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
      if (a.spans.length === 0) {
        unscheduled.push({ kind: 'unscheduled', id: a.activityId, text: a.activity, owner, time: a.time, sourceRow: a.sourceRow });
        continue;
      }
      rows.push({ kind: 'activity', id: a.activityId, text: a.activity, owner, time: a.time, cover: periods.map((p) => coverOf(a.spans, p)), sourceRow: a.sourceRow });
    }
  }
  if (unscheduled.length > 0) rows.push({ kind: 'unscheduled-head' }, ...unscheduled);
  const title = plans.length === 1 ? plans[0].title || plans[0].sheet : plans.map((p) => p.title).filter(Boolean).join(' · ');
  return { title, lang, grain, periods, rows };
}
