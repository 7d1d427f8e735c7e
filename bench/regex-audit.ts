/*
 * Every regular expression literal in src/, run on adversarial strings of 100,000 characters (long runs of one
 * character, repeated pairs, each ended by a character that forces a failed match). A pattern whose time grows
 * with the square of the input shows here as seconds. Run: npx tsx bench/regex-audit.ts (npm run bench runs it).
 * Writes docs/regex-audit.md. Never a timed unit test.
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { analyzeGrids, gridFromRows, parseTime } from '../src/core';

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const N = 100_000;
const BUDGET_MS = 50;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

function literals(): { file: string; line: number; source: string; re: RegExp }[] {
  const out: { file: string; line: number; source: string; re: RegExp }[] = [];
  for (const f of files(SRC)) {
    const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const m = /^\/(.*)\/([a-z]*)$/s.exec(text)!;
        try {
          out.push({ file: path.relative(ROOT, f), line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, source: text, re: new RegExp(m[1], m[2]) });
        } catch {
          /* a pattern this Node cannot build */
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

const UNITS = [' ', '\n', '\t', '-', '–', '.', ',', '/', '1', 'a', 'A', 'ą', '\u00a0', ' a', '1.', '- ', 'a ', '1 ', '12/', 'T1', 'Q1 ', '(', '"', "'"];
const inputs = (n: number) => UNITS.flatMap((u) => [u.repeat(Math.ceil(n / u.length)).slice(0, n) + '!', 'x' + u.repeat(Math.ceil(n / u.length)).slice(0, n) + 'x']);

function timed(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const t = process.hrtime.bigint();
  s.replace(g, '');
  new RegExp(re.source, re.flags.replace('g', '')).test(s);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Screened on 2,000 and 8,000 characters: a pattern whose time grows about 16× for 4× the input is quadratic,
 * and its time at N is extrapolated (running it there would take minutes). The others are measured at N.
 */
const SMALL = 2_000;
const LARGE = 8_000;
const SMALL_SET = inputs(SMALL);
const LARGE_SET = inputs(LARGE);
const N_SET = inputs(N);

function audit(re: RegExp): { ms: number; input: string; growth: string } {
  // Cheap screen at SMALL; a pattern that costs there is measured again at LARGE, and one that grows by the
  // square is reported at once (its time at N extrapolated). The others are measured at N on their worst input.
  let worstSmall = { ms: -1, i: 0 };
  for (let i = 0; i < SMALL_SET.length; i++) {
    const a = timed(re, SMALL_SET[i]);
    if (a > worstSmall.ms) worstSmall = { ms: a, i };
    if (a < 0.3) continue;
    const b = timed(re, LARGE_SET[i]);
    if (b > 1 && b / Math.max(a, 0.01) > 8) return { ms: b * (N / LARGE) ** 2, input: JSON.stringify(SMALL_SET[i].slice(0, 6)) + '…', growth: 'quadratic (extrapolated)' };
  }
  const i = worstSmall.i;
  return { ms: timed(re, N_SET[i]), input: JSON.stringify(SMALL_SET[i].slice(0, 6)) + '…', growth: 'linear' };
}

const all = literals();

/** Whole cells through the engine (dynamic patterns included). */
const E2E_N = 100_000;
const e2e = inputs(E2E_N)
  .map((s) => {
    const grid = gridFromRows('Attack', [['Goal', 'Activity', 'Time', 'Owner', 'Expected outcome'], ['1. ' + s, s, s, s, s]]);
    let t = process.hrtime.bigint();
    analyzeGrids([grid]);
    const sheetMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    parseTime(s, {});
    const timeMs = Number(process.hrtime.bigint() - t) / 1e6;
    return { input: JSON.stringify(s.slice(0, 6)) + '…', sheetMs, timeMs };
  })
  .sort((a, b) => b.sheetMs + b.timeMs - (a.sheetMs + a.timeMs));
console.log(`whole cells: worst ${e2e[0].sheetMs.toFixed(0)} ms to read a sheet, ${Math.max(...e2e.map((r) => r.timeMs)).toFixed(0)} ms to read a time`);
const results = all.map((l, i) => { const r = { ...l, ...audit(l.re) }; if (r.ms > BUDGET_MS) console.error(`${i}/${all.length} ${r.ms.toFixed(0)} ms ${r.file}:${r.line} ${r.source.slice(0, 60)}`); return r; }).sort((a, b) => b.ms - a.ms);
const slow = results.filter((r) => r.ms > BUDGET_MS);
const lines = [
  '# Regular expressions under attack',
  '',
  `Every regular expression literal in \`src/\` (${all.length} of them), run by \`bench/regex-audit.ts\` on ${N_SET.length} adversarial strings of ${N.toLocaleString('en')} characters: long runs of one character or pair, ended by a character that makes a match fail. The budget is ${BUDGET_MS} ms per pattern for the worst string.`,
  '',
  slow.length === 0 ? `All ${all.length} patterns stay within the budget. The slowest:` : `${slow.length} patterns go over the budget:`,
  '',
  '| pattern | where | worst input | growth | ms |',
  '|---|---|---|---|---|',
  ...(slow.length ? slow : results.slice(0, 8)).map((r) => `| \`${r.source.replace(/\|/g, '\\|').slice(0, 70)}\` | ${r.file}:${r.line} | \`${r.input.replace(/\|/g, '\\|')}\` | ${r.growth} | ${r.ms.toFixed(1)} |`),
  '',
  '## Whole cells through the engine',
  '',
  `Patterns built at run time (a language's joining words, the time lexicon) are covered here: each adversarial string of ${E2E_N.toLocaleString('en')} characters is put in every cell of a plan row (goal, activity, time, owner, outcome) and the whole sheet is read and checked, and read alone as a time.`,
  '',
  '| input | read and check the sheet, ms | read as a time, ms |',
  '|---|---|---|',
  ...e2e.slice(0, 8).map((r) => `| \`${r.input.replace(/\|/g, '\\|')}\` | ${r.sheetMs.toFixed(0)} | ${r.timeMs.toFixed(0)} |`),
  '',
];
fs.writeFileSync(path.join(ROOT, 'docs', 'regex-audit.md'), lines.join('\n'));
console.log(`regex audit: ${all.length} patterns, ${slow.length} over ${BUDGET_MS} ms`);
for (const r of slow) console.log(`  ${r.ms.toFixed(0)} ms  ${r.file}:${r.line}  ${r.source.slice(0, 80)}`);
