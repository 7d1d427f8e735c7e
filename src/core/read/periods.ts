/**
 * Period labels: what one header cell of a period grid names. A quarter, month, half or year ("Q1",
 * "III kw.", "Quý I", "T1", "Jan", "H1", "2019"), a date or a range of dates ("02/04", "24.10.2022-28.10.2022"),
 * a week that starts on a date ("Semana 30/04"), a period counted from the start ("M1", "Week 3", "1 нед",
 * "Day 2", "Year 2"), or a bare number or ordinal whose unit the header row above gives ("Mes" over 1…10).
 * Month spans are month indexes (year × 12 + month − 1).
 */
import type { GridCell } from '../model/grid';
import { PACKS } from '../lang';
import { isDateFormat, serialToDate } from '../time/excel-date';
import { romanValue } from '../time/lexicon';
import { CALENDAR_WEEK_WORDS } from '../time/parsers/calendar-week';
import { lookupMonth, monthLabels } from '../time/months';
import { parseTime } from '../time/parse';
import { ymIndex } from '../time/spans';
import { foldKey } from '../util/text';

export type RelativeUnit = 'month' | 'year' | 'week' | 'day';

export type PeriodLabel =
  /** One day: a date cell, or a date written in full. */
  | { kind: 'date'; month: number; day: number }
  /** An absolute period: "Q1 2021", "2019", a range of dates, the week from a date. */
  | { kind: 'span'; start: number; end: number }
  /** Months of a year not written: "Q1", "Jan", "T3", "III kw."; with the day for "02/04". */
  | { kind: 'months'; m1: number; m2: number; day?: number }
  /** A week that starts on a day of a month of a year not written: "Semana 30/04". */
  | { kind: 'week-of'; month: number; day: number; year?: number }
  /** A period counted from the plan's start. */
  | { kind: 'relative'; unit: RelativeUnit; from: number; to: number }
  /** A calendar week of the plan's year, numbered as ISO 8601 does: "KW 12" (German Kalenderwoche), "CW12". */
  | { kind: 'calendar-week'; week: number }
  /** A bare number ("1", "12") or ordinal ("1°"): its unit comes from the row above. */
  | { kind: 'number'; n: number; ordinal: boolean }
  /** A year on its own, for a year row over quarters or months. */
  | { kind: 'year'; year: number }
  /** A weekday letter or name: it says nothing of the period. */
  | { kind: 'weekday' };

let unitWords: Map<string, RelativeUnit> | undefined;
let weekdayWords: Set<string> | undefined;

/** Words for a week, a day, a month and a year in every language, folded. */
function units(): Map<string, RelativeUnit> {
  if (!unitWords) {
    unitWords = new Map();
    for (const p of PACKS) {
      for (const w of p.time.week) unitWords.set(foldKey(w), 'week');
      for (const w of p.time.day ?? []) unitWords.set(foldKey(w), 'day');
      for (const w of p.time.relativeMonth) unitWords.set(foldKey(w), 'month');
      for (const w of p.time.year) unitWords.set(foldKey(w), 'year');
    }
    for (const w of ['m', 'mo', 'mth']) unitWords.set(w, 'month');
    for (const w of ['w', 'wk', 'kw', 'cw']) unitWords.set(w, 'week');
    for (const w of ['d', 'y', 'yr']) unitWords.set(w, w === 'd' ? 'day' : 'year');
    unitWords.delete('r');
    unitWords.delete('t');
    unitWords.delete('th');
  }
  return unitWords;
}

