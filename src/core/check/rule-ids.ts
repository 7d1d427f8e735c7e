/**
 * Every rule's id and default severity as a plain list, in the catalogue's order: for a host that shows the rules
 * (the pane's settings, the order of its finding groups) before it loads them. The catalogue checks at compile
 * time that the ids are its own, and a test that the order and the severities are.
 */
import type { Severity } from '../model/config';

export const DEFAULT_SEVERITY = {
  'missing-column': 'error',
  'missing-activity': 'error',
  'missing-owner': 'error',
  'missing-outcome': 'error',
  'missing-method': 'warning',
  'missing-time': 'error',
  'unparseable-time': 'warning',
  'time-order': 'error',
  'time-typo': 'warning',
  'time-assumed': 'info',
  'time-outside-plan': 'warning',
  'vague-owner': 'warning',
  'duplicate-activity': 'warning',
  'multi-activity-cell': 'info',
  'split-misaligned': 'info',
  'inconsistent-numbering': 'warning',
  'empty-row': 'info',
  'unknown-column': 'info',
  'duplicate-role': 'warning',
} as const satisfies Record<string, Severity>;

/** In the order their findings are listed when they share a cell and a severity. */
export const RULE_IDS = Object.keys(DEFAULT_SEVERITY) as readonly (keyof typeof DEFAULT_SEVERITY)[];
