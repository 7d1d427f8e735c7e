/**
 * The engine's heavy half, for a host that shows something before it reads a plan (the task pane): the readers,
 * the rules and the writers, loaded through `loadEngine()` in index.ts. Everything here is also exported from
 * index.ts for the hosts that want it at once (the CLI, Node).
 */
export { analyzeSheet } from './analyze-sheet';
export { cleanCsv, cleanJson, cleanPlans, cleanSheetSpec } from './write/clean';
export { scheduleSheets } from './write/schedule';
export { convertSheetSpec } from './write/convert';
export { listTable } from './read/list';
export { listColumn } from './read/list/sheet';
