import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { parseCsv } from '../../src/core/io/csv';
import { readPlans } from '../../src/core/read/plans';
import { activityRows } from '../../src/core/write/clean/activities';
import { readGrids } from '../../src/node/read-file';
import { CORPUS_CSV } from '../helpers/corpus';
import { captureIo } from '../helpers/io';
import { corpusXlsx } from '../helpers/xlsx';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-out-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FULL = 'FF2E75B6';
const PARTIAL = 'FF9DC3E6';

async function scheduleOf(out: string, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { wb, ws: wb.getWorksheet(sheet)! };
}

/** The filled period columns of the row whose activity cell starts with text, as "year label" headers. */
function filledPeriods(ws: ExcelJS.Worksheet, text: string): string[] {
  const years: Record<number, string> = {};
  let year = '';
  for (let c = 5; c <= ws.columnCount; c++) {
    const y = ws.getCell(2, c).value;
    if (y) year = String(y);
    years[c] = `${year} ${ws.getCell(3, c).value}`;
  }
  for (let r = 4; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, 2).value ?? '').startsWith(text)) {
      const out: string[] = [];
      for (let c = 5; c <= ws.columnCount; c++) {
        const fill = ws.getCell(r, c).fill as ExcelJS.FillPattern | undefined;
        const argb = (fill?.fgColor as { argb?: string } | undefined)?.argb;
        if (argb === FULL || argb === PARTIAL) out.push(`${years[c]}${argb === PARTIAL ? ' (part)' : ''}`);
      }
      return out;
    }
  }
  throw new Error(`no row ${text}`);
}

