/**
 * Whole processes, as a user runs them: the CLI's commands on generated .xlsx files of 1k to 500k rows, each
 * paired in the same run with ExcelJS reading the same file (full load, and its streaming WorkbookReader).
 * Wall time (minimum and median of the runs) and peak resident memory from /usr/bin/time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeBenchXlsx } from './files';

export interface Measure {
  min_ms: number;
  median_ms: number;
  peak_mb: number;
  ok: boolean;
}

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'activity-matrix.cjs');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function measure(args: string[], reps: number, timeoutS = 600): Measure {
  const times: number[] = [];
  let peak = 0;
  let ok = true;
  for (let i = 0; i < reps; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, '--max-old-space-size=4096', ...args], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const line = (r.stderr ?? '').trim().split('\n').pop() ?? '';
    const m = /^([\d.]+) (\d+)$/.exec(line);
    if (!m || (r.status !== 0 && r.status !== 1)) {
      ok = false;
      break;
    }
    times.push(parseFloat(m[1]) * 1000);
    peak = Math.max(peak, parseInt(m[2], 10) / 1024);
  }
  return { min_ms: times.length ? Math.round(Math.min(...times)) : NaN, median_ms: times.length ? Math.round(median(times)) : NaN, peak_mb: Math.round(peak), ok };
}

export const COMMANDS: Record<string, (file: string, out: string) => string[]> = {
  'check --json': (f) => [CLI, 'check', f, '--json'],
  check: (f) => [CLI, 'check', f],
  clean: (f, out) => [CLI, 'clean', f, '-o', `${out}.csv`],
  schedule: (f, out) => [CLI, 'schedule', f, '-o', `${out}.xlsx`],
  'ExcelJS full read': (f) => [path.join(__dirname, 'baseline.cjs'), 'full', f],
  'ExcelJS streaming read': (f) => [path.join(__dirname, 'baseline.cjs'), 'stream', f],
};

export async function wholeProcesses(tmp: string, sizes: number[]): Promise<Record<string, Record<string, Measure>>> {
  const out: Record<string, Record<string, Measure>> = {};
  for (const n of sizes) {
    const file = path.join(tmp, `bench-${n}.xlsx`);
    if (!fs.existsSync(file)) await writeBenchXlsx(file, n);
    const reps = n >= 500_000 ? 2 : n >= 100_000 ? 3 : n >= 10_000 ? 3 : 5;
    out[n] = {};
    for (const [name, argv] of Object.entries(COMMANDS)) {
      out[n][name] = measure(argv(file, path.join(tmp, `out-${n}`)), reps);
      const m = out[n][name];
      console.log(`  ${n} rows  ${name.padEnd(24)} ${m.ok ? `${m.median_ms} ms (min ${m.min_ms}), ${m.peak_mb} MB` : 'did not finish'}`);
    }
  }
  return out;
}