function weekdays(): Set<string> {
  if (!weekdayWords) {
    weekdayWords = new Set(['m', 't', 'w', 'f', 's', 'd', 'l', 'j', 'v', 'p', 'c', 'n', 'mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
    for (const p of PACKS) for (const w of p.time.weekdays ?? []) weekdayWords.add(foldKey(w));
  }
  return weekdayWords;
}

/** The unit a header word names ("Mes", "Trimestre (3 meses)", "Week", "Semaines"), if any. */
export function unitOf(text: string): RelativeUnit | undefined {
  const words = foldKey(text).split(' ');
  for (const w of words) {
    const u = units().get(w);
    if (u) return u;
  }
  return undefined;
}

/** "1 нед", "Week 3", "Tydzień 1", "M4", "Day 2", "Year 2", "1° Ano", "2nd year", "Bulan ke-1"; "KW 12" is a calendar week. */
function relativeLabel(text: string): PeriodLabel | undefined {
  // An ordinal's marker between the unit and its number: Indonesian "Bulan ke-1", Vietnamese "Tháng thứ 2".
  const f = foldKey(text).replace(/^(\p{L}+) (?:ke|thu) (?=\d)/u, '$1 ');
  let m = /^(\p{L}+)\.?\s?(\d{1,3})$/u.exec(f);
  if (m && CALENDAR_WEEK_WORDS.has(m[1]) && +m[2] >= 1 && +m[2] <= 53) return { kind: 'calendar-week', week: +m[2] };
  if (m && units().has(m[1])) return { kind: 'relative', unit: units().get(m[1]) as RelativeUnit, from: +m[2], to: +m[2] };
  for (const re of [/^(\d{1,3})\s?(\p{L}+)$/u, /^(\d{1,3})(?:st|nd|rd|th|e|er|o|a|y|ty|й|я)\s(\p{L}+)$/u]) {
    m = re.exec(f);
    if (m && units().has(m[2])) return { kind: 'relative', unit: units().get(m[2]) as RelativeUnit, from: +m[1], to: +m[1] };
  }
  return undefined;
}

/** "Semana 30/04", "Week of 30.04.2014", "Tuần 3/5". */
function weekOfLabel(text: string): PeriodLabel | undefined {
  const m = /^(\p{L}+)(?:\s+(?:of|de|du|od))?\s+(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?$/u.exec(text.trim());
  if (!m || units().get(foldKey(m[1])) !== 'week') return undefined;
  const day = +m[2];
  const month = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = m[4] ? (m[4].length === 2 ? 2000 + +m[4] : +m[4]) : undefined;
  return { kind: 'week-of', month, day, year };
}

const labelCache = new Map<string, PeriodLabel | null>();

let packMonthWords: Set<string> | undefined;

/**
 * The month names, long and short, of the languages with a pack: a header word that is one is a month even where
 * another language has a weekday of that spelling ("Mar" between "Feb" and "Apr" is March, not Spanish martes).
 */
function packMonths(): Set<string> {
  if (!packMonthWords) {
    packMonthWords = new Set();
    for (const p of PACKS) for (const width of ['short', 'long'] as const) for (const m of monthLabels(p.code, width)) packMonthWords.add(foldKey(m));
  }
  return packMonthWords;
}

type CountedCell = { col: number; text: string; label?: PeriodLabel };

/**
 * Runs of neighbouring cells counted along a header row: a cell's number read by `numberOf`, a run opened where `opens`
 * says and carried on where `follows` does; `label` labels each run of three or more.
 */
function eachRun<T extends CountedCell>(cells: readonly T[], numberOf: (text: string) => number | undefined, opens: (n: number) => boolean, follows: (n: number, last: number) => boolean, label: (run: { cell: T; n: number }[]) => void): void {
  let run: { cell: T; n: number }[] = [];
  const close = () => {
    if (run.length >= 3) label(run);
    run = [];
  };
  for (const cell of cells) {
    const n = numberOf(cell.text);
    const last = run[run.length - 1];
    if (n === undefined || (last && (cell.col !== last.cell.col + 1 || !follows(n, last.n)))) close();
    if (n !== undefined && (run.length > 0 || opens(n))) run.push({ cell, n });
  }
  close();
}

/**
 * "S1 S2 S3 S4" counted along a header row are weeks (semanas, semaines), not semesters: a count past S2 says so.
 * Under a month they are that month's weeks (grid.ts).
 */
function weekRuns(cells: readonly CountedCell[]): void {
  const sWeek = (text: string) => {
    const m = /^[Ss]\s?(\d{1,2})$/.exec(text.trim());
    return m ? +m[1] : undefined;
  };
  eachRun(cells, sWeek, () => true, (n, last) => n === last + 1 || n === 1, (run) => {
    if (run.some((x) => x.n > 2)) for (const { cell, n } of run) cell.label = { kind: 'relative', unit: 'week', from: n, to: n };
  });
}

/**
 * What a header row's cells say together, where one cell alone says nothing or another thing: Roman numerals and
 * "S1 S2 S3 …" counted along the row. The cells, in column order, get their labels.
 */
export function countedRuns(cells: readonly CountedCell[]): void {
  romanRuns(cells);
  weekRuns(cells);
}

/** A Roman numeral alone in a cell ("I", "VII", "XII."), 1 to 12. */
function romanHeader(h: string): number | undefined {
  const m = /^([IVX]{1,4})\.?$/.exec(h.trim());
  const n = m ? romanValue(m[1].toLowerCase()) : undefined;
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

/**
 * Roman numerals counted along one header row from I ("I II III … XII", as Polish and Russian grids number months,
 * once a year): months, or quarters when the count stops at IV ("I II III IV" under each year). Only a run of three
 * or more counts: a lone "I" or "V" is a section's number, a weekday letter or a mark.
 */
function romanRuns(cells: readonly CountedCell[]): void {
  eachRun(cells, romanHeader, (n) => n === 1, (n, last) => n === last + 1, (run) => {
    const quarters = run[run.length - 1].n <= 4;
    for (const { cell, n } of run) cell.label = quarters ? { kind: 'months', m1: 3 * n - 2, m2: 3 * n } : { kind: 'months', m1: n, m2: n };
  });
}

/** What a text header names as a period, if it names exactly one (in the plan's language, when known). */
function textLabel(h: string, lang?: string): PeriodLabel | undefined {
  if (/^\d{1,3}$/.test(h)) return { kind: 'number', n: +h, ordinal: false };
  if (/^\d{1,2}\s?[°º.]$/.test(h)) return { kind: 'number', n: parseInt(h, 10), ordinal: true };
  if (weekdays().has(foldKey(h)) && h.length <= 10 && !packMonths().has(foldKey(h))) return { kind: 'weekday' };
  const year = yearOf(h);
  if (year !== undefined) return { kind: 'year', year };
  const week = weekOfLabel(h);
  if (week) return week;
  const rel = relativeLabel(h);
  if (rel) return rel;
  // A header that is one month's name is that month, where the word also leads a time in another language ("Des",
  // Indonesian December, is French "dès" unaccented).
  const word = foldKey(h).replace(/\.$/, '');
  if (/^\p{L}+$/u.test(word) && packMonths().has(word)) {
    const m = lookupMonth(word, lang);
    if (m?.kind === 'exact') return { kind: 'months', m1: m.month, m2: m.month };
  }
  // A sentinel year far from any plan shows whether the label writes its own year.
  const r = parseTime(h, { year: 1904, fallbackYear: 1904, lang });
  if (r.relative.length === 1 && !r.ok) return { kind: 'relative', ...r.relative[0] };
  if (!r.ok || r.spans.length !== 1 || r.warnings.some((w) => w.code === 'ignored-text' || w.code === 'unreadable-part')) return undefined;
  const s = r.spans[0];
  const start = ymIndex(s.start);
  const end = ymIndex(s.end);
  if (r.explicitYears.length > 0) {
    // A year of two digits ("Q1 FY25", "Mar '25") is this century's, not the sentinel's.
    if (/(?:^|\D)\d{2}(?:\D|$)/.test(h) && !/\d{4}/.test(h)) {
      const again = parseTime(h, { lang });
      if (again.ok && again.spans.length === 1) return { kind: 'span', start: ymIndex(again.spans[0].start), end: ymIndex(again.spans[0].end) };
    }
    if (r.precision === 'day' && start === end) {
      const d = /(\d{1,2})/.exec(h);
      return { kind: 'date', month: start, day: d ? +d[1] : 1 };
    }
    return { kind: 'span', start, end };
  }
  if (!s.start.startsWith('1904') || !s.end.startsWith('1904')) return undefined;
  const day = r.precision === 'day' ? +(/(\d{1,2})/.exec(h)?.[1] ?? 0) || undefined : undefined;
  return { kind: 'months', m1: (start % 12) + 1, m2: (end % 12) + 1, day };
}

/** What a header cell names as a period, if it names exactly one. */
export function periodLabel(cell: GridCell, text: string): PeriodLabel | undefined {
  if (typeof cell.value === 'number' && isDateFormat(cell.format)) {
    const d = serialToDate(cell.value);
    if (d.y < 1900 || d.y > 2200) return undefined;
    const showsDay = /d/i.test(cell.format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
    return showsDay ? { kind: 'date', month: d.y * 12 + d.m - 1, day: d.d } : { kind: 'span', start: d.y * 12 + d.m - 1, end: d.y * 12 + d.m - 1 };
  }
  const h = text.trim();
  if (!h || h.length > 28) return undefined;
  const known = labelCache.get(h);
  if (known !== undefined) return known ?? undefined;
  const found = textLabel(h);
  if (labelCache.size > 20000) labelCache.clear();
  labelCache.set(h, found ?? null);
  return found;
}

/** A year written alone in a cell of a year row ("2019", "2020 r.", "Tahun 2015", "năm 2020"). */
export function yearOf(text: string): number | undefined {
  const m = /^\s*(?:(?:year|rok|năm|nam|tahun|año|ano|année|jahr|год|рік)\s+)?(\d{4})\s*(?:r\.?|rok|năm|г\.?|р\.?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const y = parseInt(m[1], 10);
  return y >= 1900 && y <= 2200 ? y : undefined;
}

/**
 * A period grid's month labels read again in the plan's language, once it is known: a French or Spanish "T2" over a
 * column is a trimestre, where the table was first read, in no language, with Vietnamese "T2" (February).
 */
export function inPlanLanguage<P extends { header: string; label: PeriodLabel }>(periods: P[], lang: string | undefined): P[] {
  if (!lang) return periods;
  return periods.map((p) => {
    if (p.label.kind !== 'months' || p.header.trim().length > 28) return p;
    const again = textLabel(p.header.trim(), lang);
    return again && again.kind === 'months' && (again.m1 !== p.label.m1 || again.m2 !== p.label.m2) ? { ...p, label: again } : p;
  });
}