describe('schedule', () => {
  test('the corpus: one sheet per plan, original sheet unchanged, 1.1 in Q1 2009 only, 8.1 in Q1 2010 only', async () => {
    const src = path.join(tmp, 'src.xlsx');
    await corpusXlsx(src);
    const out = path.join(tmp, 'sched.xlsx');
    const io = captureIo();
    expect(await run(['schedule', src, '-o', out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Lịch HÀ NỘI', 'Lịch NINH BÌNH', 'Lịch HẢI DƯƠNG', 'Lịch THÁI BÌNH', 'Lịch BẮC MIỀN TRUNG']);
    // The original sheet is unchanged.
    const [before] = await readGrids(src);
    const after = (await readGrids(out))[0];
    expect(after.cells).toEqual(before.cells);
    const ws = wb.worksheets[1];
    expect(ws.getCell(3, 5).value).toBe('Quý I');
    expect(ws.getCell(2, 5).value).toBe(2009);
    expect(filledPeriods(ws, 'Thống kê số lượng')).toEqual(['2009 Quý I (part)']);
    expect(filledPeriods(ws, 'Hội thảo ra mắt ML')).toEqual(['2010 Quý I (part)']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 3 });
  });

  test("Ninh Bình's T3…T9 fall in 2009; --grain month labels months", async () => {
    const out = path.join(tmp, 'month.xlsx');
    expect(await run(['schedule', CORPUS_CSV, '-o', out, '--grain', 'month'], captureIo())).toBe(0);
    const { wb } = await scheduleOf(out, 'x');
    const ws = wb.worksheets[2];
    expect(filledPeriods(ws, 'Vận động sự thma gia của các nhóm')).toEqual(['2009 T3']);
    expect(filledPeriods(ws, 'ML VNP+')).toEqual(['2009 T9']);
    expect(filledPeriods(ws, 'Vận động sự thma gia của các thành viên')).toEqual(['2009 T7', '2009 T8']);
  });

  test('the schedule sheets in the .xlsx read back as the plans they came from', async () => {
    const out = path.join(tmp, 'roundtrip.xlsx');
    await run(['schedule', CORPUS_CSV, '-o', out], captureIo());
    const grids = await readGrids(out);
    const source = readPlans(grids[0]).plans;
    grids.slice(1).forEach((g, i) => {
      const back = readPlans(g).plans;
      expect(back).toHaveLength(1);
      const key = (p: (typeof back)[number]) => activityRows(p).map((a) => [a.goalId, a.activityId, a.activity, a.spans]);
      expect(key(back[0])).toEqual(key(source[i]));
    });
  });

  test('--combined gives one sheet with a band per plan', async () => {
    const out = path.join(tmp, 'combined.xlsx');
    await run(['schedule', CORPUS_CSV, '-o', out, '--combined'], captureIo());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets).toHaveLength(2);
    const ws = wb.worksheets[1];
    const bands: string[] = [];
    ws.eachRow((row, n) => {
      const v = String(row.getCell(1).value ?? '');
      if (n > 3 && v.startsWith('KẾ HOẠCH')) bands.push(v);
    });
    expect(bands).toHaveLength(5);
  });
});

describe('clean', () => {
  test('Hải Dương: multi-activity cells become one row per sub-activity with its own time and owner', async () => {
    const out = path.join(tmp, 'clean.csv');
    expect(await run(['clean', CORPUS_CSV, '-o', out], captureIo())).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(text);
    // The plans are Vietnamese: so are the headers, and each plan goes by its short name.
    expect(head).toEqual(['Kế hoạch', 'Số mục tiêu', 'Mục tiêu', 'Số hoạt động', 'Hoạt động', 'Phương pháp', 'Thời gian', 'Bắt đầu', 'Kết thúc', 'Các quý', 'Người thực hiện', 'Kết quả', 'Phát hiện']);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['HÀ NỘI', 'NINH BÌNH', 'HẢI DƯƠNG', 'THÁI BÌNH', 'BẮC MIỀN TRUNG']));
    const hd = rows.filter((r) => r[0] === 'HẢI DƯƠNG');
    expect(hd).toHaveLength(4 + 2 + 3 + 4 + 2 + 3 + 3 + 2);
    // Goal 8: two activities, two time lines, two owner lines: each keeps its own.
    const goal8 = hd.filter((r) => r[1] === '8');
    expect(goal8.map((r) => r[6])).toEqual(['04 và đầu tháng 05/09', '05/09']);
    expect(goal8.map((r) => `${r[7]}..${r[8]}`)).toEqual(['2009-04-01..2009-05-31', '2009-05-01..2009-05-31']);
    expect(goal8.map((r) => r[10])).toEqual(['Cương; các trưởng nhóm', 'BDH HDP+; ban đại diện các nhóm']);
    // Goal 1: four activities and four owner lines, one time for all.
    expect(hd.filter((r) => r[1] === '1').map((r) => r[10])).toEqual(['Các trưởng nhóm', 'Các trưởng nhóm', 'BDH các nhóm', 'BDH các nhóm']);
    // Goal 4: four activities but three time lines: the whole time cell is repeated and the rows are flagged.
    const goal4 = hd.filter((r) => r[1] === '4');
    expect(goal4).toHaveLength(4);
    expect(new Set(goal4.map((r) => r[6]))).toEqual(new Set(['03/09\n03/09\n05/09']));
    // The findings column says so in the plan's language, never by a rule id.
    expect(goal4.every((r) => /Ô này liệt kê 4 hoạt động/.test(r[r.length - 1]))).toBe(true);
    expect(rows.some((r) => /[a-z]+-[a-z]+/.test(r[r.length - 1]) && /missing-|split-/.test(r[r.length - 1]))).toBe(false);
  });

  test('a formula written as text in a source cell comes out inert in CSV and XLSX', async () => {
    const src = path.join(tmp, 'inject.csv');
    fs.writeFileSync(src, 'Goal,Activity,Time,Owner\n1. A,"=HYPERLINK(""http://example.com"",""x"")",2014,@Ana\n');
    const csv = path.join(tmp, 'inject-out.csv');
    const xlsx = path.join(tmp, 'inject-out.xlsx');
    await run(['clean', src, '-o', csv], captureIo());
    await run(['clean', src, '-o', xlsx], captureIo());
    const rows = parseCsv(fs.readFileSync(csv, 'utf8'));
    expect(rows[1][4]).toBe(`'=HYPERLINK("http://example.com","x")`);
    expect(rows[1][10]).toBe("'@Ana");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const cell = wb.worksheets[0].getCell('E2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://example.com","x")');
    expect(cell.formula).toBeUndefined();
  });

  test('round trip: a cleaned table read back with parse gives the same rows, roles and spans; cleaning it again changes nothing', async () => {
    const first = path.join(tmp, 'c1.xlsx');
    await run(['clean', CORPUS_CSV, '-o', first], captureIo());
    const [grid] = await readGrids(first);
    const { plans } = readPlans(grid);
    expect(plans).toHaveLength(1);
    const roles = plans[0].columns.map((c) => c.role);
    expect(roles).toEqual(expect.arrayContaining(['plan', 'goal', 'activity', 'method', 'time', 'owner', 'outcome', 'start', 'end']));
    const csv1 = path.join(tmp, 'c1.csv');
    const csv2 = path.join(tmp, 'c2.csv');
    await run(['clean', CORPUS_CSV, '-o', csv1], captureIo());
    await run(['clean', first, '-o', csv2], captureIo());
    // Every data column is unchanged; only Findings (the source's problems, which the split resolved) may differ.
    const data = (f: string) => parseCsv(fs.readFileSync(f, 'utf8')).map((r) => r.slice(0, -1));
    expect(data(csv2)).toEqual(data(csv1));
  });

  test('JSON output', async () => {
    const out = path.join(tmp, 'c.json');
    await run(['clean', CORPUS_CSV, '-o', out], captureIo());
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(json.rows.length).toBeGreaterThan(35);
    expect(json.lang).toBe('vi');
    expect(json.rows[0]).toMatchObject({ plan: 'HÀ NỘI', goalNo: '1', activityNo: '1.1', start: '2009-03-01', end: '2009-03-31', quarters: ['2009-Q1'] });
    expect(json.rows.find((r: { findings: string[] }) => r.findings.includes('missing-outcome'))?.notes[0]).toMatch(/kết quả/i);
  });

  test('in XLSX, Start and End are date cells with a date format', async () => {
    const out = path.join(tmp, 'dates.xlsx');
    await run(['clean', CORPUS_CSV, '-o', out], captureIo());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Kế hoạch sạch');
    const start = ws.getCell('H2');
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString().slice(0, 10)).toBe('2009-03-01');
    expect(start.numFmt).toBe('yyyy-mm-dd');
  });
});

describe('sheet names', () => {
  const { validSheetName, uniqueSheetName } = require('../../src/core/write/sheet-name') as typeof import('../../src/core/write/sheet-name');
  test('a long name is cut at a word boundary, never mid-word', () => {
    expect(validSheetName('Harmonogram ZESPÓŁ DS. OPRACOWANIA STRATEGII')).toBe('Harmonogram ZESPÓŁ DS.');
    expect(uniqueSheetName('Harmonogram ZESPÓŁ DS. OPRACOWANIA', ['Harmonogram ZESPÓŁ DS.'])).toBe('Harmonogram ZESPÓŁ DS. (2)');
    expect([...validSheetName('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')].length).toBe(31);
  });
});
