/**
 * A table's title: of the lines of one text just above its header band (a merged title row counts once), the one
 * that names the plan ("PLAN PRACY NA ROK 2025" over "Stowarzyszenie Razem"), unless the nearest names a goal, else
 * the nearest. A line wholly in
 * brackets ("(Kèm theo Kế hoạch số 15/KH-UBND …)", "(załącznik do uchwały …)") is a note on the title, a labelled
 * detail ("Start date: 3 March 2025", "Start date: | 01/04/2025", "Responsible: …") and a signature line ("Prepared
 * by: …") are no title. The other lines are kept: a year may be written on one of them ("Năm 2025").
 */
import { PACKS } from '../lang';
import { foldKey, isTitleNote } from '../util/text';
import { headerRole } from './header-roles';
import { lineKind } from './list/lines';
import { isTotal } from './non-activity';
import type { GridView } from './view';

/** A labelled detail of the plan under its title: "Project start: March 2025", "Koordynator: Anna Nowak", "Thời lượng: 6 tháng". */
function isDetailLine(text: string): boolean {
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > 40 || colon === text.length - 1) return false;
  return isDetailLabel(text.slice(0, colon));
}

function isDetailLabel(label: string): boolean {
  const role = label.length <= 40 ? headerRole(label.trim())?.role : undefined;
  return role === 'start' || role === 'end' || role === 'duration' || role === 'owner';
}

/** A detail written in two cells, its label and its value: "Start date: | 01/04/2025", "Koordynator | Anna Nowak". */
function isDetailRow(view: GridView, r: number, cols: number[]): boolean {
  return cols.length === 2 && isDetailLabel(view.text(r, cols[0]).replace(/[:：]\s*$/, ''));
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
}

export function titleAbove(view: GridView, top: number, floor: number, left: number, right: number): Title {
  const found: { row: number; text: string }[] = [];
  const lowest = Math.max(floor, top - 3);
  for (let r = top - 1; r >= lowest; r--) {
    const all = view.nonEmpty(r);
    // Over tables side by side, each table's title is the one text over its own columns.
    const cols = all.length > 1 ? all.filter((c) => c >= left && c <= right) : all;
    if (cols.length === 0) continue;
    const text = cols.length === 1 ? view.text(r, cols[0]).replace(/\s+/g, ' ').trim() : '';
    // A signature line has its colon ("Prepared by: …"); "Key activities 2025" is a title.
    if (isTitleNote(text) || isDetailLine(text) || isDetailRow(view, r, cols) || (/[:：]/.test(text) && isTotal(text))) {
      if (r - 1 >= lowest || found.length > 0) continue;
    }
    if (cols.length !== 1) break;
    found.push({ row: r, text });
  }
  if (found.length === 0) return { title: '', lines: [] };
  // The nearest line stays the title when it names the plan or a goal ("Mục tiêu 1: …", whose activities these are).
  const near = found[0];
  const named = found.find((f) => namesPlan(f.text));
  const chosen = named && !namesPlan(near.text) && lineKind(near.text).kind !== 'goal' ? named : near;
  return { row: chosen.row, title: chosen.text, lines: found.filter((f) => f !== chosen).map((f) => f.text) };
}
