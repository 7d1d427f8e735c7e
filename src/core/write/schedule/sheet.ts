/** The schedule as a SheetSpec: the harmonogram people shade by hand, generated. */
import type { CellSpec, SheetSpec } from '../../model/sheet-spec';
import type { Schedule } from './model';
import { uiPack } from '../../lang';

export const FULL_FILL = '#2E75B6';
export const PARTIAL_FILL = '#9DC3E6';

export function scheduleWords(lang: Schedule['lang']) {
  return uiPack(lang).sheets.schedule;
}

export function scheduleSheetSpec(s: Schedule, name?: string): SheetSpec {
  const w = scheduleWords(s.lang);
  const fixed = 4;
  const width = fixed + s.periods.length;
  const rows: (CellSpec | null)[][] = [];
  const merges: SheetSpec['merges'] = [];
  const blankRow = (): (CellSpec | null)[] => Array.from({ length: width }, () => null);
  // Title
  const title = blankRow();
  title[0] = { v: s.title, s: 'title' };
  rows.push(title);
  if (width > 1) merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  // Two header rows: years over periods
  const h1 = blankRow();
  const h2 = blankRow();
  [w.no, w.activity, w.owner, w.time].forEach((t, c) => {
    h1[c] = { v: t, s: 'head' };
    h2[c] = { v: null, s: 'head' };
    merges.push({ top: 1, left: c, bottom: 2, right: c });
  });
  let c = fixed;
  while (c < width) {
    const year = s.periods[c - fixed].year;
    let end = c;
    while (end + 1 < width && s.periods[end + 1 - fixed].year === year) end++;
    h1[c] = { v: year, s: 'year' };
    for (let k = c + 1; k <= end; k++) h1[k] = { v: null, s: 'year' };
    if (end > c) merges.push({ top: 1, left: c, bottom: 1, right: end });
    for (let k = c; k <= end; k++) h2[k] = { v: s.periods[k - fixed].label, s: 'period' };
    c = end + 1;
  }
  rows.push(h1, h2);
  for (const r of s.rows) {
    const row = blankRow();
    const at = rows.length;
    if (r.kind === 'plan') {
      row[0] = { v: r.text, s: 'plan' };
      for (let k = 1; k < width; k++) row[k] = { v: null, s: 'plan' };
      if (width > 1) merges.push({ top: at, left: 0, bottom: at, right: width - 1 });
    } else if (r.kind === 'goal') {
      row[0] = { v: r.id, s: 'goal' };
      row[1] = { v: r.text, s: 'goal' };
      for (let k = 2; k < width; k++) row[k] = { v: null, s: 'goal' };
    } else if (r.kind === 'unscheduled-head') {
      row[0] = { v: w.unscheduled, s: 'unscheduledHead' };
      for (let k = 1; k < width; k++) row[k] = { v: null, s: 'unscheduledHead' };
      if (width > 1) merges.push({ top: at, left: 0, bottom: at, right: width - 1 });
    } else {
      row[0] = { v: r.id, s: 'cell' };
      row[1] = { v: r.text, s: 'cell' };
      row[2] = { v: r.owner, s: 'cell' };
      row[3] = { v: r.time, s: r.kind === 'unscheduled' ? 'unreadable' : 'cell' };
      for (let k = fixed; k < width; k++) {
        const cover = r.kind === 'activity' ? r.cover[k - fixed] : null;
        row[k] = { v: null, s: cover === 'full' ? 'full' : cover === 'partial' ? 'partial' : 'empty' };
      }
    }
    rows.push(row);
  }
  // Legend
  rows.push(blankRow());
  const legend = (style: string, text: string) => {
    const row = blankRow();
    row[fixed - 1] = { v: text, s: 'legendText' };
    if (width > fixed) row[fixed] = { v: null, s: style };
    rows.push(row);
  };
  const lh = blankRow();
  lh[fixed - 1] = { v: w.legend, s: 'legendHead' };
  rows.push(lh);
  legend('full', w.full);
  legend('partial', w.partial);
  return {
    kind: 'schedule',
    name: name ?? `${w.sheet}`,
    rows,
    styles: {
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
    },
    merges,
    columnWidths: [7, 46, 22, 16, ...s.periods.map(() => (s.grain === 'quarter' ? 8 : 6))],
    freeze: { rows: 3, cols: fixed },
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
