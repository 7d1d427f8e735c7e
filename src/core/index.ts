/**
 * The core's only door: everything a host (Excel, Node, the playground, the pane, the CLI) may use.
 * Hosts import from here and nowhere else inside src/core (ESLint's no-restricted-imports keeps it so).
 */

// model
export * from './model/address';
export * from './model/config';
export * from './model/grid';
export * from './model/plan';
export * from './model/port';
export { ALL_ROLES, isRole, ROLES } from './model/roles';
export type { MainRole, Role } from './model/roles';
export * from './model/sheet-spec';

// io
export * from './io/csv';
export * from './io/decode';
export * from './io/zip';

// languages and words
export { getPack, guessLang, LANGS, pickLang, UI_LANGS, uiPack } from './lang';
export type { Lang, LangPack } from './lang';
export { count, fill, findingMessage, quote, roleName, ruleTitle, timeWarningText } from './i18n/messages';
export { ui } from './i18n/ui';
export { columnWhy, findingActivity, planWhy, SEVERITY_ORDER } from './i18n/explain';
export type { UiKey } from './i18n/ui';

// time
export * from './time';

// read, check, write
export type { HeaderIssue, TableLayout } from './read/detect';
export * from './check';
export * from './write/clean';
export * from './write/schedule';
export { uniqueSheetName, validSheetName, MAX_SHEET_NAME } from './write/sheet-name';
export { shortPlanNames } from './write/plan-names';
export { convertSheetSpec } from './write/convert';
export { highlightAreas, MAX_ADDRESS } from './write/highlights';
export type { HighlightArea } from './write/highlights';
export { listTable } from './read/list';
export { isTitleNote } from './util/text';
export type { ListLine, ListTable } from './read/list';
export { listColumn } from './read/list/sheet';

// the pipeline
export * from './analyze';
export * from './analyze-sheet';
/**
 * The zod schemas, loaded only by a host that checks a configuration or the workbook's settings, or writes JSON
 * Schema: the engine runs without zod, so the task pane's first bundle and the CLI's start-up do not carry it.
 */
export const loadSchemas = () => import('./schemas');
export { groupBy } from './util/group';

/**
 * The readers, the rules and the writers as one chunk (engine.ts), for a host that shows its first screen before
 * it reads a plan: the task pane's first bundle then carries only the words and the model.
 */
export const loadEngine = () => import('./engine');
export type Engine = Awaited<ReturnType<typeof loadEngine>>;
