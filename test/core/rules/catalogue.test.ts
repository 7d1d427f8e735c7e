/** The catalogue: one module per rule id, named by its id, each with its own test file; ids and severities derived. */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SEVERITY, RULE_IDS, RULES } from '../../../src/core/check/catalogue';

const RULES_DIR = path.join(__dirname, '..', '..', '..', 'src', 'core', 'check', 'rules');

test('each module in check/rules is one rule, named by its id, and in the catalogue', () => {
  const modules = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
  expect([...modules].sort()).toEqual([...RULE_IDS].sort());
  for (const m of modules) {
    const exported = Object.values(require(path.join(RULES_DIR, m))) as { id?: string }[];
    expect(exported.map((e) => e.id)).toEqual([m]);
  }
});

test('each rule has its own test file', () => {
  for (const id of RULE_IDS) expect(fs.existsSync(path.join(__dirname, `${id}.test.ts`))).toBe(true);
});

test('the plain list of ids and default severities (rule-ids.ts) is the one of the modules, in the catalogue order', () => {
  expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
  for (const r of RULES) expect(DEFAULT_SEVERITY[r.id]).toBe(r.defaultSeverity);
  expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
});

test("the README's rule table is the catalogue's (npm run schemas refreshes it)", () => {
  const { ruleTable } = require('../../../src/core/check') as typeof import('../../../src/core/check');
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  expect(readme).toContain(ruleTable());
  for (const id of RULE_IDS) expect(ruleTable()).toContain(`\`${id}\``);
});
