/**
 * A table's title: of the lines of one text just above its header band (a merged title row counts once), the one
 * that names the plan ("PLAN PRACY NA ROK 2025" over "Stowarzyszenie Razem"), unless the nearest names a goal, else
 * the nearest. A line wholly in brackets ("(Kèm theo Kế hoạch số 15/KH-UBND …)", "(załącznik do uchwały …)") is a
 * note on the title; a labelled detail ("Start date: 3 March 2025", "Responsible: …"), a signature line ("Prepared
 * by: …") and the rows of an information block ("Project name: | Clean Water", "Budget: | USD 120,000") are no title,
 * and the block may stand between the title and the table. The other lines are kept, as a year may be written on one
 * of them ("Năm 2025"), and so is the period an information line gives ("Project period: | January 2025 – December 2026").
 */
import { PACKS } from '../lang';
import { foldKey, isTitleNote } from '../util/text';
import { headerRole } from './header-roles';
import { lineKind } from './list/lines';
import { isTotal } from './non-activity';
import type { GridView } from './view';

/** A line split at its first colon, "Label: value": its label (the whole line when it has no colon) and its value. */
export function labelled(text: string): { label: string; value: string; colon: boolean } {
  const at = text.search(/[:：]/);
  return at < 0 ? { label: text.trim(), value: '', colon: false } : { label: text.slice(0, at).trim(), value: text.slice(at + 1).trim(), colon: true };
}

/** A labelled detail of the plan under its title: "Project start: March 2025", "Koordynator: Anna Nowak", "Thời lượng: 6 tháng". */
function isDetailLine(text: string): boolean {
  const { label, value, colon } = labelled(text);
  return colon && label !== '' && label.length <= 40 && value !== '' && isDetailLabel(label);
}

function isDetailLabel(label: string): boolean {
  const role = label.length <= 40 ? headerRole(label.trim())?.role : undefined;
  return role === 'start' || role === 'end' || role === 'duration' || role === 'owner';
}

let titleWords: string[] | undefined;
/** Does the line name a plan: a plan word of any pack among its words ("Kế hoạch hoạt động", "Annual workplan 2025")? */
export function namesPlan(text: string): boolean {
  titleWords ??= [...new Set(PACKS.flatMap((p) => p.planTitles ?? []).map((w) => ` ${foldKey(w)} `))];
  const f = ` ${foldKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return titleWords.some((w) => f.includes(w));
}

export interface Title {
  row?: number;
  title: string;
  /** The other lines of one text above the header, nearest first. */
  lines: string[];
  /** The period an information line above the table gives ("Project period: | January 2025 – December 2026"). */
  period?: string;
}

/** A row of a plan's information block: a label and its value ("Project name: | Clean Water", "Budget: | USD 120,000"). */
function infoRow(view: GridView, r: number, cols: number[]): { label: string; value: string } | undefined {
  if (cols.length !== 2) return undefined;
  const label = view.text(r, cols[0]).replace(/\s+/g, ' ').trim();
  if (label.length > 40 || (!/[:：]$/.test(label) && !headerRole(label))) return undefined;
  return { label: label.replace(/[:：]\s*$/, ''), value: view.text(r, cols[1]).trim() };
}

/** "Project period", "Thời gian thực hiện", "Okres realizacji": a label of the plan's time. */
const isTimeLabel = (label: string) => !!label && headerRole(label)?.role === 'time';

/** "Project period: January 2025 – December 2026", "Thời gian thực hiện: 2025 – 2026": the value of a line labelled as a time. */
function periodOf(label: string, value: string): string | undefined {
  return value && isTimeLabel(label) ? value : undefined;
}

/** How far above the header a title is looked for: three rows, and an information block of label and value rows besides. */
const TITLE_LINES = 3;
const INFO_ROWS = 10;

export function titleAbove(view: GridView, top: number, floor: number, left: number, right: number): Title {
  const found: { row: number; text: string }[] = [];
  let period: string | undefined;
  let plain = 0;
  const lowest = Math.max(floor, top - TITLE_LINES - INFO_ROWS);
  for (let r = top - 1; r >= lowest && plain < TITLE_LINES; r--) {
    const all = view.nonEmpty(r);
    // Over tables side by side, each table's title is the one text over its own columns.
    const cols = all.length > 1 ? all.filter((c) => c >= left && c <= right) : all;
    // A blank row counts as a line: a text three rows above a gap is no title (an information block is passed over).
    if (cols.length === 0) {
      plain++;
      continue;
    }
    const info = infoRow(view, r, cols);
    if (info) {
      period ??= periodOf(info.label, info.value);
      continue;
    }
    plain++;
    const text = cols.length === 1 ? view.text(r, cols[0]).replace(/\s+/g, ' ').trim() : '';
    const line = labelled(text);
    const withLabel = line.colon && line.label !== '';
    if (withLabel) period ??= periodOf(line.label, line.value);
    // A signature line has its colon ("Prepared by: …"); "Key activities 2025" is a title.
    if (isTitleNote(text) || isDetailLine(text) || (withLabel && (isTotal(text) || isTimeLabel(line.label)))) {
      if ((r - 1 >= lowest && plain < TITLE_LINES) || found.length > 0) continue;
    }
    if (cols.length !== 1) break;
    found.push({ row: r, text });
  }
  if (found.length === 0) return { title: '', lines: [], period };
  // The nearest line stays the title when it names the plan or a goal ("Mục tiêu 1: …", whose activities these are).
  const near = found[0];
  const named = found.find((f) => namesPlan(f.text));
  const chosen = named && !namesPlan(near.text) && lineKind(near.text).kind !== 'goal' ? named : near;
  return { row: chosen.row, title: chosen.text, lines: found.filter((f) => f !== chosen).map((f) => f.text), period };
}
