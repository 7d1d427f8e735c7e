/** The README's list of rules, as a Markdown table made from the catalogue (npm run schemas writes it; a test keeps it current). */
import { RULES } from './catalogue';

export const RULE_TABLE_START = '<!-- rules: generated from src/core/check/catalogue.ts by npm run schemas -->';
export const RULE_TABLE_END = '<!-- /rules -->';

export function ruleTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.tags.join(', ')} | ${r.description} |`);
  return [RULE_TABLE_START, '| rule | default severity | tags | what it finds |', '|---|---|---|---|', ...rows, RULE_TABLE_END].join('\n');
}

/** The README with its rule table replaced by the current one. */
export function withRuleTable(readme: string): string {
  const a = readme.indexOf(RULE_TABLE_START);
  const b = readme.indexOf(RULE_TABLE_END);
  if (a < 0 || b < a) return readme;
  return readme.slice(0, a) + ruleTable() + readme.slice(b + RULE_TABLE_END.length);
}
