/**
 * Column roles, by evidence: the header's words (in any language, lowest header row first), what the column
 * holds (times, dates, names, numbering, long text), how it groups rows (merged or blank-below cells), and its
 * place beside the others. Each column keeps the reasons it got its role, so that a user can see why.
 */
import { columnLetter } from '../model/address';
import type { Column } from '../model/plan';
import type { Role } from '../model/roles';
import type { ColumnProfile } from './content';
import { share } from './content';
import type { PeriodColumn } from './grid';
import type { RoleCandidate } from './header-roles';
import { isLogframeHeader, isSupportHeader } from './header-roles';

export interface HeaderIssue {
  /** 0-based sheet column. */
  col: number;
  kind: 'unknown-column' | 'duplicate-role';
  role?: Role;
}

/** What is known of one column before its role is chosen. */
export interface ColumnEvidence {
  /** Grid-relative column. */
  col: number;
  /** The header as shown (the lowest header row's text, or the merged cell over it). */
  header: string;
  candidates: RoleCandidate[];
  profile: ColumnProfile;
  /** Columns that share this column's merged header cell, this one included, left to right. */
  headerSpan: number[];
  /** The header cell is a merged cell that starts in a column to the left. */
  headerTail?: boolean;
  /** In body rows, this column continues the merged cells of the column here. */
  spanOf?: number;
  /** The body groups rows: merged cells down the column, or text only where a group starts. */
  groups: boolean;
  /** The column numbers its rows: 1, 2, 3 … or 1.1, 1.2 or I, II (not quantities that happen to be whole). */
  numbering: boolean;
  period?: PeriodColumn;
  /** Owner matrix: the person this column stands for. */
  person?: string;
  explicit?: Role;
}

/** How well a column's content fits a role, 0…1. */
export function contentFit(role: Role, p: ColumnProfile): number {
  if (p.filled === 0) return 0.6;
  switch (role) {
    case 'time':
    case 'start':
    case 'end':
      return Math.min(1, 0.3 + share(p, 'time', 'date', 'placeholder') + 0.5 * share(p, 'number', 'id'));
    case 'duration':
      return Math.min(1, 0.3 + share(p, 'number', 'time', 'id', 'placeholder'));
    case 'owner':
      return share(p, 'long') > 0.5 ? 0.35 : Math.min(1, 0.45 + share(p, 'name', 'text', 'placeholder'));
    case 'number':
      return Math.min(1, 0.2 + share(p, 'id', 'number', 'date'));
    case 'activity':
    case 'goal':
      return share(p, 'id', 'number', 'date', 'mark') > 0.6 ? 0.3 : 1;
    case 'method':
    case 'outcome':
      // Names in most cells say who, not how or what comes of it.
      return share(p, 'id', 'number', 'date', 'mark') > 0.6 ? 0.3 : share(p, 'name') > 0.6 ? 0.5 : 1;
    default:
      return 1;
  }
}

/** The roles a plan may hold in several columns: hierarchy levels, several owners or outcomes, several time columns. */
const REPEATABLE = new Set<Role>(['goal', 'activity', 'outcome', 'method', 'time', 'extra', 'number', 'period']);

function col(e: ColumnEvidence, role: Role, confidence: number, reasons: string[], grid: { left: number }, extra: Partial<Column> = {}): Column {
  const index = grid.left + e.col;
  return { index, letter: columnLetter(index), header: e.header, role, confidence: Math.round(confidence * 100) / 100, reasons, ...extra };
}

interface Choice {
  e: ColumnEvidence;
  cand: RoleCandidate;
  score: number;
}

