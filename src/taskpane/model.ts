/**
 * The pane's model: what the user chose, which sheet was checked and what the check found, changed only by
 * the reducer's actions.
 */
import type { Analysis, Lang, RuleConfig } from '../core';

export type Tab = 'check' | 'tables' | 'settings';
export type Status = { intent: 'success' | 'error' | 'info'; text: string } | undefined;
export type Grain = 'quarter' | 'month';

export interface PaneState {
  lang: Lang;
  tab: Tab;
  config: RuleConfig;
  /** The sheet the last check read: every command acts on it, whichever sheet is active now. */
  checked?: { sheet: string; stale: boolean };
  analysis?: Analysis;
  /** Sheets the add-in made: never read as plans unless the user asks. */
  generated: string[];
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
  | { type: 'checked'; sheet: string; analysis: Analysis }
  | { type: 'stale' }
  | { type: 'generated'; names: string[] }
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
    case 'checked':
      return { ...state, checked: { sheet: a.sheet, stale: false }, analysis: a.analysis };
    case 'stale':
      return state.checked ? { ...state, checked: { ...state.checked, stale: true } } : state;
    case 'generated':
      return { ...state, generated: [...new Set([...state.generated, ...a.names])] };
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

export const INITIAL: Omit<PaneState, 'lang'> = { tab: 'check', config: { rules: {} }, generated: [], busy: false, status: undefined, grain: 'quarter', combined: false, highlight: false };
