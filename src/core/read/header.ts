/**
 * Header rows, found by evidence rather than a gate: the header words a row holds (in any language), the
 * period labels it runs through, how header-like its cells are (short, not numbering, not sentences), and
 * the header rows above and below it that belong to it (a year or unit row over periods, a row merged into it).
 */
import type { RoleCandidate } from './header-roles';
import { rankRoles } from './header-roles';
import type { PeriodLabel } from './periods';
import { countedRuns, periodLabel } from './periods';
import { splitId } from './numbering';
import type { GridView } from './view';
import { stripMarker } from '../util/text';

const MAX_HEADER_LEN = 80;
const MAIN = new Set(['goal', 'activity', 'method', 'time', 'owner', 'outcome', 'start', 'end', 'duration']);

/** One cell of a header row, read. */
export interface HeaderCell {
  col: number;
  text: string;
  candidates: RoleCandidate[];
  label?: PeriodLabel;
}

export interface HeaderRowScore {
  row: number;
  cells: HeaderCell[];
  /** Distinct plan roles named with confidence. */
  roles: Set<string>;
  /** Cells whose words are known (a role, or a known other column: status, budget …). */
  known: number;
  /** The longest run of adjacent period labels. */
  periodRun: number;
  /** Cells that look like data: numbering, sentences, values. */
  dataLike: number;
  /** A header word names the time (not only the period labels). */
  namedTime: boolean;
  score: number;
}

const rankCache = new Map<string, RoleCandidate[]>();

/** The role candidates of a header text; a text that reads as data (numbering, a sentence) has none. */
export function headerCandidates(text: string): RoleCandidate[] {
  let r = rankCache.get(text);
  if (!r) {
    const headerLike = text.length <= MAX_HEADER_LEN && text.split(/\s+/).length <= 8 && splitId(text).id === '' && stripMarker(text) === text;
    r = headerLike ? rankRoles(text) : [];
    if (rankCache.size > 50_000) rankCache.clear();
    rankCache.set(text, r);
  }
  return r;
}

function isDataLike(text: string, label: PeriodLabel | undefined): boolean {
  if (label) return false;
  if (text.length > MAX_HEADER_LEN || text.split(/\s+/).length > 10) return true;
  if (/^[\d.,\s%:/-]+$/.test(text)) return true;
  return splitId(text).id !== '' && splitId(text).text !== '';
}

/** Labels in sequence: dates, months, quarters, weeks, relative periods, or a run of counting numbers. */
function periodRunLength(cells: HeaderCell[]): number {
  let best = 0;
  let run = 0;
  let prev: HeaderCell | undefined;
  for (const c of cells) {
    const l = c.label;
    // Numbers count in a run of counting numbers ("1 2 3"); a number beside a date is a row's value.
    const usable = !!l && l.kind !== 'weekday' && (l.kind !== 'number' || prev?.label?.kind === 'number' || l.n === 1);
    const follows = !!prev && c.col === prev.col + 1 && (l?.kind !== 'number' || (prev.label?.kind === 'number' && l.n === (prev.label as { n: number }).n + 1)) && (prev.label?.kind !== 'number' || l?.kind === 'number');
    if (usable && follows) run++;
    else run = usable ? 1 : 0;
    best = Math.max(best, run);
    prev = usable ? c : undefined;
  }
  return best;
}

/** How much a row looks like a header. */
export function scoreHeaderRow(view: GridView, r: number): HeaderRowScore {
  const cells: HeaderCell[] = [];
  for (const c of view.nonEmpty(r)) {
    const text = view.text(r, c);
    const label = periodLabel(view.cell(r, c), text);
    cells.push({ col: c, text, candidates: label && label.kind !== 'year' && label.kind !== 'weekday' ? [] : headerCandidates(text), label });
  }
  countedRuns(cells);
  const roles = new Set<string>();
  let known = 0;
  let dataLike = 0;
  for (const c of cells) {
    const best = c.candidates[0];
    if (best && best.confidence >= 0.6) {
      known++;
      if (MAIN.has(best.role)) roles.add(best.role === 'start' || best.role === 'end' || best.role === 'duration' ? 'time' : best.role);
    } else if (isDataLike(c.text, c.label)) dataLike++;
  }
  const periodRun = periodRunLength(cells);
  const namedTime = roles.has('time');
  if (periodRun >= 2) roles.add('time');
  const unknown = cells.filter((c) => !c.label && !((c.candidates[0]?.confidence ?? 0) >= 0.6)).length;
  const score = 2 * roles.size + 0.5 * Math.max(0, known - roles.size) + (periodRun >= 3 ? 1 : 0) - 1.5 * dataLike - 0.25 * Math.max(0, unknown - known);
  return { row: r, cells, roles, known, periodRun, dataLike, score, namedTime };
}

