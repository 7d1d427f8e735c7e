/*
 * npm run eval: how well the engine reads real plans that nobody here wrote.
 *
 * Scores the engine on ../shared/corpus/real-plans/ (or the folder given as the first argument, or
 * REAL_PLANS) against its truth.json: tables found, column roles, activity rows, month spans, and the
 * rows lacking an owner, an outcome or a time. Prints a line per table and the totals, and writes them to
 * docs/accuracy.md. The corpus is read where it is, never copied: when the folder is absent it says so.
 * It is a measurement, not a test: npm test never runs it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeFiles } from '../src/node';
import type { Analysis, Plan } from '../src/core';

const ROOT = path.join(__dirname, '..');
const DIR = path.resolve(process.argv[2] ?? process.env.REAL_PLANS ?? path.join(ROOT, '..', 'shared', 'corpus', 'real-plans'));
const OUT = path.join(ROOT, 'docs', 'accuracy.md');

type Role = 'goal' | 'activity' | 'method' | 'time' | 'owner' | 'outcome' | 'other' | 'outside';
interface TruthSheet {
  sheet: string | null;
  table?: string;
  header_rows: number[];
  columns: Record<string, string>;
  data_rows: number[];
  heading_rows: number[];
  title_rows?: number[];
  missing: Record<string, number[] | 'all'>;
  spans?: Record<string, [string, string][]>;
  spans_relative?: Record<string, [string, string][]>;
}
interface TruthFile {
  file: string;
  sheets: TruthSheet[];
}

/** The role a truth column description starts with; side tables, legends and notes are outside the table. */
function truthRole(desc: string): Role | undefined {
  const d = desc.trim().toLowerCase();
  if (/^(second table|second list|legend|annotations|free notes)/.test(d)) return 'outside';
  const m = /^(goal|activity|method|time|owner|outcome|other)\b/.exec(d);
  return m ? (m[1] as Role) : undefined;
}

