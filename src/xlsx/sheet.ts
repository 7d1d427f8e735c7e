/**
 * One worksheet's XML to a Grid, streamed: cells as they come, merges as areas (never filled cell by cell),
 * hidden rows and columns. Excel's limits and the budget are checked before anything is kept.
 */
import type { Grid, GridCell, Merge } from '../core';
import { EMPTY_CELL } from '../core';
import type { Budget } from './limits';
import { EXCEL_COLUMNS, EXCEL_ROWS } from './limits';
import { display, fillHex } from './cells';
import type { Style } from './styles';
import { unescapeXlsx } from './styles';
import type { Palette } from './theme';
import { streamPart } from './parts';
import type { ZipParts } from './parts';
import type { XmlAttributes } from './xml';
import { detached } from './xml';

export interface SheetContext {
  styles: Style[];
  strings: string[];
  palette: Palette;
  date1904: boolean;
  budget: Budget;
  /**
   * The cell made for each shared string, reused by every other cell that shows that string in the same style: a
   * column of repeated owners or methods holds one cell object, not one per row (cells are never changed).
   */
  shared?: (GridCell | undefined)[];
}

/** The zero-based column of "BC12"; -1 when it is no reference. */
function columnOf(ref: string): number {
  let i = 0;
  let c = 0;
  for (let code = ref.charCodeAt(0); code >= 65 && code <= 90; code = ref.charCodeAt(++i)) c = c * 26 + code - 64;
  return i === 0 || i === ref.length ? -1 : c - 1;
}

/** "BC12" as a zero-based row and column; nothing when it is no reference. */
export function parseRef(ref: string): { r: number; c: number } | undefined {
  let i = 0;
  let c = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90) c = c * 26 + ref.charCodeAt(i++) - 64;
  if (i === 0 || i === ref.length) return undefined;
  const r = Number(ref.slice(i));
  return Number.isInteger(r) && r > 0 ? { r: r - 1, c: c - 1 } : undefined;
}

interface Pending {
  c: number;
  type: string;
  style: number;
  value: string;
  formula: boolean;
  inline: string;
}

/** A cell built in one fixed order of keys, nothing spread: a million of them are made for a big sheet. */
function cellOf(value: GridCell['value'], text: string, format: string, formula: boolean, fill: string | undefined, error = false): GridCell {
  const c: GridCell = { value, text, format };
  if (error) c.error = true;
  if (formula) c.formula = true;
  if (fill) c.fill = fill;
  return c;
}

/** The cell as the core holds it, from its XML type, value and style. */
function toCell(p: Pending, ctx: SheetContext): GridCell {
  const st = ctx.styles[p.style];
  const format = st?.format || 'General';
  const fill = st?.fill ? fillHex(st.fill, ctx.palette) : undefined;
  const f = p.formula;
  const v = p.value;
  if (p.type === 's') {
    const i = Number(v);
    const s = ctx.strings[i] ?? '';
    const shared = f ? undefined : ctx.shared;
    const seen = shared?.[i];
    if (seen && seen.format === format && seen.fill === fill) return seen;
    const cell = cellOf(s, s, format, f, fill);
    if (shared && seen === undefined && i >= 0 && i < shared.length) shared[i] = cell;
    return cell;
  }
  if (p.type === 'inlineStr' || p.type === 'str') {
    const s = detached(unescapeXlsx(p.type === 'inlineStr' ? p.inline : v));
    if (f && s === '' && p.type === 'str') return cellOf(null, '', 'General', true, fill);
    return cellOf(s, s, format, f, fill);
  }
  if (p.type === 'b') return cellOf(v === '1', v === '1' ? 'TRUE' : 'FALSE', format, f, fill);
  if (p.type === 'e') return cellOf(v, v, format, f, fill, true);
  if (v === '') return f || fill ? cellOf(null, '', 'General', f, fill) : EMPTY_CELL;
  let n = p.type === 'd' ? isoSerial(v) : Number(v);
  if (!Number.isFinite(n)) return cellOf(v, v, format, f, fill);
  if (ctx.date1904 && /[dmy]/i.test(format) && format !== 'General') n += 1462;
  return cellOf(n, display(n, format), format, f, fill);
}

function isoSerial(iso: string): number {
  const t = Date.parse(iso.length <= 10 ? `${iso}T00:00:00Z` : iso.endsWith('Z') ? iso : `${iso}Z`);
  return t / 86400000 + 25569;
}