/** Is this row a header on its own evidence? */
export function isHeaderRow(s: HeaderRowScore): boolean {
  if (s.cells.length < 1) return false;
  const nonTime = [...s.roles].filter((x) => x !== 'time').length + (s.namedTime ? 1 : 0);
  if (s.dataLike > Math.max(1, s.known)) return false;
  // Two dates side by side are a row's start and end, not a header's periods.
  const dates = s.cells.filter((c) => c.label?.kind === 'date').length;
  const run = dates >= s.periodRun && s.periodRun < 3 ? 0 : s.periodRun;
  const roles = run >= 2 ? s.roles.size : nonTime;
  if (roles >= 2 && s.score >= 3) return true;
  // A tracker's or a logframe's header: many known columns (indicator, baseline, target, status, comments), one a plan role.
  if (s.known >= 4 && s.roles.size >= 1 && s.dataLike === 0 && s.known >= s.cells.length * 0.8) return true;
  // A period grid with a text column beside it: "Zadanie | Tydzień 1 | Tydzień 2".
  if (run >= 3 && s.dataLike === 0) return true;
  return nonTime >= 1 && run >= 2 && s.dataLike === 0;
}

/** Every cell of the row is a short word (no mark, no date) under a header cell merged across two or more columns. */
function underGroups(view: GridView, s: HeaderRowScore, header: HeaderRowScore): boolean {
  if (s.cells.length < 2 || header.row !== s.row - 1) return false;
  return s.cells.every((c) => {
    const m = view.mergeAt(header.row, c.col);
    return !!m && m.right > m.left && m.bottom === header.row && c.text.length <= 30 && /\p{L}{2}/u.test(c.text) && c.label?.kind !== 'date' && !/\d{3}/.test(c.text);
  });
}

/** A row that belongs to the header above or below: labels, unit or year words, or cells merged into the header. */
export function isHeaderContinuation(view: GridView, s: HeaderRowScore, header: HeaderRowScore, above = false): boolean {
  if (s.cells.length === 0) return false;
  // A labelled detail ("Project start: | 7 Apr 2025", "Phase 1: Planning") states something; a header names.
  if (/[:：]$/.test(s.cells[0].text) || (s.cells.length === 1 && /[:：]\s*\p{L}/u.test(s.cells[0].text))) return false;
  // One text alone is a title, unless it is a year or a unit over the periods ("2019" over quarters, "Mes" over 1…10).
  if (s.cells.length === 1) {
    const c = s.cells[0];
    const m = view.mergeAt(s.row, c.col);
    const wide = !!m && m.right > m.left;
    const word = !above && (c.candidates[0]?.confidence ?? 0) >= 0.8 && !header.cells.some((h) => h.col === c.col && !h.label);
    if (!word && (!wide || !(c.label?.kind === 'year' || /\p{L}/u.test(c.text) && c.text.length <= 30 && header.periodRun >= 2))) return false;
  }
  if (s.dataLike > 0 && s.periodRun < 2) return false;
  // Sub-headers under the header's group cells ("Termin" merged over "od | do", "Đơn vị" over "Chủ trì | Phối hợp").
  if (!above && underGroups(view, s, header)) return true;
  // A title above the header is one text; a row of a few short cells, one of them a header word, belongs to it.
  if (above && s.cells.length >= 2 && s.known >= 1 && s.cells.length <= s.known + 2 && s.cells.every((c) => c.text.length <= 40)) return true;
  const merged = s.cells.filter((c) => view.mergeAt(s.row, c.col) && view.mergeAt(header.row, c.col) === view.mergeAt(s.row, c.col)).length;
  // Labels count in a run ("1 2 3 …", "Q1 Q2"); a lone number is a row's numbering, not a label.
  const weekdays = s.cells.filter((c) => c.label?.kind === 'weekday').length;
  // Dates under "Start" and "End" are a row's data, not labels of a grid.
  const named = new Set(header.cells.filter((h) => ['start', 'end', 'duration', 'time', 'number'].includes(h.candidates[0]?.role ?? '') && (h.candidates[0]?.confidence ?? 0) >= 0.6 && !(view.mergeAt(header.row, h.col) && view.mergeAt(header.row, h.col)!.right > view.mergeAt(header.row, h.col)!.left)).map((h) => h.col));
  const dates = s.cells.filter((c) => c.label?.kind === 'date' && !named.has(c.col)).length;
  const labels = s.cells.filter((c) => c.label && !named.has(c.col) && (c.label.kind !== 'date' || dates >= 3) && (s.periodRun >= 2 || (c.label.kind !== 'number' && c.label.kind !== 'weekday') || (c.label.kind === 'weekday' && weekdays >= 3))).length;
  const known = s.cells.filter((c) => (c.candidates[0]?.confidence ?? 0) >= 0.8 && !c.label).length;
  if (labels >= 2 && labels + merged + known >= s.cells.length - 1) return true;
  if (known >= 1 && known + merged + labels >= s.cells.length && s.dataLike === 0 && s.cells.every((c) => c.text.length <= 40)) return true;
  return merged > 0 && merged + labels + known === s.cells.length;
}

const COLUMN_NUMBER = /^[([]?(\d{1,2})[)\].]?$/;

/**
 * Texts of a row, left to right, that only number the columns: 1, 2, 3 … ("(1) (2) (3)", "1. 2. 3."), with gaps
 * where cells merge. Such a row belongs to the header, under it or where Word repeats the header on a new page.
 */
export function countsColumns(texts: readonly string[]): boolean {
  let last = 0;
  let count = 0;
  for (const raw of texts) {
    const text = raw.trim();
    if (text === '') continue;
    const m = COLUMN_NUMBER.exec(text);
    const n = m ? Number(m[1]) : NaN;
    if (!(n > last) || (count === 0 && n > 2)) return false;
    last = n;
    count++;
  }
  return count >= 3;
}
