/** Issue 16's silent losses: every user column and every character survives, or the user is told. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { decodeText, readCsv } from '../../src/core';
import { analyzeGrids } from '../../src/core/analyze';
import { gridFromRows } from '../../src/core/model/grid';
import { captureIo } from '../helpers/io';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-lost-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};
const cleanJson = async (f: string) => {
  const out = path.join(tmp, `${path.basename(f)}.json`);
  expect(await run(['clean', f, '-o', out], captureIo())).toBe(0);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as { headers: string[]; rows: { extra: Record<string, string>; owners: string[] }[] };
};

describe('user columns', () => {
  test('two extra columns with the same header both survive, the second named with its letter', async () => {
    const f = file('dup.csv', 'Goal,Activity,Time,Owner,Expected outcome,Note,Note\n1. Parks,Plant trees,May 2025,Parks team,50 trees,ask the school,bring water\n');
    const t = await cleanJson(f);
    expect(t.headers).toEqual(expect.arrayContaining(['Note', 'Note (G)']));
    expect(t.rows[0].extra).toEqual({ Note: 'ask the school', 'Note (G)': 'bring water' });
    const io = captureIo();
    await run(['parse', f, '--json'], io);
    expect(JSON.parse(io.stdout.join('\n')).tables[0].rows[0].extra).toEqual({ Note: 'ask the school', 'Note (G)': 'bring water' });
  });

  test('a user column called "Findings" or "Quarters" keeps its name; ours give way', async () => {
    const t = await cleanJson(file('ours.csv', 'Goal,Activity,Time,Owner,Expected outcome,Findings,Quarters\n1. Parks,Plant trees,May 2025,Parks team,50 trees,soil is poor,north side\n'));
    expect(t.headers).toEqual(expect.arrayContaining(['Findings', 'Quarters', 'Findings (Activity Matrix)', 'Quarters (Activity Matrix)']));
    expect(t.rows[0].extra).toEqual({ Findings: 'soil is poor', Quarters: 'north side' });
  });
});

describe('owners', () => {
  test('"Trạm Y tế xã" is one owner in Vietnamese and in a Spanish plan; "y" splits only between names in Spanish', () => {
    const vi = analyzeGrids([gridFromRows('vi', [['Mục tiêu', 'Hoạt động', 'Thời gian', 'Người thực hiện'], ['1. Sức khỏe', 'Khám sàng lọc', 'T3/2025', 'Trạm Y tế xã'], ['', 'Tập huấn', 'T4/2025', 'Trạm Y tế xã và UBND xã']])]).plans[0];
    expect(vi.rows.map((r) => r.owners)).toEqual([['Trạm Y tế xã'], ['Trạm Y tế xã', 'UBND xã']]);
    const es = analyzeGrids([gridFromRows('es', [['Objetivo', 'Actividad', 'Fecha', 'Responsable'], ['1. Salud', 'Taller de salud', 'marzo 2025', 'Trạm Y tế xã'], ['', 'Feria', 'abril 2025', 'Juan y María']])]).plans[0];
    expect(es.rows.map((r) => r.owners)).toEqual([['Trạm Y tế xã'], ['Juan', 'María']]);
  });
});

describe('long cells', () => {
  const long = 'Kiểm tra hiện trạng và báo cáo. '.repeat(1500); // about 48,000 characters
  const f = () => file('long.csv', `Mục tiêu,Hoạt động,Thời gian,Người thực hiện,Kết quả mong đợi\n1. Nước sạch,"${long}",T3/2025,Trạm Y tế xã,Báo cáo\n`);

  test('a cell over 32,767 characters is kept whole in JSON', async () => {
    const t = await cleanJson(f());
    expect(JSON.stringify(t)).toContain(long.trim());
  });

  test.each(['csv', 'xlsx'])('in %s it is cut to Excel’s limit, with a warning that names the row', async (ext) => {
    const io = captureIo();
    const out = path.join(tmp, `long-out.${ext}`);
    expect(await run(['clean', f(), '-o', out], io)).toBe(0);
    expect(io.stderr.join('\n')).toMatch(/1 cell is longer than Excel's 32,767 characters and was cut in .*long-out\.(csv|xlsx): row 2 \(/);
  });
});

describe('text files', () => {
  const csv = 'Cel,Działanie,Termin,Osoba odpowiedzialna\n1. Współpraca,Spotkanie z radą,luty – marzec 2014,Gmina Płock\n,Warsztaty,kwiecień 2014,Stowarzyszenie\n';

  test('one invalid byte in a UTF-8 file: read as UTF-8 (the Polish letters intact) with a warning that gives the byte and line', async () => {
    const bytes = Buffer.from(csv, 'utf8');
    const at = bytes.indexOf(Buffer.from('Warsztaty'));
    bytes[at + 3] = 0xff;
    const d = decodeText(new Uint8Array(bytes));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Współpraca');
    expect(d.warnings[0]).toMatch(new RegExp(`byte ${(at + 3).toLocaleString('en')} \\(line 3\\)`));
    const io = captureIo();
    expect(await run(['check', file('stray.csv', bytes), '--json'], io)).not.toBe(2);
    expect(JSON.parse(io.stdout.join('\n')).files[0].tables).toHaveLength(1);
    expect(io.stderr.join('\n')).toMatch(/warning: .*stray\.csv: read as UTF-8, but one byte is not UTF-8/);
  });

  test('a Windows-1250 file is still read as Windows-1250', () => {
    const bytes = new Uint8Array([...'Cel,Dzia'].map((c) => c.charCodeAt(0)).concat([0xb3, 0x61, 0x6e, 0x69, 0x65, 10]));
    expect(decodeText(bytes).text).toBe('Cel,Działanie\n');
  });

  test('an unterminated quote is reported with its line, and does not swallow the rows after it', () => {
    const { rows, warnings } = readCsv('Goal,Activity,Time\n1. A,"Meet the board,May 2025\n,Second,June 2025\n,Third,July 2025\n');
    expect(warnings).toEqual(['line 2: a quote opens a field and never closes; it is read as a plain character']);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual(['', 'Third', 'July 2025']);
  });

  test('NUL and other control characters never reach a CSV output', async () => {
    const f = file('nul.csv', 'Goal,Activity,Time,Owner,Expected outcome\n1. Parks,Plant\u0000 trees\u0007,May 2025,Parks team,50 trees\n');
    const out = path.join(tmp, 'nul-out.csv');
    expect(await run(['clean', f, '-o', out], captureIo())).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).not.toMatch(/[\u0000-\u0008]/);
    expect(text).toContain('Plant trees');
  });
});
