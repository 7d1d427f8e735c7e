/**
 * Plans written as lists (in Word, or pasted into one column of a sheet) made into the plan table they mean:
 * one row per activity with its goal, method lines, time, owners and section, and the line it came from.
 * The table is then read as any table is, so that every check, the schedule and the clean table work on it.
 *
 * Years: an item's own year; else the one that puts it inside its task's period; else, for a task whose period
 * writes no year, the year of the tasks around it.
 */
import { guessLang, uiPack } from '../../lang';
import type { Lang } from '../../lang';
import { gridFromRows } from '../../model/grid';
import type { Grid } from '../../model/grid';
import type { Role } from '../../model/roles';
import { parseTime } from '../../time/parse';
import { ymIndex } from '../../time/spans';
import type { ListLine } from './lines';
import { lineKind, listEvidence } from './lines';
import type { ListGoal, ListItem } from './structure';
import { knownOwners, listStructure } from './structure';

export type { ListLine } from './lines';
export { listEvidence } from './lines';

export interface ListTable {
  grid: Grid;
  /** Roles of the table's columns by letter: it is read as a table set by hand. */
  roles: Record<string, Role>;
  /** The source row (1-based) of each body row of the grid, in order. */
  sources: number[];
  lang: Lang;
  /** The plan's title: a short line of plain text before its first goal or activity ("KẾ HOẠCH NĂM 2025"). */
  title: string;
}

/**
 * The first short plain line before the list's first goal, period or numbered line, past a line that only numbers
 * the document ("Załącznik nr 1", "Annex 2", "Phụ lục II").
 */
function titleOf(lines: ListLine[]): string {
  for (const l of lines) {
    const k = lineKind(l.text).kind;
    if (k !== 'text') return '';
    // A short line ending in a small number ("nr 1", "II") numbers the document; one ending in a year is a title.
    const numbersOnly = l.text.split(/\s+/).length <= 3 && /(?:\b\d{1,3}|\b[IVXL]+)\.?$/u.test(l.text);
    if (l.text.length <= 150 && /\p{L}/u.test(l.text) && !numbersOnly) return l.text;
  }
  return '';
}

interface Window {
  first: number;
  last: number;
}

/** Each task's period as month indexes; a period with no year takes the year of the tasks around it. */
function windows(goals: ListGoal[], lang: Lang): (Window | undefined)[] {
  const read = goals.map((g) => (g.period ? parseTime(g.period, { lang, fallbackYear: 0 }) : undefined));
  const own = read.map((r) => (r && r.ok && r.explicitYears.length ? { first: ymIndex(r.spans[0].start), last: ymIndex(r.spans[r.spans.length - 1].end) } : undefined));
  return goals.map((g, i) => {
    if (own[i]) return own[i];
    const near = [...own.slice(0, i)].reverse().find(Boolean) ?? own.slice(i + 1).find(Boolean);
    if (!near || !g.period) return near;
    const year = Math.floor(near.last / 12);
    const r = parseTime(g.period, { lang, year, fallbackYear: year });
    return r.ok ? { first: ymIndex(r.spans[0].start), last: ymIndex(r.spans[r.spans.length - 1].end) } : near;
  });
}

/** A time segment with its year made explicit: the year that puts it inside the window, else the window's first. */
function withYear(text: string, lang: Lang, w: Window | undefined): string {
  const first = parseTime(text, { lang, year: 2000, fallbackYear: 2000 });
  if (!first.ok || first.explicitYears.length > 0 || !w) return text;
  const years = Array.from({ length: Math.floor(w.last / 12) - Math.floor(w.first / 12) + 1 }, (_, k) => Math.floor(w.first / 12) + k);
  const fits = years.find((y) => {
    const r = parseTime(text, { lang, year: y, fallbackYear: y });
    return r.ok && r.spans.every((s) => ymIndex(s.start) >= w.first && ymIndex(s.end) <= w.last);
  });
  const y = fits ?? years[0];
  const r = parseTime(text, { lang, year: y, fallbackYear: y });
  return `${text} ${r.ok ? r.spans[r.spans.length - 1].end.slice(0, 4) : y}`;
}

/** The time a stage line gives its items: "Etap I (luty 2014; marzec 2015):". */
function sectionTime(section: string, lang: Lang): string[] {
  const m = /\(([^()]+)\)/.exec(section);
  return m && parseTime(m[1], { lang, fallbackYear: 2000 }).ok ? [m[1]] : [];
}

function timeCell(item: ListItem, lang: Lang, w: Window | undefined): string {
  const written = item.times.length ? item.times : item.childTimes.length ? item.childTimes : sectionTime(item.section, lang);
  return written.flatMap((t) => t.split(';').map((x) => x.trim())).filter(Boolean).map((t) => withYear(t, lang, w)).join('; ');
}

/** The table of a list plan, or nothing when the lines are no list plan (no numbered item with a time or owner). */
export function listTable(lines: ListLine[], sheet: string, langHint?: Lang): ListTable | undefined {
  const evidence = listEvidence(lines);
  if (evidence.items < 3) return undefined;
  const lang = langHint ?? guessLang(lines.slice(0, 200).map((l) => l.text));
  const ctx = { lang, year: 2000, fallbackYear: 2000 };
  const goals = listStructure(lines, ctx, knownOwners(lines, ctx));
  const items = goals.flatMap((g) => g.items);
  if (items.length < 3 || !items.some((i) => i.times.length || i.childTimes.length || i.owners.length || i.outcomes.length)) return undefined;
  const words = uiPack(lang).sheets;
  const h = words.clean.headers;
  const header = [h.goal, h.activity, h.method, h.time, h.owners, h.outcome, words.convert.section, words.convert.source];
  const ws = windows(goals, lang);
  const rows: string[][] = [header];
  const sources: number[] = [];
  goals.forEach((g, gi) => {
    for (const item of g.items) {
      const goal = [g.id && `${g.id}.`, g.text].filter(Boolean).join(' ');
      // "1." as the list wrote it, so that the table reads its number as the goal's is read ("1.2" needs no dot).
      const activity = [item.id && (item.id.includes('.') ? item.id : `${item.id}.`), item.text].filter(Boolean).join(' ');
      rows.push([goal, activity, item.methods.join('\n'), timeCell(item, lang, ws[gi]), item.owners.join(', '), item.outcomes.join('\n'), item.section, item.rows.join(', ')]);
      sources.push(item.rows[0]);
    }
  });
  const roles: Record<string, Role> = { A: 'goal', B: 'activity', C: 'method', D: 'time', E: 'owner', F: 'outcome', G: 'extra', H: 'extra' };
  return { grid: gridFromRows(sheet, rows), roles, sources, lang, title: titleOf(lines) };
}