const COL_RE = /^([A-Z]{1,3})(?::([A-Z]{1,3}))?$/;
function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
function letterOf(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function predictedRole(plan: Plan | undefined, letter: string): Role | 'absent' {
  const c = plan?.columns.find((x) => x.letter === letter);
  if (!c) return 'absent';
  switch (c.role) {
    case 'goal':
    case 'activity':
    case 'method':
    case 'owner':
    case 'outcome':
    case 'time':
      return c.role;
    case 'start':
    case 'end':
    case 'duration':
    case 'period':
      return 'time';
    default:
      return 'other';
  }
}

interface Score {
  label: string;
  found: boolean;
  roles: [number, number];
  rows: { tp: number; fp: number; fn: number; headingAsActivity: number };
  spans: [number, number];
  missing: Record<'owner' | 'outcome' | 'time', { tp: number; fp: number; fn: number }>;
  notes: string[];
}

const MISSING_RULE = { owner: 'missing-owner', outcome: 'missing-outcome', time: 'missing-time' } as const;

function activityRowsOf(plan: Plan): number[] {
  return plan.rows.filter((r) => !r.blank && !r.hidden).map((r) => r.row);
}

/** The plan that covers most of the truth's rows. */
function matchPlan(plans: Plan[], t: TruthSheet): Plan | undefined {
  const want = new Set([...t.data_rows, ...t.heading_rows]);
  let best: Plan | undefined;
  let bestN = 0;
  for (const p of plans) {
    const n = activityRowsOf(p).filter((r) => want.has(r)).length + (t.header_rows.includes(p.headerRow) ? 0.5 : 0);
    if (n > bestN) {
      best = p;
      bestN = n;
    }
  }
  return best && bestN >= Math.max(1, t.data_rows.length * 0.5) ? best : undefined;
}

function relLabel(unit: string, n: number): string {
  return `${unit === 'week' ? 'W' : unit === 'year' ? 'Y' : 'M'}${n}`;
}

function spansOf(plan: Plan, row: number, relative: boolean): string {
  const r = plan.rows.find((x) => x.row === row && !x.blank);
  if (!r) return '(no row)';
  if (relative) return JSON.stringify(r.timeResult.relative.map((s) => [relLabel(s.unit, s.from), relLabel(s.unit, s.to)]));
  return JSON.stringify(r.timeResult.spans.map((s) => [s.start, s.end]));
}

function scoreTable(file: string, t: TruthSheet, analysis: Analysis): Score {
  const plans = analysis.plans.filter((p) => t.sheet === null || p.sheet === t.sheet);
  const plan = matchPlan(plans, t);
  const label = `${file}${t.sheet ? ` · ${t.sheet}` : ''}${t.table ? ` · ${t.table.split(' ')[0]}` : ''}`;
  const s: Score = {
    label,
    found: !!plan,
    roles: [0, 0],
    rows: { tp: 0, fp: 0, fn: 0, headingAsActivity: 0 },
    spans: [0, 0],
    missing: { owner: { tp: 0, fp: 0, fn: 0 }, outcome: { tp: 0, fp: 0, fn: 0 }, time: { tp: 0, fp: 0, fn: 0 } },
    notes: [],
  };
  // Column roles: a single column counts once; a grid range counts once, right when nearly all its columns are time.
  for (const [key, desc] of Object.entries(t.columns)) {
    const m = COL_RE.exec(key);
    const want = truthRole(desc);
    if (!m || !want) continue;
    s.roles[1]++;
    const from = letterIndex(m[1]);
    const to = m[2] ? letterIndex(m[2]) : from;
    const got = Array.from({ length: to - from + 1 }, (_, i) => predictedRole(plan, letterOf(from + i)));
    const ok = (g: Role | 'absent') => (want === 'outside' || want === 'other' ? g === 'other' || g === 'absent' || g === 'outside' : g === want);
    const right = got.filter(ok).length;
    if (right >= Math.ceil(got.length * 0.9)) s.roles[0]++;
    else s.notes.push(`${key}: ${want}, read ${[...new Set(got)].join('/')}`);
  }
  // Activity rows.
  const truthRows = new Set(t.data_rows);
  const nonActivity = new Set([...t.heading_rows, ...(t.title_rows ?? []), ...t.header_rows]);
  const predRows = new Set(plan ? activityRowsOf(plan) : []);
  for (const r of predRows) {
    if (truthRows.has(r)) s.rows.tp++;
    else {
      s.rows.fp++;
      if (nonActivity.has(r)) s.rows.headingAsActivity++;
    }
  }
  for (const r of truthRows) if (!predRows.has(r)) s.rows.fn++;
  const fp = [...predRows].filter((r) => !truthRows.has(r));
  const fn = [...truthRows].filter((r) => !predRows.has(r));
  if (fp.length) s.notes.push(`rows read as activities but not: ${fp.join(', ')}`);
  if (fn.length) s.notes.push(`activity rows not read: ${fn.join(', ')}`);
  // Month spans (calendar or relative), exact.
  for (const [kind, table] of [['abs', t.spans ?? {}], ['rel', t.spans_relative ?? {}]] as const) {
    for (const [row, want] of Object.entries(table)) {
      if (!truthRows.has(Number(row))) continue;
      s.spans[1]++;
      const got = plan ? spansOf(plan, Number(row), kind === 'rel') : '(no table)';
      if (got === JSON.stringify(want)) s.spans[0]++;
      else if (s.notes.length < 40) s.notes.push(`row ${row}: spans ${JSON.stringify(want)}, read ${got}`);
    }
  }
  // Rows lacking an owner, an outcome, a time.
  const findings = plan ? analysis.findings.filter((f) => f.table === plan.index) : [];
  for (const role of ['owner', 'outcome', 'time'] as const) {
    const truth = t.missing[role];
    const want = new Set(truth === 'all' ? t.data_rows : truth ?? []);
    const whole = findings.some((f) => f.rule === 'missing-column' && f.args.role === role);
    const got = new Set(whole ? [...predRows] : findings.filter((f) => f.rule === MISSING_RULE[role]).map((f) => f.row));
    const m = s.missing[role];
    for (const r of got) {
      if (want.has(r)) m.tp++;
      else m.fp++;
    }
    for (const r of want) if (!got.has(r)) m.fn++;
    const extra = [...got].filter((r) => !want.has(r));
    const lost = [...want].filter((r) => !got.has(r));
    if (extra.length || lost.length) s.notes.push(`lacking ${role}: flagged but not ${extra.slice(0, 12).join(', ')}${extra.length > 12 ? ' …' : ''}; not flagged ${lost.slice(0, 12).join(', ')}${lost.length > 12 ? ' …' : ''}`);
  }
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const f1 = (m: { tp: number; fp: number; fn: number }) => (m.tp + m.fp + m.fn === 0 ? 1 : (2 * m.tp) / (2 * m.tp + m.fp + m.fn));

async function main(): Promise<void> {
  const truthFile = path.join(DIR, 'truth.json');
  if (!fs.existsSync(truthFile)) {
    console.log(`npm run eval: no development corpus at ${DIR} (truth.json not found), so there is nothing to score.`);
    console.log('Pass the folder as an argument or set REAL_PLANS to score another copy.');
    return;
  }
  const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as { files: TruthFile[] };
  const scores: Score[] = [];
  for (const tf of truth.files) {
    let analysis: Analysis;
    try {
      analysis = (await analyzeFiles([path.join(DIR, tf.file)]))[0].analysis;
    } catch (e) {
      console.log(`${tf.file}: could not be read: ${(e as Error).message}`);
      analysis = { plans: [], layouts: [], findings: [], outside: [] } as unknown as Analysis;
    }
    for (const t of tf.sheets) scores.push(scoreTable(tf.file, t, analysis));
  }
  const sum = (f: (s: Score) => number) => scores.reduce((a, s) => a + f(s), 0);
  const rowsTp = sum((s) => s.rows.tp);
  const rowsFp = sum((s) => s.rows.fp);
  const rowsFn = sum((s) => s.rows.fn);
  const miss = (role: 'owner' | 'outcome' | 'time') => ({ tp: sum((s) => s.missing[role].tp), fp: sum((s) => s.missing[role].fp), fn: sum((s) => s.missing[role].fn) });
  const lines: string[] = [];
  lines.push('| table | found | roles | activity rows (recall / precision) | headings read as activities | spans exact | lacking owner / outcome / time F1 |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const s of scores) {
    const r = s.rows;
    lines.push(
      `| ${s.label} | ${s.found ? 'yes' : '**no**'} | ${s.roles[0]}/${s.roles[1]} | ${pct(r.tp, r.tp + r.fn)} / ${pct(r.tp, r.tp + r.fp)} | ${r.headingAsActivity} | ${s.spans[1] ? `${s.spans[0]}/${s.spans[1]}` : '–'} | ${(['owner', 'outcome', 'time'] as const).map((k) => f1(s.missing[k]).toFixed(2)).join(' / ')} |`,
    );
  }
  const total = [
    `Tables found: ${sum((s) => (s.found ? 1 : 0))} of ${scores.length}`,
    `Column roles: ${pct(sum((s) => s.roles[0]), sum((s) => s.roles[1]))} (${sum((s) => s.roles[0])} of ${sum((s) => s.roles[1])})`,
    `Activity rows: recall ${pct(rowsTp, rowsTp + rowsFn)}, precision ${pct(rowsTp, rowsTp + rowsFp)} (${rowsTp} of ${rowsTp + rowsFn} read; ${rowsFp} other rows read as activities, ${sum((s) => s.rows.headingAsActivity)} of them headings, titles or headers)`,
    `Month spans exact: ${pct(sum((s) => s.spans[0]), sum((s) => s.spans[1]))} (${sum((s) => s.spans[0])} of ${sum((s) => s.spans[1])})`,
    `Lacking owner / outcome / time, F1: ${f1(miss('owner')).toFixed(3)} / ${f1(miss('outcome')).toFixed(3)} / ${f1(miss('time')).toFixed(3)}`,
  ];
  console.log(lines.join('\n'));
  console.log('');
  console.log(total.join('\n'));
  if (process.env.EVAL_NOTES) for (const s of scores) if (s.notes.length) console.log(`\n${s.label}\n  ${s.notes.join('\n  ')}`);
  const doc = [
    '# Accuracy on real plans',
    '',
    'Measured by `npm run eval` on the development corpus (`../shared/corpus/real-plans/`: 27 files, 29 tables,',
    '10 languages, real plans from public repositories, never copied into this project) against its `truth.json`.',
    'A table is found when one plan read covers at least half of its activity rows. A column role counts once per',
    'column, and once per period grid (right when 90 % of its columns are read as time). Spans are exact month',
    'ranges (relative months or weeks where the plan has no calendar). Lacking owner / outcome / time compares',
    'the rows the checks flag (every row, when the column is missing) with the rows the truth lists.',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...total.map((t) => `- ${t}`),
    '',
    ...lines,
    '',
  ];
  fs.writeFileSync(OUT, doc.join('\n'));
  console.log(`\nwritten to ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
