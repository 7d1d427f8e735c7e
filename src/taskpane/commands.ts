/**
 * The pane's commands. Every command acts on the sheet that was checked (a schedule just added becomes the
 * active sheet, and must not be read in its place); sheets the add-in made are never taken as plans unless
 * the user asks; an edit of the checked sheet marks the findings stale.
 */
import * as React from 'react';
import { loadEngine, quote, rangeA1, sheetRef, ui } from '../core';
import type { Analysis, Column, Engine, Plan, Role, RuleConfig, TableSetting, UiKey, WorkbookPort } from '../core';
import type { PaneAction, PaneState } from './model';

export interface PaneCommands {
  validate(config?: RuleConfig): Promise<void>;
  generateSchedule(): Promise<void>;
  exportClean(): Promise<void>;
  download(kind: 'csv' | 'json' | 'xlsx'): Promise<void>;
  toggleHighlight(on: boolean): Promise<void>;
  updateConfig(next: RuleConfig): Promise<void>;
  /** Read the selected range as a plan table, whatever its header says. */
  readSelectionAsPlan(): Promise<void>;
  /** Set one column's role on one table only. */
  setRole(plan: Plan, column: Column, role: Role): Promise<void>;
  /** Write the plan table of a plan written as a list: from the checked sheet, or from text pasted into the pane. */
  convertList(text?: string): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  stopWatching(): void;
}

export type Download = (name: string, mime: string, content: string | Uint8Array) => void;

let engineLoad: Promise<Engine> | undefined;
/**
 * The readers, rules and writers: a chunk of their own, so the pane shows its first screen without them. The
 * pane asks for them as soon as it is shown (usePane), and every command waits for the same load.
 */