/** The best candidates first; a role that cannot repeat goes to the column that fits it best. */
function chooseByHeader(evidence: ColumnEvidence[], chosen: Map<number, Column>, left: number): Map<number, Choice[]> {
  const pairs: Choice[] = [];
  const rejected = new Map<number, Choice[]>();
  for (const e of evidence) {
    if (chosen.has(e.col)) continue;
    // Under a merged header only goals and activities repeat (a hierarchy); another role is named once.
    if (e.headerTail) {
      const c = e.candidates[0];
      if (c && c.role !== 'goal' && c.role !== 'activity') {
        rejected.set(e.col, [{ e, cand: c, score: 0 }]);
        continue;
      }
    }
    for (const cand of e.candidates) pairs.push({ e, cand, score: cand.confidence * (0.5 + 0.5 * contentFit(cand.role, e.profile)) });
  }
  pairs.sort((a, b) => b.score - a.score || a.e.col - b.e.col);
  const taken = new Map<Role, number>();
  for (const p of pairs) {
    if (chosen.has(p.e.col) || p.score < 0.4) continue;
    const role = p.cand.role as Role;
    // A second column of a role must also look like it: "Quarters" over notes is no second time column.
    // … and a second activity or time column a header that names one outright, or a level ("Detalle 2", "Sub-task"):
    // "Task Name" beside "Task ID" or "Bucket Name" in a tracker's export is the activity, and they are not its levels;
    // "Termin" beside "Data utworzenia" (the date the task was made) is the time.
    const level = /\d\s*$|^sub/i.test(p.e.header.trim());
    if (taken.has(role) && (!REPEATABLE.has(role) || contentFit(role, p.e.profile) < 0.6 || ((role === 'activity' || role === 'time') && p.cand.confidence < 0.9 && !level))) {
      rejected.set(p.e.col, [...(rejected.get(p.e.col) ?? []), p]);
      continue;
    }
    const reasons = [`header ${p.e.header}`];
    if (contentFit(role, p.e.profile) < 0.6) reasons.push('although its cells do not look like it');
    chosen.set(p.e.col, col(p.e, role, p.score, reasons, { left }, p.cand.numbers ? { numbers: p.cand.numbers } : {}));
    taken.set(role, (taken.get(role) ?? 0) + 1);
  }
  return rejected;
}

/** A column whose header says nothing known: its role from what it holds. */
function inferFromContent(e: ColumnEvidence, have: Set<Role>): { role: Role; why: string } | undefined {
  const p = e.profile;
  if (p.filled === 0) return undefined;
  const n = `${p.filled} of ${p.rows}`;
  if (share(p, 'id') >= 0.7 && e.numbering) return { role: 'number', why: `numbering in ${n} cells` };
  // Dates under a header we do not know, beside a time column the header names ("Created At", "Last Modified" beside
  // "Start Date | Due Date" in a task tracker's export), are the tracker's own dates, not the plan's.
  const named = have.has('time') || have.has('start') || have.has('end');
  if (named && share(p, 'date') >= 0.6) return { role: 'extra', why: `dates in ${n} cells, beside the time the header names` };
  if (share(p, 'time', 'date') >= 0.6) return { role: 'time', why: `times or dates in ${n} cells` };
  if (share(p, 'name') >= 0.6 && p.length < 40 && !have.has('owner') && have.has('activity')) return { role: 'owner', why: `names in ${n} cells` };
  if (share(p, 'text', 'long', 'name') >= 0.6 && !have.has('activity')) return { role: 'activity', why: `the first column of text (${n} cells)` };
  if (share(p, 'number') >= 0.7) return { role: 'extra', why: `numbers in ${n} cells` };
  return undefined;
}

export interface AssignResult {
  columns: Column[];
  issues: HeaderIssue[];
}

