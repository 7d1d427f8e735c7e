/** The schedule as a SheetSpec: the harmonogram people shade by hand, generated. */
import type { CellSpec, SheetSpec } from '../../model/sheet-spec';
import type { Schedule } from './model';
import { uiPack } from '../../lang';

export const FULL_FILL = '#2E75B6';
export const PARTIAL_FILL = '#9DC3E6';

export function scheduleWords(lang: Schedule['lang']) {
  return uiPack(lang).sheets.schedule;
}

type Row = (CellSpec | null)[];
type Merges = SheetSpec['merges'];
type Words = ReturnType<typeof scheduleWords>;
const FIXED = 4;

/** A row whose every cell carries one style, merged across when asked. */
function styledRow(width: number, at: number, first: CellSpec, style: string, merges: Merges, merge: boolean, from = 1): Row {
  const row: Row = Array.from({ length: width }, () => null);
  row[0] = first;
  for (let k = from; k < width; k++) row[k] = { v: null, s: style };
  if (merge && width > 1) merges.push({ top: at, left: 0, bottom: at, right: width - 1 });
  return row;
}

/** Two header rows: the fixed columns merged down, the years merged over their periods. */
function headerRows(s: Schedule, w: Words, width: number, merges: Merges): Row[] {
  const h1: Row = Array.from({ length: width }, () => null);
  const h2: Row = Array.from({ length: width }, () => null);
  [w.no, w.activity, w.owner, w.time].forEach((t, c) => {
    h1[c] = { v: t, s: 'head' };
    h2[c] = { v: null, s: 'head' };
    merges.push({ top: 1, left: c, bottom: 2, right: c });
  });
  let c = FIXED;
  while (c < width) {
    const year = s.periods[c - FIXED].year;
    let end = c;
    while (end + 1 < width && s.periods[end + 1 - FIXED].year === year) end++;
    h1[c] = { v: year, s: 'year' };
    for (let k = c + 1; k <= end; k++) h1[k] = { v: null, s: 'year' };
    if (end > c) merges.push({ top: 1, left: c, bottom: 1, right: end });
    for (let k = c; k <= end; k++) h2[k] = { v: s.periods[k - FIXED].label, s: 'period' };
    c = end + 1;
  }
  return [h1, h2];
}

/** One row of the schedule body: a plan's name, a goal, the unscheduled heading, or an activity and its cover. */
function bodyRow(r: Schedule['rows'][number], w: Words, width: number, at: number, merges: Merges): Row {
  if (r.kind === 'plan') return styledRow(width, at, { v: r.text, s: 'plan' }, 'plan', merges, true);
  if (r.kind === 'unscheduled-head') return styledRow(width, at, { v: w.unscheduled, s: 'unscheduledHead' }, 'unscheduledHead', merges, true);
  if (r.kind === 'goal') {
    const row = styledRow(width, at, { v: r.id, s: 'goal' }, 'goal', merges, false, 2);
    row[1] = { v: r.text, s: 'goal' };
    return row;
  }
  const row: Row = Array.from({ length: width }, () => null);
  row[0] = { v: r.id, s: 'cell' };
  row[1] = { v: r.text, s: 'cell' };
  row[2] = { v: r.owner, s: 'cell' };
  row[3] = { v: r.time, s: r.kind === 'unscheduled' ? 'unreadable' : 'cell' };
  for (let k = FIXED; k < width; k++) {
    const cover = r.kind === 'activity' ? r.cover[k - FIXED] : null;
    row[k] = { v: null, s: cover === 'full' ? 'full' : cover === 'partial' ? 'partial' : 'empty' };
  }
  return row;
}

/** A blank row, then the legend: what a full and a partly shaded period mean. */
function legendRows(w: Words, width: number): Row[] {
  const blank = (): Row => Array.from({ length: width }, () => null);
  const head = blank();
  head[FIXED - 1] = { v: w.legend, s: 'legendHead' };
  const entry = (style: string, text: string) => {
    const row = blank();
    row[FIXED - 1] = { v: text, s: 'legendText' };
    if (width > FIXED) row[FIXED] = { v: null, s: style };
    return row;
  };
  return [blank(), head, entry('full', w.full), entry('partial', w.partial)];
}

const STYLES: SheetSpec['styles'] = {
  title: { bold: true, size: 13 },
  head: { bold: true, fill: '#D9E1F2', border: true, wrap: true, align: 'center', valign: 'middle' },
  year: { bold: true, fill: '#D9E1F2', border: true, align: 'center' },
  period: { bold: true, fill: '#D9E1F2', border: true, align: 'center' },
  plan: { bold: true, fill: '#BDD7EE', border: true },
  goal: { bold: true, fill: '#F2F2F2', border: true, wrap: true },
  cell: { border: true, wrap: true, valign: 'top' },
  unreadable: { border: true, wrap: true, valign: 'top', italic: true, color: '#C00000' },
  unscheduledHead: { bold: true, italic: true, fill: '#FCE4D6', border: true },
  empty: { border: true },
  full: { border: true, fill: FULL_FILL },
  partial: { border: true, fill: PARTIAL_FILL },
  legendHead: { bold: true, align: 'right' },
  legendText: { align: 'right', italic: true },
};

export function scheduleSheetSpec(s: Schedule, name?: string): SheetSpec {
  const w = scheduleWords(s.lang);
  const width = FIXED + s.periods.length;
  const merges: Merges = [];
  const title: Row = Array.from({ length: width }, () => null);
  title[0] = { v: s.title, s: 'title' };
  if (width > 1) merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  const rows: Row[] = [title, ...headerRows(s, w, width, merges)];
  for (const r of s.rows) rows.push(bodyRow(r, w, width, rows.length, merges));
  rows.push(...legendRows(w, width));
  return {
    kind: 'schedule',
    name: name ?? `${w.sheet}`,
    rows,
    styles: { ...STYLES },
    merges,
    columnWidths: [7, 46, 22, 16, ...s.periods.map(() => (s.grain === 'quarter' ? 8 : 6))],
    freeze: { rows: 3, cols: FIXED },
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
