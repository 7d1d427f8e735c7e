/**
 * The CPU profile of one whole `check --json` process (node --cpu-prof): the functions with the most self time and
 * the most total time, as a Markdown section for docs/performance.md. Run alone (`npx tsx bench/profile.ts FILE.xlsx`)
 * it rewrites that section in place.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.join(__dirname, '..');
const BEGIN = '<!-- profile: written by bench/profile.ts -->';
const END = '<!-- /profile -->';

function label(n: ProfileNode): string {
  const f = n.callFrame;
  const where = f.url ? path.basename(f.url.replace(/^file:\/\//, '')) : '';
  return `${f.functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
}

/** Self and total milliseconds per function, from the samples. */
function times(p: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hit = new Map<number, number>();
  p.samples.forEach((id, i) => hit.set(id, (hit.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of hit) {
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = label(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  return { self, total };
}

function top(m: Map<string, number>, n: number, skip: RegExp): string {
  return [...m]
    .filter(([k]) => !skip.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `| ${k.replace(/\|/g, '\\|')} | ${Math.round(ms)} |`)
    .join('\n');
}

/** The profile section for a workbook of `rows` rows. */
export function profileSection(file: string, rows: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-prof-'));
  try {
    execFileSync('node', ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(ROOT, 'dist', 'cli', 'activity-matrix.cjs'), 'check', '--json', file], { stdio: ['ignore', 'ignore', 'ignore'] });
  } catch {
    // check exits 1 when the plan has errors: the profile is written all the same
  }
  const name = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!name) return `${BEGIN}\n(no profile was written)\n${END}`;
  const { self, total } = times(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Profile);
  fs.rmSync(dir, { recursive: true, force: true });
  const frames = /^\((root|program|idle)\)|run_main|Module\.|executeUserEntryPoint|processImmediate|loader/;
  return `${BEGIN}
One \`check --json\` process on the ${rows.toLocaleString('en')}-row bench plan, \`node --cpu-prof\` (the profiler slows it down). Milliseconds.

| most self time | ms |
|---|---:|
${top(self, 15, frames)}

| most total time | ms |
|---|---:|
${top(total, 15, frames)}
${END}`;
}

/** Replace the section in docs/performance.md. */
export function writeProfileSection(section: string): void {
  const file = path.join(ROOT, 'docs', 'performance.md');
  const md = fs.readFileSync(file, 'utf8');
  const a = md.indexOf(BEGIN);
  const b = md.indexOf(END);
  fs.writeFileSync(file, a >= 0 && b > a ? md.slice(0, a) + section + md.slice(b + END.length) : `${md}\n## Profile\n\n${section}\n`);
}

if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/profile.ts FILE.xlsx [ROWS]');
  writeProfileSection(profileSection(file, Number(rows ?? 100000)));
  console.log('profile written to docs/performance.md');
}