/** One role per column: what the user set, the period grid, the owner matrix, the header words, then the content. */
export function assignRoles(evidence: ColumnEvidence[], left: number): AssignResult {
  const chosen = new Map<number, Column>();
  for (const e of evidence) {
    if (e.explicit) chosen.set(e.col, col(e, e.explicit, 1, ['set by hand'], { left }, { explicit: true }));
    else if (e.period) chosen.set(e.col, col(e, 'period', 1, ['a period of the grid'], { left }));
    else if (e.person) chosen.set(e.col, col(e, 'owner', 0.9, [`marks under ${e.person}`], { left }, { person: e.person }));
  }
  const rejected = chooseByHeader(evidence.filter((e) => e.spanOf === undefined), chosen, left);
  refineRoles(evidence, chosen, left);
  const issues: HeaderIssue[] = [];
  const have = new Set([...chosen.values()].map((c) => c.role));
  for (const e of evidence) {
    if (chosen.has(e.col) || e.spanOf !== undefined) continue;
    const known = e.candidates.find((c) => c.confidence >= 0.6);
    const inferred = known ? undefined : inferFromContent(e, have);
    // An unknown header over the first text column stands for the activity when the table names none (a project title over a Gantt's tasks).
    if (inferred && inferred.role !== 'extra' && (inferred.role !== 'activity' || !e.header || !known)) {
      chosen.set(e.col, col(e, inferred.role, 0.6, [inferred.why], { left }, { inferred: true }));
      have.add(inferred.role);
      continue;
    }
    // Those who support the lead, beside the owner column, are the plan's shape ("Chủ trì | Phối hợp"): no finding.
    const supports = known?.role === 'owner' && isSupportHeader(e.header);
    const why = supports ? `header ${e.header} (those who support the owner)` : known ? `header ${e.header} (a ${known.role} column is already there)` : e.header ? `header ${e.header} names no role` : 'no header';
    chosen.set(e.col, col(e, 'extra', 0, [why], { left }));
    const dup = supports ? undefined : rejected.get(e.col)?.[0];
    if (dup) issues.push({ col: left + e.col, kind: 'duplicate-role', role: dup.cand.role as Role });
    else if (e.header && !known) issues.push({ col: left + e.col, kind: 'unknown-column' });
  }
  for (const e of evidence) {
    if (e.spanOf === undefined) continue;
    const of = chosen.get(e.spanOf);
    if (of) chosen.set(e.col, { ...col(e, of.role, of.confidence, [`continues the merged cells of column ${of.letter}`], { left }), spanOf: of.letter });
  }
  return { columns: evidence.map((e) => chosen.get(e.col)!).filter(Boolean), issues };
}

/** "TT" merged down beside each merged goal, while each activity has a row of its own: the column numbers the goals. */
function numberedGoals(evidence: ColumnEvidence[], chosen: Map<number, Column>, activity: ColumnEvidence | undefined): void {
  const goal = evidence.find((e) => chosen.get(e.col)?.role === 'goal');
  const numbers = evidence.filter((e) => chosen.get(e.col)?.role === 'number');
  if (!goal?.groups || !activity || activity.groups || numbers.length !== 1) return;
  const [n] = numbers;
  const c = chosen.get(n.col)!;
  if (!c.numbers && n.groups && n.col < goal.col) chosen.set(n.col, { ...c, numbers: 'goal', reasons: [...(c.reasons ?? []), 'it groups the rows as the goal column does: it numbers the goals'] });
}

/**
 * A logframe's level column ("Goal", "Outcome 1", "Output 1.1", "Activity 1.1.1"): it numbers the rows, and the
 * text column beside it says what each level is, the activities included.
 */
function levelColumn(evidence: ColumnEvidence[], chosen: Map<number, Column>, left: number): void {
  const i = evidence.findIndex((e) => !chosen.get(e.col)?.explicit && e.profile.filled >= 3 && e.profile.levels >= e.profile.filled * 0.7 && e.profile.levelItems > 0 && e.profile.levelItems < e.profile.levels);
  if (i < 0) return;
  const level = evidence[i];
  const text = evidence.slice(i + 1).find((e) => e.spanOf === undefined && !e.period && share(e.profile, 'text', 'long', 'name') >= 0.6);
  const activity = evidence.find((e) => e !== level && chosen.get(e.col)?.role === 'activity');
  if (!text || (activity && activity !== text) || chosen.get(text.col)?.explicit) return;
  chosen.set(level.col, col(level, 'number', 0.8, ['it names the logframe level of each row'], { left }));
  chosen.set(text.col, col(text, 'activity', 0.8, [`what each level of column ${columnLetter(left + level.col)} is, the activities among them`], { left }));
}

/**
 * Second thoughts, for shapes that header words alone misread:
 * - a logframe (indicator, baseline, target beside the results): those columns are not outcomes, and the
 *   results column is the outcome;
 * - a header merged over several columns that name goals or activities is a hierarchy: left columns are groups;
 * - a "goal" column that groups nothing, beside an activity column, says how (a method) when its text is longer;
 * - a goal column with no activity column is the activity when every row has its own.
 */
