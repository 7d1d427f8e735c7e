import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readPlans } from '../../src/core/read/plans';
import { readGrids } from '../../src/node/read-file';
import { dateToSerial } from '../../src/core/time';
import { corpusGrid } from '../helpers/corpus';
import { corpusXlsx } from '../helpers/xlsx';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const shape = (plans: ReturnType<typeof readPlans>['plans']) =>
  plans.map((p) => ({ title: p.title, roles: p.columns.map((c) => c.role), rows: p.rows.filter((r) => !r.blank).map((r) => [r.goalId, r.activity, r.time, r.owners.join('|'), r.outcome, JSON.stringify(r.timeResult.spans)]) }));

describe('.xlsx reading', () => {
  test('the corpus as .xlsx with merged goal cells, the header on row 3 and blank columns on the left reads as the CSV does', async () => {
    const file = path.join(tmp, 'moved.xlsx');
    await corpusXlsx(file, { offsetRows: 1, offsetCols: 2, mergeGoals: true });
    const [grid] = await readGrids(file);
    expect(grid.merges.length).toBe(8 + 7 + 8 + 4 + 8);
    const { plans } = readPlans(grid);
    expect(shape(plans)).toEqual(shape(readPlans(corpusGrid()).plans));
    expect(plans[0].headerRow).toBe(3);
    expect(plans[0].columns[0].letter).toBe('C');
    // The goal of a continuation row comes from its merged cell.
    expect(plans[0].rows.filter((r) => !r.blank).every((r) => r.goalCell === `C${r.row}`)).toBe(true);
  });

  test('Excel date cells are read through their number format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['Mục tiêu', 'Hoạt động', 'Thời gian', 'Người thực hiện']);
    ws.addRow(['1. A', 'a', '03/09', 'X']);
    ws.addRow(['2. B', 'b', null, 'Y']);
    ws.addRow(['3. C', 'c', '1/2010', 'Z']);
    // Excel turned "04/09" into 4 September 2026 (day-first locale), shown as dd/mm.
    const c = ws.getCell('C3');
    c.value = new Date(Date.UTC(2026, 8, 4));
    c.numFmt = 'dd/mm';
    const file = path.join(tmp, 'dates.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = await readGrids(file);
    expect(grid.cells[2][2]).toMatchObject({ value: dateToSerial(2026, 9, 4), text: '04/09', format: 'dd/mm' });
    const [plan] = readPlans(grid).plans;
    expect(plan.rows[1].timeResult.spans).toEqual([{ start: '2009-04', end: '2009-04' }]);
    expect(plan.rows[1].timeResult.warnings[0].code).toBe('excel-date');
  });
});

describe('bad files get a clear message', () => {
  test('a missing file', async () => {
    await expect(readGrids(path.join(tmp, 'nope.xlsx'))).rejects.toThrow(/no such file/);
  });
  test('a binary file renamed .xlsx', async () => {
    const file = path.join(tmp, 'binary.xlsx');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await expect(readGrids(file)).rejects.toThrow(/not a valid \.xlsx workbook/);
  });
  test('a zip bomb is refused before it is unpacked', async () => {
    // A zip whose central directory declares 4 GB of XML in a tiny file.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0xfffffff0, 24);
    central.writeUInt16LE(name.length, 28);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(local.length, 16);
    const file = path.join(tmp, 'bomb.xlsx');
    fs.writeFileSync(file, Buffer.concat([local, central, name, eocd]));
    await expect(readGrids(file)).rejects.toThrow(/zip bomb/);
  });
});

describe('CSV encodings', () => {
  const rows = 'Cel,Działanie,Termin,Osoba odpowiedzialna\n1. Współpraca,Spotkanie,luty – marzec 2014,Gmina Płock\n';
  const vi = 'Mục tiêu,Hoạt động,Thời gian,Người thực hiện\n1. Xác định,Họp,T3,Các trưởng nhóm\n';
  const write = (name: string, buf: Buffer) => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, buf);
    return f;
  };
  // Windows-1258 stores Vietnamese with precomposed base letters (ơ, ư, â …) and the five tone marks as combining characters.
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
  const to1258 = (s: string) =>
    [...s.normalize('NFC')]
      .map((ch) => {
        const d = [...ch.normalize('NFD')];
        return d.filter((c) => !TONES.test(c)).join('').normalize('NFC') + d.filter((c) => TONES.test(c)).join('');
      })
      .join('');
  const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  test.each([
    ['UTF-8 with BOM', () => write('a.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows)])), 'Osoba odpowiedzialna'],
    ['UTF-16', () => write('b.csv', utf16le(rows)), 'Osoba odpowiedzialna'],
    ['Windows-1250 (Polish)', () => write('c.csv', require('iconv-lite').encode(rows, 'windows-1250')), 'Działanie'],
    ['Windows-1258 (Vietnamese)', () => write('d.csv', require('iconv-lite').encode(to1258(vi), 'windows-1258')), 'Người thực hiện'],
  ])('%s', async (_n, make, header) => {
    const [grid] = await readGrids(make());
    const { plans } = readPlans(grid);
    expect(plans).toHaveLength(1);
    expect(plans[0].columns.map((c) => c.header)).toContain(header);
  });
  test('semicolon-separated CSV, as Polish Excel saves it', async () => {
    const [grid] = await readGrids(write('semi.csv', Buffer.from(rows.replace(/,/g, ';'))));
    expect(readPlans(grid).plans[0].rows[0].timeResult.spans).toEqual([{ start: '2014-02', end: '2014-03' }]);
  });
});
