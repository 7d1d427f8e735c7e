/*
 * npm run bench:attack: hostile files through the CLI as whole processes, each with its exit code, first message,
 * wall time and peak memory, written into docs/reliability.md between the attack markers. Never a timed test.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import JSZip from 'jszip';
import { lieAboutSizes, PLAN_ROWS, rawXlsx, rowsXml } from '../test/helpers/raw-xlsx';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'activity-matrix.cjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-attack-'));

/** A workbook whose sheet XML streams from a generator (hundreds of MB without holding them). */
async function streamedXlsx(file: string, chunks: () => Generator<string>): Promise<void> {
  const base = await JSZip.loadAsync(await rawXlsx(''));
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const gen = chunks();
  const body = Readable.from((function* () {
    yield head;
    yield* gen;
    yield '</sheetData></worksheet>';
  })());
  base.file('xl/worksheets/sheet1.xml', body as unknown as NodeJS.ReadableStream);
  await new Promise<void>((resolve, reject) =>
    base.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 1 } }).pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject),
  );
}

function* filledRows(bytes: number): Generator<string> {
  let n = 0;
  let r = 1;
  while (n < bytes) {
    const row = `<row r="${r}">${['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>v${r}${c}</t></is></c>`).join('')}</row>`;
    n += row.length;
    r++;
    if (r > 1_048_576) r = 1_048_576; // stays a legal row
    yield row;
  }
}

function* spaces(bytes: number): Generator<string> {
  const chunk = ' '.repeat(1 << 20);
  for (let n = 0; n < bytes; n += chunk.length) yield chunk;
}

interface Attack {
  name: string;
  make: (file: string) => Promise<void>;
  ext: string;
  args?: (file: string) => string[];
}

const write = (data: Buffer | string) => async (file: string) => fs.writeFileSync(file, data);

const ATTACKS: Attack[] = [
  { name: 'one cell at row 99,999,999 (1.7 KB .xlsx)', ext: 'xlsx', make: async (f) => fs.writeFileSync(f, await rawXlsx(rowsXml(PLAN_ROWS) + '<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>')) },
  { name: 'a merge of A1:XFD1048576', ext: 'xlsx', make: async (f) => fs.writeFileSync(f, await rawXlsx(rowsXml(PLAN_ROWS), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')) },
  { name: 'a stray cell at XFD1048576', ext: 'xlsx', make: async (f) => fs.writeFileSync(f, await rawXlsx(rowsXml(PLAN_ROWS) + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')) },
  { name: '400 MB of honest sheet XML (filled cells)', ext: 'xlsx', make: (f) => streamedXlsx(f, () => filledRows(400 * 1024 * 1024)) },
  { name: 'a zip that declares 100 bytes and inflates to 1.5 GB', ext: 'xlsx', make: async (f) => {
    await streamedXlsx(f, () => spaces(1536 * 1024 * 1024));
    fs.writeFileSync(f, lieAboutSizes(fs.readFileSync(f)));
  } },
  { name: '200 cells of 64k newlines each (29 KB .xlsx)', ext: 'xlsx', make: async (f) => fs.writeFileSync(f, await rawXlsx(rowsXml([PLAN_ROWS[0], ...Array.from({ length: 40 }, () => Array.from({ length: 5 }, () => 'a' + '\n'.repeat(65536) + 'b'))]))) },
  { name: 'schedule on a 99 MB CSV', ext: 'csv', args: (f) => ['schedule', f, '-o', `${f}.out.xlsx`], make: async (f) => {
    const out = fs.createWriteStream(f);
    out.write('Goal,Activity,Time,Owner,Expected outcome\n');
    let n = 0;
    for (let i = 0; n < 99 * 1024 * 1024; i++) {
      const line = `${i % 8 === 0 ? `${i / 8 + 1}. Goal` : ''},Activity ${i},T${(i % 12) + 1}/2025,Team ${i % 7},Result ${i}\n`;
      n += line.length;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
  } },
  { name: 'a CSV with an unterminated quote', ext: 'csv', make: write('Goal,Activity,Time\n1. A,"Meet the board,May 2025\n,Second,June 2025\n') },
  { name: 'a UTF-8 CSV with one invalid byte', ext: 'csv', make: write(Buffer.concat([Buffer.from('Cel,Działanie,Termin,Osoba odpowiedzialna\n1. Współpraca,Spotkanie,luty 2014,Gmina Płock\n,War'), Buffer.from([0xff]), Buffer.from('sztaty,marzec 2014,TWP\n')])) },
  { name: 'NUL bytes in a CSV, cleaned', ext: 'csv', args: (f) => ['clean', f, '-o', `${f}.out.csv`], make: write('Goal,Activity,Time,Owner,Expected outcome\n1. Parks,Plant\u0000 trees,May 2025,Parks team,50 trees\n') },
  { name: 'a binary file named .xlsx', ext: 'xlsx', make: write(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))) },
];

async function main() {
  execBuild();
  const rows: string[] = [];
  for (const a of ATTACKS) {
    const file = path.join(tmp, `attack-${rows.length}.${a.ext}`);
    await a.make(file);
    const size = fs.statSync(file).size;
    const argv = a.args ? a.args(file) : ['check', file, '--json'];
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, CLI, ...argv], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28, stdio: ['ignore', 'ignore', 'pipe'] });
    const lines = (r.stderr ?? '').trim().split('\n');
    const [secs, kb] = (lines.pop() ?? '').split(' ');
    const message = (lines.find((l) => l.trim() && !l.startsWith('Command exited') && !l.startsWith('Command terminated')) ?? '').replace(tmp + '/', '').replace(/^activity-matrix: /, '').slice(0, 160);
    const row = `| ${a.name} | ${(size / 1048576).toFixed(size > 1048576 ? 0 : 3)} MB | \`${argv[0]}\` | ${r.status ?? `killed (${r.signal})`} | ${message ? message.replace(/\|/g, '\\|') : '(none: a result)'} | ${secs} s | ${Math.round(Number(kb) / 1024)} MB |`;
    console.log(row);
    rows.push(row);
    fs.rmSync(file, { force: true });
  }
  const table = ['| attack | file | command | exit | first message | time | peak memory |', '|---|---:|---|---:|---|---:|---:|', ...rows].join('\n');
  const doc = path.join(ROOT, 'docs', 'reliability.md');
  const text = fs.readFileSync(doc, 'utf8');
  const block = `<!-- attacks: written by npm run bench:attack -->\n${table}\n<!-- /attacks -->`;
  fs.writeFileSync(doc, /<!-- attacks:[\s\S]*<!-- \/attacks -->/.test(text) ? text.replace(/<!-- attacks:[\s\S]*<!-- \/attacks -->/, block) : `${text.trimEnd()}\n\n## Attacks, as whole processes\n\nEach hostile file through the CLI (\`bench/attack.ts\`), timed with /usr/bin/time on this machine.\n\n${block}\n`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

function execBuild() {
  spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
