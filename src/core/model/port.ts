/**
 * WorkbookPort: what the task pane needs of a workbook. Implemented over Office.js (src/excel),
 * in memory (src/playground) and by test fakes. Types only: no host code here.
 */
import type { Grid } from './grid';
import type { SheetSpec } from './sheet-spec';
import type { RuleConfig, Severity } from './config';

export interface Settings {
  config: RuleConfig;
  /** Names of the sheets the add-in made (schedules, clean tables): never read as plans unless the user asks. */
  generated?: string[];
}

/** A cell to mark: a finding's sheet, cell and severity. */
export interface Highlight {
  sheet: string;
  cell: string;
  severity: Severity;
  /** The finding's rule: highlights are grouped by it, one conditional format per sheet and rule. */
  rule?: string;
}

export interface ReadProgress {
  (done: number, total: number): void;
}

export interface WorkbookPort {
  /** The used range of the active sheet. */
  readActiveSheet(progress?: ReadProgress): Promise<Grid>;
  /** The used range of a sheet by name (the sheet that was checked, whichever is active now). */
  readSheet(name: string, progress?: ReadProgress): Promise<Grid>;
  /** The selected range, with its place on the sheet (top, left). */
  readSelection(): Promise<Grid>;
  /**
   * Watch a sheet's cells: onChange is called when the user changes them (not for the add-in's own writes).
   * Returns a function that stops watching. Optional: a host without change events leaves it out.
   */
  watchSheet?(name: string, onChange: () => void): Promise<() => Promise<void>>;
  /**
   * Fill colours (#RRGGBB, non-white only) of the cells in the given A1 ranges of a sheet, for period grids
   * marked by shading. Optional: a host whose grids already carry fills does not need it.
   */
  readFills?(sheet: string, ranges: string[]): Promise<Record<string, string>>;
  /** Add a sheet; never replaces one. Returns the name it got. */
  addSheet(spec: SheetSpec): Promise<string>;
  /** Add several sheets in one go (one write to Excel). Returns the names they got. */
  addSheets(specs: SheetSpec[]): Promise<string[]>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Mark the cells of findings; clearHighlights restores exactly what was there. */
  setHighlights(highlights: Highlight[]): Promise<void>;
  clearHighlights(): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}
