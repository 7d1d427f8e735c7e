/*
 * npm run bench: speed and memory as a user meets them, written to docs/performance.json (for machines) and
 * docs/performance.md (for people). Whole processes of the CLI against ExcelJS reading the same file in the same
 * run; the time reader against chrono-node in fresh processes; Excel round trips; the task pane's bundle and first
 * render of taskpane.html. Never a timed test. BENCH_SIZES=1000,10000 for a quick run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeGrids } from '../src/core/analyze';
import { cleanPlans, cleanSheetSpec } from '../src/core/write/clean';
import { buildSchedule, scheduleSheetSpec } from '../src/core/write/schedule';
import { ExcelPort } from '../src/excel/excel-port';
import { FakeWorkbook, installExcelGlobals } from '../test/helpers/fake-excel';
import { planRows } from '../test/helpers/generate';
import { paneFigures } from './pane';
import { timeRaces } from './time-bench';
import type { Race } from './time-bench';
import { profileSection } from './profile';
import { wholeProcesses } from './whole';
import type { Measure } from './whole';

const ROOT = path.join(__dirname, '..');
const DOCS = path.join(ROOT, 'docs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-bench-'));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,500000').split(',').map(Number);
const SYNC_SIZES = [1000, 10000, 100000];

async function syncCounts() {
  installExcelGlobals();
  const result: Record<'validate' | 'schedule' | 'export' | 'again' | 'floor', Record<string, number>> = { validate: {}, schedule: {}, export: {}, again: {}, floor: {} };
  const floors = result.floor;
  for (const n of SYNC_SIZES) {
    for (const cmd of ['validate', 'schedule', 'export'] as const) {
      const book = new FakeWorkbook();
      book.addSheet('Plan', planRows(n));
      const port = new ExcelPort(book.run as unknown as ConstructorParameters<typeof ExcelPort>[0]);
      const a = analyzeGrids([await port.readActiveSheet()]);
      // The fewest syncs a read of this many bytes can take under Excel on the web's 5 MB response.
      if (cmd === 'validate') floors[n] = Math.ceil(book.responseBytes / (5 * 1024 * 1024));
      if (cmd === 'schedule') await port.addSheets(a.plans.map((p) => scheduleSheetSpec(buildSchedule([p]))));
      if (cmd === 'export') await port.addSheets([cleanSheetSpec(cleanPlans(a.plans, a.findings))]);
      result[cmd][n] = book.syncs;
      if (cmd === 'validate') {
        // The pane's next command reads the checked sheet again, by name, through the same port.
        book.syncs = 0;
        await port.readSheet('Plan');
        result.again[n] = book.syncs;
      }
    }
  }
  console.log(`  syncs: ${JSON.stringify(result)}`);
  return result;
}


/**
 * Ratios of the fastest runs: on a shared machine a run is only ever slowed by what else runs, so each side's
 * minimum is its least disturbed figure (the medians are in the tables).
 */
const ratio = (a: Measure | undefined, b: Measure | undefined) => (a?.ok && b?.ok ? Math.round((a.min_ms / b.min_ms) * 100) / 100 : null);
const ok = (b: boolean | null) => (b === null ? 'not measured' : b ? 'met' : '**not met**');

function wholeTable(whole: Record<string, Record<string, Measure>>): string {
  const names = Object.keys(whole[SIZES[0]]);
  const cell = (m: Measure | undefined) => (m?.ok ? `${(m.median_ms / 1000).toFixed(2)} s (min ${(m.min_ms / 1000).toFixed(2)}) · ${m.peak_mb} MB` : 'did not finish');
  return [`| command | ${SIZES.map((n) => `${n.toLocaleString('en')} rows`).join(' | ')} |`, `|---|${SIZES.map(() => '---').join('|')}|`, ...names.map((c) => `| ${c} | ${SIZES.map((n) => cell(whole[n][c])).join(' | ')} |`)].join('\n');
}

