import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { CORPUS_CSV, FIXTURES } from '../helpers/corpus';
import { captureIo } from '../helpers/io';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('activity-matrix parse', () => {
  test('--json prints the tables in the documented shape', async () => {
    const io = captureIo();
    expect(await run(['parse', CORPUS_CSV, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(json.tables).toHaveLength(5);
    const t = json.tables[0];
    expect(Object.keys(t)).toEqual(expect.arrayContaining(['sheet', 'title', 'range', 'headerRow', 'columns', 'rows']));
    expect(t.columns[3]).toMatchObject({ index: 3, header: 'Thời gian', role: 'time', confidence: 1 });
    expect(t.rows[0]).toMatchObject({ row: 3, goal: '1. Xác định nhóm thành viên', time: '03/09', owners: ['Hùng', 'Anh', 'Dũng'], extra: {} });
    expect(json.tables.map((x: { rows: unknown[] }) => x.rows.length)).toEqual([8, 7, 8, 4, 8]);
  });
  test('a human summary by default', async () => {
    const io = captureIo();
    await run(['parse', CORPUS_CSV], io);
    expect(io.stdout.join('\n')).toMatch(/5 plan tables/);
    expect(io.stdout.join('\n')).toMatch(/Thời gian\s+→ time/);
  });
  test('a sheet of prose: "no plan table found", exit 0', async () => {
    const f = path.join(tmp, 'prose.csv');
    fs.writeFileSync(f, 'Minutes of the meeting\nWe agreed to write a plan next month.\n');
    const io = captureIo();
    expect(await run(['parse', f], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/no plan table found/);
  });
  test('a missing file: a message on stderr and exit 2, no stack trace', async () => {
    const io = captureIo();
    expect(await run(['parse', path.join(tmp, 'missing.xlsx')], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/no such file/);
    expect(io.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });
});

describe('activity-matrix time', () => {
  test('expressions from stdin, one per line, with \\n for line breaks; --json one object a line', async () => {
    const io = captureIo('T7+8\n03/09\\n03/09\\n- 05/09\nongoing\n');
    expect(await run(['time', '--year', '2009', '--json'], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ input: 'T7+8', ok: true, spans: [{ start: '2009-07', end: '2009-08' }], warnings: [] });
    expect(lines[1].spans).toEqual([{ start: '2009-03', end: '2009-05' }]);
    expect(lines[2]).toMatchObject({ input: 'ongoing', ok: false, spans: [] });
  });
  test('--plan-lang reads the expressions as a plan in that language does: "T2" is February in Vietnamese, a trimestre in French', async () => {
    const spans = async (lang: string) => {
      const io = captureIo();
      expect(await run(['time', '--year', '2025', '--plan-lang', lang, '--json', 'T2 2025'], io)).toBe(0);
      return JSON.parse(io.stdout[0]).spans;
    };
    expect(await spans('vi')).toEqual([{ start: '2025-02', end: '2025-02' }]);
    expect(await spans('fr')).toEqual([{ start: '2025-04', end: '2025-06' }]);
    const io = captureIo();
    expect(await run(['time', '--plan-lang', 'xx', 'T2'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--plan-lang takes one of en, pl, vi/);
  });
  test('a mistyped option is refused with exit 2, not read as nothing; --help after a command shows the usage', async () => {
    const io = captureIo();
    expect(await run(['time', '--yaer', '2025', 'Q1'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/unknown option --yaer/);
    expect(io.stdout).toEqual([]);
    const help = captureIo();
    expect(await run(['check', '--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toMatch(/activity-matrix check FILE/);
  });
  test('every corpus expression through the CLI', async () => {
    const rows = fs.readFileSync(path.join(FIXTURES, 'time-expressions.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
    for (const [, expr, year, expected] of rows) {
      const io = captureIo();
      await run(['time', '--year', year, '--json', '--', expr], io);
      const r = JSON.parse(io.stdout[0]);
      expect(r.ok ? r.spans.map((s: { start: string; end: string }) => `${s.start}..${s.end}`).join(';') : 'ERROR').toBe(expected);
    }
  });
});

describe('activity-matrix check', () => {
  test('--json: files, tables and findings with cells and rows; exit 1 when there are errors', async () => {
    const io = captureIo();
    expect(await run(['check', CORPUS_CSV, '--json'], io)).toBe(1);
    const json = JSON.parse(io.stdout.join('\n'));
    const f = json.files[0];
    expect(f.tables).toHaveLength(5);
    const owner = f.findings.filter((x: { rule: string }) => x.rule === 'missing-owner');
    expect(owner).toEqual([expect.objectContaining({ severity: 'error', cell: 'E30', row: 30, table: 2, message: expect.stringMatching(/No owner/) })]);
  });
  test('--lang pl and the human report with Sheet!B7 addresses', async () => {
    const io = captureIo();
    await run(['check', CORPUS_CSV, '--lang', 'pl'], io);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/'vn-network-plans'!E30\s+Brak osoby odpowiedzialnej/);
  });
  test('a config that turns error rules off gives exit 0', async () => {
    const cfg = path.join(tmp, 'cfg.json');
    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'missing-owner': 'off', 'missing-outcome': 'warning', 'missing-activity': 'off' } }));
    expect(await run(['check', CORPUS_CSV, '--config', cfg], captureIo())).toBe(0);
  });
  test('a bad config and an unreadable file: exit 2 with a message', async () => {
    const cfg = path.join(tmp, 'bad.json');
    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'missing-owner': 'loud' } }));
    const io = captureIo();
    expect(await run(['check', CORPUS_CSV, '--config', cfg], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/rules\.missing-owner/);
    expect(await run(['check', path.join(tmp, 'none.csv')], captureIo())).toBe(2);
  });
  test('usage errors exit 2', async () => {
    expect(await run(['frobnicate'], captureIo())).toBe(2);
    expect(await run(['check', CORPUS_CSV, '--lang', 'de'], captureIo())).toBe(2);
    expect(await run(['check', CORPUS_CSV, '--range', 'nowhere'], captureIo())).toBe(2);
    expect(await run(['check', CORPUS_CSV, '--range', 'A1:C3', '--columns', 'A=boss'], captureIo())).toBe(2);
    expect(await run(['check', CORPUS_CSV, '--columns', 'A=activity'], captureIo())).toBe(2);
  });
  test('a file in which no plan table is found exits 1, and says how to point at one', async () => {
    const f = path.join(tmp, 'prose-check.csv');
    fs.writeFileSync(f, 'Minutes of the meeting\nWe agreed to write a plan next month.\n');
    const io = captureIo();
    expect(await run(['check', f], io)).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/no plan table found.*--range/);
  });
});

describe('a table set by hand on the command line', () => {
  const f = path.join(tmp, 'odd-header.csv');
  beforeAll(() => fs.writeFileSync(f, 'Thing,When,Who\nSurvey the members,Q3 2024,Ana\nHold the meeting,Q4 2024,\n'));
  test('--range and --columns make a plan table whatever its header says; the roles set by hand say so', async () => {
    const io = captureIo();
    expect(await run(['parse', f, '--range', 'A1:C3', '--columns', 'A=activity,B=time,C=owner', '--json'], io)).toBe(0);
    const [t] = JSON.parse(io.stdout.join('\n')).tables;
    expect(t).toMatchObject({ range: 'A1:C3', setByHand: true });
    expect(t.columns.map((c: { role: string; setByHand: boolean }) => [c.role, c.setByHand])).toEqual([['activity', true], ['time', true], ['owner', true]]);
    expect(t.rows.map((r: { activity: string }) => r.activity)).toEqual(['Survey the members', 'Hold the meeting']);
  });
  test('check with --header-row finds the missing owner', async () => {
    const io = captureIo();
    expect(await run(['check', f, '--header-row', '1', '--columns', 'C=owner', '--json'], io)).toBe(1);
    const findings = JSON.parse(io.stdout.join('\n')).files[0].findings;
    expect(findings.filter((x: { rule: string }) => x.rule === 'missing-owner').map((x: { cell: string }) => x.cell)).toEqual(['C3']);
  });
  test('parse --json says why each table and column was read as it was', async () => {
    const io = captureIo();
    await run(['parse', CORPUS_CSV, '--json'], io);
    const [t] = JSON.parse(io.stdout.join('\n')).tables;
    expect(t.why.join(' ')).toMatch(/header names/);
    expect(t.columns[3].why.join(' ')).toMatch(/Thời gian/);
  });
});
