/**
 * The pane's class names, shared by its components; their rules are in pane.css, which the App renders once as
 * a hoisted <style> (React puts it in the document's head). Each name is the rule's class in pane.css.
 */
import css from './pane.css';

export const PANE_CSS = css;

const NAMES = [
  'root', 'actions', 'action', 'downloads', 'downloadGrid', 'checked', 'counts', 'list', 'ruleGroup', 'ruleHead', 'finding', 'address',
  'subject', 'nav', 'planHead', 'planMeta', 'group', 'heading', 'error', 'warning', 'info', 'columns', 'hidden', 'listNote', 'why',
] as const;

export type Classes = Record<(typeof NAMES)[number], string>;

/** "downloadGrid" is "am-download-grid". */
const CLASSES = Object.fromEntries(NAMES.map((n) => [n, `am-${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`])) as Classes;

export function useStyles(): Classes {
  return CLASSES;
}