function raceTable(races: Race[]): string {
  return [
    '| language | expressions | ours (ms) | ours, no language (ms) | chrono-node (ms) | chrono ÷ ours | warm: ours (ms) | warm: chrono-node (ms) | warm: chrono ÷ ours |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...races.map((r) => `| ${r.lang} | ${r.set} (${r.expressions}) | ${r.ours_ms} | ${r.ours_any_ms} | ${r.chrono_ms ?? 'no locale'} | ${r.ratio ?? '–'} | ${r.warm_ours_ms} | ${r.warm_chrono_ms ?? 'no locale'} | ${r.warm_ratio ?? '–'} |`),
  ].join('\n');
}

async function main() {
  console.log('Activity Matrix benchmark');
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const whole = await wholeProcesses(tmp, SIZES);
  const races = timeRaces(tmp);
  const syncs = await syncCounts();
  const pane = await paneFigures();
  const profiled = SIZES.includes(100000) ? 100000 : SIZES[SIZES.length - 1];
  const profile = profileSection(path.join(tmp, `bench-${profiled}.xlsx`), profiled);
  const at = (n: number, c: string) => whole[n]?.[c];
  const big = SIZES.filter((n) => n >= 100000);
  const figures = {
    check_json_vs_exceljs_full: Object.fromEntries(SIZES.map((n) => [n, ratio(at(n, 'check --json'), at(n, 'ExcelJS full read'))])),
    check_json_vs_exceljs_stream: Object.fromEntries(SIZES.map((n) => [n, ratio(at(n, 'check --json'), at(n, 'ExcelJS streaming read'))])),
    check_text_vs_json: Object.fromEntries(SIZES.map((n) => [n, ratio(at(n, 'check'), at(n, 'check --json'))])),
    schedule_vs_check_json: Object.fromEntries(SIZES.map((n) => [n, ratio(at(n, 'schedule'), at(n, 'check --json'))])),
  };
  const en = races.find((r) => r.lang === 'en' && r.set.startsWith('corpus'));
  const prose = races.find((r) => r.lang === 'en' && r.set.startsWith('long'));
  const json = { machine: { cpus: os.cpus().length, node: process.version, date: new Date().toISOString().slice(0, 10) }, sizes: SIZES, whole, figures, time_races: races, syncs, pane_bundle_gzip_bytes: pane.gzip, pane_first_render_ms: pane.firstRender, pane_first_render_fastest_ms: pane.fastest };
  fs.writeFileSync(path.join(DOCS, 'performance.json'), JSON.stringify(json, null, 2) + '\n');
  const f = figures;
  const worst = (o: Record<string, number | null>, ns: number[]) => (ns.every((n) => o[n] !== null && o[n] !== undefined) && ns.length ? Math.max(...ns.map((n) => o[n]!)) : null);
  const fullRatio = worst(f.check_json_vs_exceljs_full, big);
  const textRatio = f.check_text_vs_json[100000] ?? null;
  const schedRatio = f.schedule_vs_check_json[100000] ?? null;
  const peak500 = at(500000, 'check --json')?.peak_mb ?? null;
  const sched100 = at(100000, 'schedule');
  const md = `# Performance

Measured by \`npm run bench\` (bench/run.ts) on ${json.machine.cpus} cores, Node ${json.machine.node}, ${json.machine.date}. Every figure is a whole process as a user runs it (\`node dist/cli/activity-matrix.cjs …\`), timed with /usr/bin/time, beside ExcelJS reading the same file in the same run, so the ratios travel between machines. Machine-readable figures: [performance.json](performance.json).

## Targets

| measure | target | measured | |
|---|---|---|---|
| \`check --json\` ÷ ExcelJS full read, at 100k and 500k rows | ≤ 0.8 | ${fullRatio ?? '–'} | ${ok(fullRatio === null ? null : fullRatio <= 0.8)} |
| peak RSS of \`check --json\` at 500k rows | ≤ 400 MB | ${peak500 ?? '–'} MB | ${ok(peak500 === null ? null : peak500 <= 400)} |
| default \`check\` ÷ \`check --json\`, at 100k rows | ≤ 1.2 | ${textRatio ?? '–'} | ${ok(textRatio === null ? null : textRatio <= 1.2)} |
| \`schedule\` at 100k rows | ≤ 1.5× \`check --json\`, under 1 GB | ${schedRatio ?? '–'}×, ${sched100?.ok ? sched100.peak_mb : '–'} MB | ${ok(schedRatio === null ? null : schedRatio <= 1.5 && (sched100?.peak_mb ?? 0) < 1024)} |
| time reader ÷ chrono-node, corpus English, fresh process | ≥ 3× | ${en?.ratio ?? '–'}× | ${ok(en?.ratio == null ? null : en.ratio >= 3)} |
| time reader on long prose cells | no slower than chrono-node | ${prose?.ratio ?? '–'}× | ${ok(prose?.ratio == null ? null : prose.ratio >= 1)} |
| pane gzip | ≤ 180 KB | ${Math.round(pane.gzip / 1024)} KB | ${ok(pane.gzip <= 180 * 1024)} |
| \`taskpane.html\` first render | ≤ 500 ms | ${pane.firstRender ?? '–'} ms | ${ok(pane.firstRender === null ? null : pane.firstRender <= 500)} |
| syncs validate / schedule / export (10k rows) | 2 / 2 / 2 | ${syncs.validate[10000]} / ${syncs.schedule[10000]} / ${syncs.export[10000]} | ${ok(syncs.validate[10000] <= 2 && syncs.schedule[10000] <= 2 && syncs.export[10000] <= 2)} |
| syncs of a 100k-row read ÷ the 5 MB floor | ≤ 1.25 | first read ${(syncs.validate[100000] / Math.max(1, syncs.floor[100000])).toFixed(2)}, read again ${(syncs.again[100000] / Math.max(1, syncs.floor[100000])).toFixed(2)} | ${ok(syncs.validate[100000] <= 1.25 * syncs.floor[100000])} (read again: ${ok(syncs.again[100000] <= 1.25 * syncs.floor[100000])}) |

## Whole processes

Generated plans (\`bench/files.ts\`): eight activities a goal, a third each in Vietnamese, Polish and English, every time cell a distinct text in one of the reader's forms (\`T3/2019\`, \`ngày 5 tháng 9 năm 2016\`, \`III kw. 2019\`, \`do końca maja 2016\`, \`by end of June 2025\`, \`Q3 2019\` …), some owners and outcomes missing, written with ExcelJS's streaming writer. Median wall time (minimum) and peak resident memory; ${SIZES.map((n) => `${n.toLocaleString('en')}: ${n >= 500000 ? 2 : n >= 10000 ? 3 : 5} runs`).join(', ')}.

${wholeTable(whole)}

Ratios (fastest run ÷ fastest run, each side's least disturbed figure on a shared machine):

| | ${SIZES.map((n) => n.toLocaleString('en')).join(' | ')} |
|---|${SIZES.map(() => '---:').join('|')}|
| check --json ÷ ExcelJS full read | ${SIZES.map((n) => f.check_json_vs_exceljs_full[n] ?? '–').join(' | ')} |
| check --json ÷ ExcelJS streaming read | ${SIZES.map((n) => f.check_json_vs_exceljs_stream[n] ?? '–').join(' | ')} |
| check ÷ check --json | ${SIZES.map((n) => f.check_text_vs_json[n] ?? '–').join(' | ')} |
| schedule ÷ check --json | ${SIZES.map((n) => f.schedule_vs_check_json[n] ?? '–').join(' | ')} |

The .xlsx is read by our own streaming reader (\`src/xlsx\`: our XML scanner, xml.ts, over the parts inflated by Node's zlib a chunk at a time, src/node/zlib-parts.ts): the sheet XML is never held whole and every inflated byte is counted; a cell's attributes are read in place (XmlAttributes), with no object made for its tag; the cells that show one shared string in one style are one object, and kept texts are copied out of the XML chunk they were cut from (a slice keeps its whole chunk alive). \`--json\` output is written as a stream, the findings in batches of 256 (one \`JSON.stringify\` each). \`schedule\` writes into a copy of the user's workbook without loading it: the workbook's parts are copied as they are, and the schedule sheet's XML (at 100k rows about 110k rows × the quarters of the plans' years) streams into the zip as it is made, deflated by Node's zlib at level 1 in pieces of 1 MB (src/node/append-sheets.ts, src/node/zip-writer.ts).

## The time reader against chrono-node

Each side in its own fresh process, bundled with esbuild (no loader cost), one warm-up pass, then timed passes over the same expressions; median of three processes. The targets are taken on these fresh processes, where most of either side's time is the JavaScript engine compiling its code (the timed passes over the 40 prose cells are 800 parses, a fraction of a second). The warm columns time the same passes after two seconds of passes, as the reader runs through a large workbook. chrono-node has English and Vietnamese locales and none for Polish. Both sides read in the expressions' language: chrono-node with its locale, ours with the language a plan's header gives it (\`parseTime(text, { lang })\`, as the engine reads every time cell of a plan); "ours, no language" is our reader given none, as \`activity-matrix time\` without \`--plan-lang\`, which knows every language's words at once (another language's month abbreviation in prose, "out" for outubro, then needs a full read of its line). The ratios are taken on "ours". The machine's noise moves these milliseconds by a third; for a figure it cannot move, count instructions, the same for the same code and input whatever else runs: \`valgrind --tool=callgrind node --single-threaded time-race.cjs ours en FILE 40\`, less the same with 0 rounds (the warm-up and the start), is the instructions of the timed passes.

${raceTable(races)}

## Excel round trips (fake Excel that counts syncs)

| command | ${SYNC_SIZES.map((n) => `${n.toLocaleString('en')} rows`).join(' | ')} |
|---|${SYNC_SIZES.map(() => '---:').join('|')}|
${(['validate', 'schedule', 'export'] as const).map((c) => `| ${c} | ${SYNC_SIZES.map((n) => syncs[c][n]).join(' | ')} |`).join('\n')}
| the same sheet read again by name | ${SYNC_SIZES.map((n) => syncs.again[n]).join(' | ')} |

The floor is the fewest syncs a read of that many bytes can take under the 5 MB response: ${SYNC_SIZES.map((n) => `${syncs.floor[n]} at ${n.toLocaleString('en')} rows (first read ${syncs.validate[n]}, ${(syncs.validate[n] / Math.max(1, syncs.floor[n])).toFixed(2)}×; read again ${syncs.again[n]}, ${(syncs.again[n] / Math.max(1, syncs.floor[n])).toFixed(2)}×)`).join(', ')}.

Validate is the read: the whole sheet in one sync while it fits Excel on the web's 5 MB response; past that, one refused attempt, the size and first 200 rows, then blocks of about 4 MB. A sheet read in blocks once is read again (by Generate schedule, Export, a re-check) straight in blocks sized from its last read, the first block in the first sync. Schedule and export are the read and one write of all their sheets (one more sync reads the sheet names only when they did not come with the last read). Highlights (not counted here) take four syncs of their own: find the saved formats, check which still exist, replace them, save their ids.

## The task pane

- Bundle: ${pane.gzip.toLocaleString('en')} bytes of \`taskpane.js\` after gzip.
- First render of \`taskpane.html\` in headless Chromium, Office.js answered by a stand-in, navigation start to the moment the Validate button enters the page (noted in the page by a MutationObserver), median of 11: ${pane.firstRender} ms (fastest ${pane.fastest} ms). The engine, the Plan tables and the Settings tabs are chunks of their own, fetched once the first screen is up.

## Profile

${profile}
`;
  fs.writeFileSync(path.join(DOCS, 'performance.md'), md);
  console.log('wrote docs/performance.md and docs/performance.json');
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
