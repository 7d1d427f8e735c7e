/** Issue 16's crashes and refusals: each ends with a result, or a plain message and exit 2; never exit 3. */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { captureIo } from '../helpers/io';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-rel-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const PLAN = 'Goal,Activity,Time,Owner,Expected outcome\n1. Cleaner river,Count the outfalls,March 2025,Water board,A list\n,Fix the worst five,Q2 2025,City works,Five fixed\n';
const csv = (name: string, text = PLAN) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};
const sheetsOf = async (f: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb.worksheets.map((w) => w.name);
};

describe('names Excel would refuse', () => {
  test.each([
    ['plan[1].csv', 'plan-1-'],
    ['History.csv', 'History (plan)'],
    [`${'A'.repeat(30)}'b.csv`, 'A'.repeat(30)],
  ])('schedule on %s keeps a source sheet Excel accepts', async (name, sheet) => {
    const out = path.join(tmp, `${name}.out.xlsx`);
    const io = captureIo();
    expect(await run(['schedule', csv(name), '-o', out], io)).toBe(0);
    const names = await sheetsOf(out);
    expect(names[0]).toBe(sheet);
    expect(names.every((n) => n.length <= 31 && !/^'|'$|[[\]:*?/\\]/.test(n))).toBe(true);
  });
});

describe('outputs', () => {
  test('an output in a folder that does not exist: exit 2 with the folder named, nothing written', async () => {
    const io = captureIo();
    const out = path.join(tmp, 'no-such-folder', 'out.csv');
    expect(await run(['clean', csv('a.csv'), '-o', out], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/cannot be written, the folder .*no-such-folder does not exist/);
  });

  test('an output that cannot be written (a read-only folder) is a plain message, and no partial file stays', async () => {
    const dir = path.join(tmp, 'locked');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o500);
    const io = captureIo();
    const code = await run(['schedule', csv('b.csv'), '-o', path.join(dir, 'out.xlsx')], io);
    fs.chmodSync(dir, 0o700);
    // root may write anyway; then the file is whole.
    if (code === 0) expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
    else {
      expect(code).toBe(2);
      expect(io.stderr.join('\n')).toMatch(/out\.xlsx: cannot be written \(EACCES\)/);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });

  test.each([
    ['clean', 'x.csv', 'x.csv'],
    ['schedule', 'x.xlsx', 'x.xlsx'],
    ['convert', 'x.xlsx', './x.xlsx'],
  ])('%s refuses to write over its input, which stays as it was', async (command, input, output) => {
    const f = path.join(tmp, input);
    if (input.endsWith('.csv')) fs.writeFileSync(f, PLAN);
    else {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Plan').addRows(PLAN.trim().split('\n').map((l) => l.split(',')));
      await wb.xlsx.writeFile(f);
    }
    const before = fs.readFileSync(f);
    const io = captureIo();
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      expect(await run([command, f, '-o', output], io)).toBe(2);
    } finally {
      process.chdir(cwd);
    }
    expect(io.stderr.join('\n')).toMatch(/this is the input file/);
    expect(fs.readFileSync(f).equals(before)).toBe(true);
  });
});

describe('years and months out of range', () => {
  test.each([
    [['check', '--year', '0'], /--year takes a year from 1900 to 2200, not 0/],
    [['check', '--year', '9999'], /not 9999/],
    [['time', '--plan-start', '2019-13', 'March'], /there is no month 13/],
    [['time', '--plan-start', '0019-03', 'March'], /outside 1900–2200/],
    [['time', '--year', '9999', 'March'], /not 9999/],
  ])('%j is refused with exit 2', async (argv, message) => {
    const io = captureIo();
    const args = argv[0] === 'check' ? [argv[0], csv('y.csv'), ...argv.slice(1)] : argv;
    expect(await run(args as string[], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(message);
  });

  test('a configuration with a plan start in month 13 is refused with exit 2', async () => {
    const cfg = path.join(tmp, 'start.json');
    fs.writeFileSync(cfg, JSON.stringify({ planStart: '2019-13' }));
    const io = captureIo();
    expect(await run(['check', csv('z.csv'), '--config', cfg], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/planStart/);
  });
});

test('the role "period" set by hand on a text column: check still runs and reports, never exit 3', async () => {
  const cfg = path.join(tmp, 'period.json');
  fs.writeFileSync(cfg, JSON.stringify({ columns: { C: 'period' } }));
  for (const command of ['check', 'parse']) {
    const io = captureIo();
    const code = await run([command, csv('p.csv'), '--config', cfg], io);
    expect([0, 1]).toContain(code);
    expect(io.stderr).toEqual([]);
  }
  const io = captureIo();
  expect([0, 1]).toContain(await run(['schedule', csv('p2.csv'), '--config', cfg, '-o', path.join(tmp, 'p2.xlsx')], io));
});

test('the text report groups every finding under its plan and rule: each rule once, followed by as many lines as it counts', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `${i % 10 === 0 ? `${i / 10 + 1}. Goal` : ''},Activity ${i},someday,,`);
  const io = captureIo();
  expect(await run(['check', csv('many.csv', `Goal,Activity,Time,Owner,Expected outcome\n${rows.join('\n')}\n`)], io)).toBe(1);
  const lines = io.stdout.join('\n').split('\n');
  const heads = lines.map((l, i) => ({ i, m: /^ {4}\S+ .*\(([a-z-]+)\): (\d+)$/.exec(l) })).filter((h) => h.m);
  const rules = heads.map((h) => h.m![1]);
  expect(new Set(rules).size).toBe(rules.length);
  expect(rules).toEqual(expect.arrayContaining(['missing-owner', 'missing-outcome']));
  for (const h of heads) {
    const n = Number(h.m![2]);
    expect(lines.slice(h.i + 1, h.i + 1 + n).every((l) => /^ {6}many!/.test(l))).toBe(true);
    expect(lines[h.i + 1 + n] ?? '').not.toMatch(/^ {6}many!/);
  }
  expect(Number(heads.find((h) => h.m![1] === 'missing-owner')!.m![2])).toBe(3000);
});
