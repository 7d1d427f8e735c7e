/**
 * What the user sets, in the pane or in a configuration file for the CLI: the same object, kept in the
 * workbook's settings. Rule severities by rule id, the plan's year and start, the language of messages,
 * and column roles set by hand (per table, or by column letter or header for every table).
 * Its schema (config.schema.ts) is loaded only by the hosts that check a configuration.
 */
import type { Role } from './roles';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A table the user pointed at: its range (or only its header row), and the roles of its columns by letter. */
export interface TableSetting {
  sheet: string;
  /** A1 range of the table, header included ("A3:H40"). */
  range?: string;
  /** 1-based sheet row of the header, when no range is given. */
  headerRow?: number;
  /** Roles by column letter: { "D": "time" }. They always win. */
  columns: Record<string, Role>;
}

export interface RuleConfig {
  rules: Record<string, Severity | 'off'>;
  year?: number;
  /** A month written YYYY-MM. */
  planStart?: string;
  lang?: string;
  /** Column roles set by hand for every table, by column letter or header text. */
  columns?: Record<string, string>;
  /** Tables set by hand: a range or header row, and roles that apply to that table only. */
  tables?: TableSetting[];
  /** Vague owner words to add to the built-in list. */
  vagueOwners?: string[];
}
