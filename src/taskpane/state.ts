/**
 * The pane's state, in one reducer: what the user chose and what the last command returned. The hook's
 * commands call the core and the workbook port; the pane decides nothing itself.
 */
import * as React from 'react';
import { analyzeSheet, cleanCsv, cleanJson, cleanPlans, cleanSheetSpec, RuleConfigSchema, scheduleSheets } from '../core';
import type { Analysis, Lang, RuleConfig, WorkbookPort } from '../core';
import { quote, ui } from '../core';
import type { UiKey } from '../core';

export type Tab = 'check' | 'tables' | 'settings';
export type Status = { intent: 'success' | 'error' | 'info'; text: string } | undefined;
export type Grain = 'quarter' | 'month';

export interface PaneState {
  lang: Lang;
  tab: Tab;
  config: RuleConfig;
  analysis?: Analysis;
  busy: boolean;
  status: Status;
  grain: Grain;
  combined: boolean;
  highlight: boolean;
  progress?: { done: number; total: number };
}

export type PaneAction =
  | { type: 'lang'; lang: Lang }
  | { type: 'tab'; tab: Tab }
  | { type: 'config'; config: RuleConfig }
  | { type: 'analysis'; analysis: Analysis }
  | { type: 'busy'; busy: boolean }
  | { type: 'status'; status: Status }
  | { type: 'grain'; grain: Grain }
  | { type: 'combined'; combined: boolean }
  | { type: 'highlight'; highlight: boolean }
  | { type: 'progress'; progress?: { done: number; total: number } };

export function reducer(state: PaneState, a: PaneAction): PaneState {
  switch (a.type) {
    case 'lang':
      return { ...state, lang: a.lang };
    case 'tab':
      return { ...state, tab: a.tab };
    case 'config':
      return { ...state, config: a.config };
    case 'analysis':
      return { ...state, analysis: a.analysis };
    case 'busy':
      return { ...state, busy: a.busy, progress: a.busy ? state.progress : undefined };
    case 'status':
      return { ...state, status: a.status };
    case 'grain':
      return { ...state, grain: a.grain };
    case 'combined':
      return { ...state, combined: a.combined };
    case 'highlight':
      return { ...state, highlight: a.highlight };
    case 'progress':
      return { ...state, progress: a.progress };
  }
}

export interface PaneCommands {
  validate(config?: RuleConfig): Promise<void>;
  generateSchedule(): Promise<void>;
  exportClean(): Promise<void>;
  download(kind: 'csv' | 'json' | 'xlsx'): Promise<void>;
  toggleHighlight(on: boolean): Promise<void>;
  updateConfig(next: RuleConfig): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
}

export type Download = (name: string, mime: string, content: string | Uint8Array) => void;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function useCommands(port: WorkbookPort, state: PaneState, dispatch: React.Dispatch<PaneAction>, save?: Download): PaneCommands {
  const t = (k: UiKey, a?: Record<string, string | number>) => ui(state.lang, k, a);
  const analyse = async (cfg: RuleConfig): Promise<Analysis | undefined> => {
    try {
      const { analysis } = await analyzeSheet(port, cfg, (done, total) => dispatch({ type: 'progress', progress: done < total ? { done, total } : undefined }));
      dispatch({ type: 'analysis', analysis });
      return analysis;
    } catch (e) {
      dispatch({ type: 'status', status: { intent: 'error', text: t('readFailed', { message: (e as Error).message }) } });
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
  const write = (make: (a: Analysis) => Promise<string[]>, message: 'scheduleAdded' | 'cleanAdded') =>
    busy(async () => {
      try {
        const a = await analyse(state.config);
        if (!a) return;
        if (a.plans.length === 0) return dispatch({ type: 'status', status: { intent: 'info', text: t('noTables') } });
        const names = await make(a);
        dispatch({ type: 'status', status: { intent: 'success', text: t(message, { name: names.map((n) => quote(n, state.lang)).join(', ') }) } });
      } catch (e) {
        dispatch({ type: 'status', status: { intent: 'error', text: t('writeFailed', { message: (e as Error).message }) } });
      }
    });
  const validate = (cfg: RuleConfig = state.config) =>
    busy(async () => {
      const a = await analyse(cfg);
      if (a && state.highlight) await port.setHighlights(a.findings);
    });
  return {
    validate,
    generateSchedule: () => write((a) => port.addSheets(scheduleSheets(a.plans, { grain: state.grain, combined: state.combined })), 'scheduleAdded'),
    exportClean: () => write(async (a) => [await port.addSheet(cleanSheetSpec(cleanPlans(a.plans, a.findings)))], 'cleanAdded'),
    download: async (kind) => {
      const a = state.analysis ?? (await analyse(state.config));
      if (!a || !save) return;
      const table = cleanPlans(a.plans, a.findings);
      if (kind === 'csv') save('activity-matrix-clean.csv', 'text/csv;charset=utf-8', cleanCsv(table));
      else if (kind === 'json') save('activity-matrix-clean.json', 'application/json', cleanJson(table));
      else {
        const { xlsxBytes } = await import('./xlsx-download');
        save('activity-matrix-clean.xlsx', XLSX_MIME, await xlsxBytes(cleanSheetSpec(table)));
      }
    },
    toggleHighlight: async (on) => {
      dispatch({ type: 'highlight', highlight: on });
      if (on && state.analysis) await port.setHighlights(state.analysis.findings);
      if (!on) await port.clearHighlights();
    },
    updateConfig: async (next) => {
      dispatch({ type: 'config', config: next });
      await port.saveSettings({ config: next });
      if (state.analysis) await validate(next);
    },
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
  };
}

/** The pane's state and commands over a workbook port. Settings are read from the workbook and checked with the CLI's schema. */
export function usePane(port: WorkbookPort, lang: Lang, save?: Download): { state: PaneState; dispatch: React.Dispatch<PaneAction>; commands: PaneCommands } {
  const [state, dispatch] = React.useReducer(reducer, { lang, tab: 'check', config: { rules: {} }, busy: false, status: undefined, grain: 'quarter', combined: false, highlight: false });
  React.useEffect(() => {
    port
      .loadSettings()
      .then((s) => {
        const parsed = RuleConfigSchema.safeParse(s.config);
        if (parsed.success) dispatch({ type: 'config', config: parsed.data });
      })
      .catch(() => undefined);
  }, [port]);
  return { state, dispatch, commands: useCommands(port, state, dispatch, save) };
}