/** Builds the rows as cells arrive; rows and columns are checked against Excel's limits first. */
class SheetBuilder {
  rows: GridCell[][] = [];
  merges: Merge[] = [];
  hiddenRows: number[] = [];
  hiddenCols: number[] = [];
  private row: GridCell[] = [];
  private rowIndex = -1;
  private nextRow = 0;
  private filled = 0;
  constructor(
    private ctx: SheetContext,
    private sheet: string,
  ) {}
  openRow(ref: string | undefined, hidden: string | undefined): void {
    const r = ref ? Number(ref) - 1 : this.nextRow;
    if (!Number.isInteger(r) || r < 0 || r >= EXCEL_ROWS) this.ctx.budget.fail(`sheet "${this.sheet}" has a row ${ref} beyond Excel's last row, ${EXCEL_ROWS.toLocaleString('en')}`);
    this.rowIndex = r;
    this.nextRow = r + 1;
    this.row = [];
    this.filled = 0;
    if (hidden === '1' || hidden === 'true') this.hiddenRows.push(r);
  }
  cell(p: Pending): void {
    if (p.c >= EXCEL_COLUMNS) this.ctx.budget.fail(`sheet "${this.sheet}" has a cell beyond Excel's last column, XFD`);
    const c = toCell(p, this.ctx);
    if (c === EMPTY_CELL) return;
    while (this.row.length < p.c) this.row.push(EMPTY_CELL);
    this.row[p.c] = c;
    this.filled++;
  }
  closeRow(): void {
    if (this.row.length === 0) return;
    this.ctx.budget.addCells(this.filled, this.row.length);
    while (this.rows.length < this.rowIndex) this.rows.push(NO_CELLS);
    this.rows[this.rowIndex] = this.row;
  }
}

/** Rows that hold nothing share one frozen array: a far cell costs its own row, not every row above it. */
const NO_CELLS: GridCell[] = Object.freeze([]) as unknown as GridCell[];

function mergeOf(ref: string): Merge | undefined {
  const [a, b] = ref.split(':');
  const s = parseRef(a ?? '');
  const e = parseRef(b ?? a ?? '');
  if (!s || !e) return undefined;
  return { top: Math.min(s.r, e.r), left: Math.min(s.c, e.c), bottom: Math.min(Math.max(s.r, e.r), EXCEL_ROWS - 1), right: Math.min(Math.max(s.c, e.c), EXCEL_COLUMNS - 1) };
}

export async function readSheet(zip: ZipParts, path: string, name: string, ctx: SheetContext): Promise<Grid> {
  const b = new SheetBuilder(ctx, name);
  // One cell in the making, reused for every cell (it is read when the cell closes, never kept).
  const p: Pending = { c: 0, type: 'n', style: 0, value: '', formula: false, inline: '' };
  let inCell = false;
  let field = '';
  let nextCol = 0;
  const colHidden: { min: number; max: number }[] = [];
  const open = (tag: string, a: XmlAttributes) => {
    switch (tag) {
      case 'row':
        b.openRow(a.get('r'), a.get('hidden'));
        nextCol = 0;
        break;
      case 'c': {
        const ref = a.get('r');
        const at = ref ? columnOf(ref) : -1;
        const c = at >= 0 ? at : nextCol;
        nextCol = c + 1;
        const style = a.get('s');
        p.c = c;
        p.type = a.get('t') ?? 'n';
        p.style = style === undefined ? 0 : Number(style);
        p.value = '';
        p.formula = false;
        p.inline = '';
        inCell = true;
        break;
      }
      case 'v':
      case 't':
        field = tag;
        break;
      case 'f':
        if (inCell) p.formula = true;
        break;
      case 'rPh':
        field = 'rPh';
        break;
      case 'col': {
        const hidden = a.get('hidden');
        if (hidden === '1' || hidden === 'true') colHidden.push({ min: Number(a.get('min')) - 1, max: Math.min(Number(a.get('max')), EXCEL_COLUMNS) - 1 });
        break;
      }
      case 'mergeCell': {
        const m = mergeOf(a.get('ref') ?? '');
        if (m) b.merges.push(m);
        break;
      }
    }
  };
  await streamPart(zip, path, ctx.budget, {
    openView: open,
    text: (x) => {
      if (!inCell) return;
      if (field === 'v') p.value += x;
      else if (field === 't') p.inline += x;
    },
    close: (tag) => {
      if (tag === 'v' || tag === 't' || tag === 'rPh') field = '';
      else if (tag === 'c' && inCell) {
        b.cell(p);
        inCell = false;
      } else if (tag === 'row') b.closeRow();
    },
  });
  const width = b.rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const h of colHidden) for (let c = Math.max(0, h.min); c <= h.max && c < width; c++) b.hiddenCols.push(c);
  const hiddenRows = b.hiddenRows.filter((r) => r < b.rows.length && b.rows[r].length > 0);
  return { sheet: name, top: 0, left: 0, cells: b.rows, merges: b.merges, hiddenRows, ...(b.hiddenCols.length ? { hiddenCols: [...new Set(b.hiddenCols)].sort((x, y) => x - y) } : {}) };
}