function refineRoles(evidence: ColumnEvidence[], chosen: Map<number, Column>, left: number): void {
  const roleOf = (e: ColumnEvidence) => chosen.get(e.col)?.role;
  const logframe = evidence.filter((e) => e.header && isLogframeHeader(e.header)).length >= 2;
  if (logframe) {
    const demoted: { at: number; c: Column }[] = [];
    for (const e of evidence) {
      const c = chosen.get(e.col);
      if (c && c.role === 'outcome' && isLogframeHeader(e.header)) {
        chosen.set(e.col, { ...c, role: 'extra', reasons: [`header ${e.header}: a logframe column beside the results`] });
        demoted.push({ at: e.col, c });
      }
    }
    const results = evidence.find((e) => !chosen.has(e.col) && !e.header && share(e.profile, 'text', 'long') >= 0.6 && !e.groups);
    if (results && !evidence.some((e) => roleOf(e) === 'outcome')) chosen.set(results.col, col(results, 'outcome', 0.7, ['the results column of a logframe'], { left }, { inferred: true }));
    // No results column: the indicators are the only measure of what each activity is to achieve.
    const measure = demoted.sort((a, b) => b.c.confidence - a.c.confidence || a.at - b.at)[0];
    if (measure && !evidence.some((e) => roleOf(e) === 'outcome')) chosen.set(measure.at, { ...measure.c, reasons: [`header ${measure.c.header}: the logframe's only measure of the results`] });
    // The merged column left of the results names their level: the goal they serve.
    const level = evidence.find((e) => !chosen.has(e.col) && !e.header && e.groups && results && e.col < results.col);
    if (level && !evidence.some((e) => roleOf(e) === 'goal')) chosen.set(level.col, col(level, 'goal', 0.7, ['the level of the results in a logframe, merged over them'], { left }, { inferred: true }));
  }
  for (const e of evidence) {
    if (e.headerSpan.length < 2 || e.headerSpan[0] !== e.col) continue;
    const role = roleOf(e);
    if (role !== 'goal' && role !== 'activity') continue;
    e.headerSpan.forEach((c, i) => {
      const existing = chosen.get(c);
      if (!existing || existing.explicit) return;
      const last = i === e.headerSpan.length - 1;
      chosen.set(c, { ...existing, role: last ? 'activity' : 'goal', level: last ? 0 : i, reasons: [...(existing.reasons ?? []), last ? 'the lowest level under a merged header' : 'a group level under a merged header'] });
    });
  }
  // A duration worked out by a formula from the start and the end says nothing they do not.
  if (evidence.some((e) => roleOf(e) === 'start') && evidence.some((e) => roleOf(e) === 'end')) {
    for (const e of evidence) {
      const c = chosen.get(e.col);
      if (c?.role === 'duration' && !c.explicit && e.profile.filled > 0 && e.profile.formulas >= e.profile.filled * 0.8) chosen.set(e.col, { ...c, role: 'extra', reasons: [...(c.reasons ?? []), 'worked out by a formula from the start and the end'] });
    }
  }
  levelColumn(evidence, chosen, left);
  const activity = evidence.find((e) => roleOf(e) === 'activity');
  numberedGoals(evidence, chosen, activity);
  for (const e of evidence) {
    const c = chosen.get(e.col);
    if (!c || c.role !== 'goal' || c.explicit || e.groups) continue;
    const own = e.profile.distinct >= e.profile.filled * 0.9;
    if (activity && own && e.profile.filled >= 3 && e.profile.length >= 30 && e.profile.length > activity.profile.length * 2) chosen.set(e.col, { ...c, role: 'method', reasons: [...(c.reasons ?? []), 'it groups no rows and says more than the activity: a method'] });
    else if (!activity && own && e.profile.filled >= 2) chosen.set(e.col, { ...c, role: 'activity', reasons: [...(c.reasons ?? []), 'every row has its own: the activity'] });
  }
}
