/** An in-memory workbook that implements the WorkbookPort, for the playground and tests. */
import { parseA1, parseRangeA1, EMPTY_CELL, specWidth, uniqueSheetName } from '../core';
import type { Grid, GridCell, Highlight, Settings, WorkbookPort, SheetSpec } from '../core';

export interface MemorySheet {
  grid: Grid;
  /** Column widths in characters, where known. */
  widths?: number[];
  kind?: 'source' | 'schedule' | 'clean' | 'plan';
  /** Cells of a generated table's header, for styling. */
  styles?: Record<string, { bold?: boolean; fill?: string; italic?: boolean }>;
}

type Listener = () => void;

export class MemoryWorkbook implements WorkbookPort {
  sheets: MemorySheet[] = [];
  active = 0;
  selection: { sheet: string; address: string } | undefined;
  highlights = new Map<string, string | undefined>();
  private settings: Settings = { config: { rules: {} } };
  private listeners = new Set<Listener>();
  private watchers = new Set<{ sheet: string; onChange: () => void }>();

  constructor(sheets: MemorySheet[] = []) {
    this.sheets = sheets;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  activeSheet(): MemorySheet {
    return this.sheets[this.active];
  }

  activate(index: number): void {
    this.active = index;
    this.changed();
  }

  /** Another file opened: every sheet is replaced, and whoever watched one hears of it. */
  replaceAll(sheets: MemorySheet[]): void {
    this.sheets = sheets;
    this.active = 0;
    this.selection = undefined;
    this.highlights.clear();
    for (const w of [...this.watchers]) w.onChange();
    this.changed();
  }

  /** The user changes a cell (tests and the playground's editing). */
  edit(sheet: string, address: string, text: string): void {
    const s = this.sheets.find((x) => x.grid.sheet === sheet);
    if (!s) throw new Error(`No sheet named ${sheet}`);
    const { row, col } = parseA1(address);
    while (s.grid.cells.length <= row) s.grid.cells.push([]);
    const cells = s.grid.cells[row];
    while (cells.length <= col) cells.push(EMPTY_CELL);
    cells[col] = { value: text, text, format: 'General' };
    for (const w of [...this.watchers]) if (w.sheet === sheet) w.onChange();
    this.changed();
  }

  async readActiveSheet(): Promise<Grid> {
    return structuredClone(this.activeSheet().grid);
  }

  async readSheet(name: string): Promise<Grid> {
    const s = this.sheets.find((x) => x.grid.sheet === name);
    if (!s) throw new Error(`There is no sheet named ${name} any more`);
    return structuredClone(s.grid);
  }

  async watchSheet(name: string, onChange: () => void): Promise<() => Promise<void>> {
    const w = { sheet: name, onChange };
    this.watchers.add(w);
    return async () => {
      this.watchers.delete(w);
    };
  }

  /** The selected range of the active sheet (a single cell when nothing wider is selected), placed on its sheet. */
  async readSelection(): Promise<Grid> {
    const grid = this.activeSheet().grid;
    const sel = this.selection && this.selection.sheet === grid.sheet ? parseRangeA1(this.selection.address) : { top: 0, left: 0, bottom: 0, right: 0 };
    const cells = grid.cells.slice(sel.top, sel.bottom + 1).map((r) => Array.from({ length: sel.right - sel.left + 1 }, (_, c) => r[sel.left + c] ?? EMPTY_CELL));
    const merges = grid.merges.filter((m) => m.top >= sel.top && m.left >= sel.left && m.top <= sel.bottom && m.left <= sel.right).map((m) => ({ ...m, bottom: Math.min(m.bottom, sel.bottom), right: Math.min(m.right, sel.right) }));
    return { sheet: grid.sheet, top: sel.top, left: sel.left, cells: structuredClone(cells), merges };
  }

  /** Select a range of the active sheet, as a drag or a shift-click does. */
  selectRange(address: string): void {
    parseRangeA1(address);
    this.selection = { sheet: this.activeSheet().grid.sheet, address };
    this.changed();
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = uniqueSheetName(spec.name, this.sheets.map((s) => s.grid.sheet));
    const width = specWidth(spec);
    const styles: MemorySheet['styles'] = {};
    const cells: GridCell[][] = spec.rows.map((r, ri) =>
      Array.from({ length: width }, (_, c) => {
        const cs = r[c];
        const st = cs?.s ? spec.styles[cs.s] : undefined;
        if (st && (st.fill || st.bold || st.italic)) styles[`${ri},${c}`] = { bold: st.bold, fill: st.fill, italic: st.italic };
        if (!cs || cs.v === null) return st?.fill ? { ...EMPTY_CELL, fill: st.fill } : EMPTY_CELL;
        return { value: cs.v, text: String(cs.v), format: typeof cs.v === 'string' ? '@' : 'General', fill: st?.fill };
      }),
    );
    this.sheets.push({ grid: { sheet: name, top: 0, left: 0, cells, merges: spec.merges }, widths: spec.columnWidths, kind: spec.kind, styles });
    this.active = this.sheets.length - 1;
    this.changed();
    return name;
  }

  async addSheets(specs: SheetSpec[]): Promise<string[]> {
    const names: string[] = [];
    for (const spec of specs) names.push(await this.addSheet(spec));
    return names;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const i = this.sheets.findIndex((s) => s.grid.sheet === sheet);
    if (i < 0) throw new Error(`No sheet named ${sheet}`);
    parseA1(address);
    this.active = i;
    this.selection = { sheet, address };
    this.changed();
  }

  async setHighlights(findings: Highlight[]): Promise<void> {
    this.highlights.clear();
    for (const f of findings) this.highlights.set(`${f.sheet}!${f.cell}`, f.severity);
    this.changed();
  }

  async clearHighlights(): Promise<void> {
    this.highlights.clear();
    this.changed();
  }

  async loadSettings(): Promise<Settings> {
    return structuredClone(this.settings);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = structuredClone(settings);
  }
}
