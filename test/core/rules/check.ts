/** Shared by the rule tests: check a sheet given as rows, and list one rule's findings as "rule@cell". */
import { analyzeGrids } from '../../../src/core/analyze';
import type { Finding, RuleId } from '../../../src/core/check';
import type { RuleConfig } from '../../../src/core/model/config';
import { gridFromRows } from '../../../src/core/model/grid';
import type { Merge } from '../../../src/core/model/grid';

export const HEADER = ['Goal', 'Activity', 'Method', 'Time', 'Owner', 'Outcome'];

export function check(rows: string[][], config: Partial<RuleConfig> = {}, merges: Merge[] = []): Finding[] {
  return analyzeGrids([gridFromRows('S', rows, merges)], { ...config, rules: config.rules ?? {} }).findings;
}

/** The cells one rule found, in order. */
export function cellsOf(rule: RuleId, rows: string[][], config: Partial<RuleConfig> = {}): string[] {
  return check(rows, config).filter((f) => f.rule === rule).map((f) => f.cell);
}

export function findingOf<R extends RuleId>(rule: R, rows: string[][], config: Partial<RuleConfig> = {}): Extract<Finding, { rule: R }> {
  const f = check(rows, config).find((x): x is Extract<Finding, { rule: R }> => x.rule === rule);
  if (!f) throw new Error(`no ${rule} finding`);
  return f;
}