export function engine(): Promise<Engine> {
  engineLoad ??= loadEngine().catch((e: unknown) => {
    engineLoad = undefined; // a failed load (the network) is tried again by the next command
    throw e;
  });
  return engineLoad;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The table settings with one table's setting replaced: the one on its sheet whose header row or range it shares. */
export function withTable(config: RuleConfig, setting: TableSetting): RuleConfig {
  const same = (t: TableSetting) => t.sheet === setting.sheet && ((setting.range && t.range === setting.range) || (setting.headerRow !== undefined && t.headerRow === setting.headerRow));
  return { ...config, tables: [...(config.tables ?? []).filter((t) => !same(t)), setting] };
}

/** The setting that holds a table's roles: its own, or a new one by its header row (by its range when it has no header). */
function settingOf(config: RuleConfig, plan: Plan): TableSetting {
  const own = (config.tables ?? []).find((t) => t.sheet === plan.sheet && ((t.range && t.range === plan.range) || t.headerRow === plan.headerRow));
  if (own) return own;
  return plan.explicit || plan.headerless ? { sheet: plan.sheet, range: plan.range, columns: {} } : { sheet: plan.sheet, headerRow: plan.headerRow, columns: {} };
}

function useWatch(port: WorkbookPort, dispatch: React.Dispatch<PaneAction>) {
  const stop = React.useRef<(() => Promise<void>) | undefined>(undefined);
  const watched = React.useRef<string | undefined>(undefined);
  const stopWatching = React.useCallback(() => {
    const s = stop.current;
    stop.current = undefined;
    watched.current = undefined;
    void s?.().catch(() => undefined);
  }, []);
  const watch = async (sheet: string) => {
    if (!port.watchSheet || watched.current === sheet) return;
    stopWatching();
    watched.current = sheet;
    stop.current = await port.watchSheet(sheet, () => dispatch({ type: 'stale' })).catch(() => undefined);
  };
  return { watch, stopWatching };
}

interface Core {
  port: WorkbookPort;
  state: PaneState;
  dispatch: React.Dispatch<PaneAction>;
  t: (k: UiKey, a?: Record<string, string | number>) => string;
  say: (intent: 'success' | 'error' | 'info', text: string) => void;
  busy: (work: () => Promise<void>) => Promise<void>;
  /** Read and check a sheet (the active one, or a named one), and remember it as the checked sheet. */
  check: (cfg: RuleConfig, sheet: string | undefined) => Promise<Analysis | undefined>;
  saveConfig: (next: RuleConfig, recheck: boolean) => Promise<void>;
}

function useCore(port: WorkbookPort, state: PaneState, dispatch: React.Dispatch<PaneAction>): Core & { stopWatching: () => void } {
  const t = (k: UiKey, a?: Record<string, string | number>) => ui(state.lang, k, a);
  const say = (intent: 'success' | 'error' | 'info', text: string) => dispatch({ type: 'status', status: { intent, text } });
  const { watch, stopWatching } = useWatch(port, dispatch);
  const progress = (done: number, total: number) => dispatch({ type: 'progress', progress: done < total ? { done, total } : undefined });
  const check = async (cfg: RuleConfig, sheet: string | undefined): Promise<Analysis | undefined> => {
    try {
      const { analyzeSheet } = await engine();
      let { grid, analysis } = await analyzeSheet(port, cfg, progress, undefined, sheet);
      // The active sheet is one the add-in made (a schedule, a clean table): check the plans' sheet instead.
      if (!sheet && state.generated.includes(grid.sheet) && state.checked && state.checked.sheet !== grid.sheet) {
        say('info', t('generatedSheet', { sheet: quote(grid.sheet, state.lang), checked: quote(state.checked.sheet, state.lang) }));
        ({ grid, analysis } = await analyzeSheet(port, cfg, progress, undefined, state.checked.sheet));
      }
      dispatch({ type: 'checked', sheet: grid.sheet, analysis });
      await watch(grid.sheet);
      return analysis;
    } catch (e) {
      say('error', t('readFailed', { message: (e as Error).message }));
      return undefined;
    }
  };
  const busy = async (work: () => Promise<void>) => {
    dispatch({ type: 'busy', busy: true });
    dispatch({ type: 'status', status: undefined });
    try {
      await work();
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  };
  const saveConfig = async (next: RuleConfig, recheck: boolean) => {
    dispatch({ type: 'config', config: next });
    await port.saveSettings({ config: next, generated: state.generated });
    if (recheck) await busy(async () => void (await check(next, state.checked?.sheet)));
  };
  return { port, state, dispatch, t, say, busy, check, saveConfig, stopWatching };
}

/** Generate schedule, Export cleaned table and the downloads: on the checked sheet, read afresh. */
function writeCommands({ port, state, dispatch, t, say, busy, check }: Core, save?: Download): Pick<PaneCommands, 'generateSchedule' | 'exportClean' | 'download'> {
  const remember = async (names: string[]) => {
    dispatch({ type: 'generated', names });
    await port.saveSettings({ config: state.config, generated: [...new Set([...state.generated, ...names])] }).catch(() => undefined);
  };
  const write = (make: (a: Analysis, e: Engine) => Promise<string[]>, message: 'scheduleAdded' | 'cleanAdded') =>
    busy(async () => {
      const a = await check(state.config, state.checked?.sheet);
      if (!a) return;
      if (a.plans.length === 0) return say('info', t('noTables'));
      try {
        const names = await make(a, await engine());
        await remember(names);
        say('success', t(message, { name: names.map((n) => quote(n, state.lang)).join(', ') }));
      } catch (e) {
        say('error', t('writeFailed', { message: (e as Error).message }));
      }
    });
  const cleanOf = (a: Analysis, e: Engine) => e.cleanPlans(a.plans, a.findings, state.lang);
  return {
    generateSchedule: () => write((a, e) => port.addSheets(e.scheduleSheets(a.plans, { grain: state.grain, combined: state.combined })), 'scheduleAdded'),
    exportClean: () => write(async (a, e) => [await port.addSheet(e.cleanSheetSpec(cleanOf(a, e)))], 'cleanAdded'),
    download: async (kind) => {
      const a = state.analysis && !state.checked?.stale ? state.analysis : await check(state.config, state.checked?.sheet);
      if (!a || !save || a.plans.length === 0) return;
      const e = await engine();
      const table = cleanOf(a, e);
      if (kind === 'csv') save('activity-matrix-clean.csv', 'text/csv;charset=utf-8', e.cleanCsv(table));
      else if (kind === 'json') save('activity-matrix-clean.json', 'application/json', e.cleanJson(table));
      else {
        const { xlsxBytes } = await import('./xlsx-download');
        save('activity-matrix-clean.xlsx', XLSX_MIME, await xlsxBytes(e.cleanSheetSpec(table)));
      }
    },
  };
}

/** A plan written as a list, as a plan table in a new sheet, which is then checked. The list is left as it is. */
function convertCommand({ port, state, t, say, busy, check }: Core): PaneCommands['convertList'] {
  return (text) =>
    busy(async () => {
      const loaded = await engine().catch((e: unknown) => void say('error', t('readFailed', { message: (e as Error).message })));
      if (!loaded) return;
      const { convertSheetSpec, listColumn, listTable } = loaded;
      const source = text !== undefined
        ? { sheet: 'Plan', lines: text.split(/\r?\n/).map((l, i) => ({ text: l.replace(/\s+/g, ' ').trim(), row: i + 1 })).filter((l) => l.text) }
        : await port.readSheet(state.checked?.sheet ?? (await port.readActiveSheet()).sheet).then((g) => ({ sheet: g.sheet, lines: listColumn(g)?.lines ?? [] }));
      const table = listTable(source.lines, source.sheet);
      if (!table) return say('info', t('noList'));
      try {
        const name = await port.addSheet(convertSheetSpec(table));
        await check(state.config, name);
        say('success', t('convertAdded', { name: quote(name, state.lang) }));
      } catch (e) {
        say('error', t('writeFailed', { message: (e as Error).message }));
      }
    });
}

/** Tables and roles set by hand: the selection read as a plan table, a role set on one table. */
function tableCommands({ port, state, dispatch, t, say, busy, check, saveConfig }: Core): Pick<PaneCommands, 'readSelectionAsPlan' | 'setRole'> {
  return {
    readSelectionAsPlan: () =>
      busy(async () => {
        const sel = await port.readSelection();
        const rows = sel.cells.length;
        const cols = sel.cells.reduce((w, r) => Math.max(w, r.length), 0);
        if (rows < 2 || cols < 1) return say('info', t('selectTable'));
        const range = rangeA1(sel.top, sel.left, sel.top + rows - 1, sel.left + cols - 1);
        const next = withTable(state.config, { sheet: sel.sheet, range, columns: {} });
        dispatch({ type: 'config', config: next });
        await port.saveSettings({ config: next, generated: state.generated });
        const a = await check(next, sel.sheet);
        if (a) say('success', t('tableSet', { range: sheetRef(sel.sheet, range) }));
      }),
    setRole: (plan, column, role) => {
      const own = settingOf(state.config, plan);
      return saveConfig(withTable(state.config, { ...own, columns: { ...own.columns, [column.letter]: role } }), true);
    },
  };
}

export function useCommands(port: WorkbookPort, state: PaneState, dispatch: React.Dispatch<PaneAction>, save?: Download): PaneCommands {
  const core = useCore(port, state, dispatch);
  const validate = (cfg: RuleConfig = state.config) =>
    core.busy(async () => {
      // Validate reads the active sheet: the user asks for the sheet in front of them.
      const a = await core.check(cfg, undefined);
      if (a && state.highlight) await port.setHighlights(a.findings);
    });
  return {
    validate,
    ...writeCommands(core, save),
    ...tableCommands(core),
    convertList: convertCommand(core),
    toggleHighlight: async (on) => {
      dispatch({ type: 'highlight', highlight: on });
      if (on && state.analysis) await port.setHighlights(state.analysis.findings);
      if (!on) await port.clearHighlights();
    },
    updateConfig: (next) => core.saveConfig(next, !!state.analysis),
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
    stopWatching: core.stopWatching,
  };
}
