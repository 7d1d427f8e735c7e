/**
 * `schedule` on an .xlsx adds its sheets to a copy of the workbook's zip (src/node/append-sheets.ts): the user's
 * parts are copied byte for byte, and the new sheets read back, through our reader and through ExcelJS, as the
 * same cells, styles, merges, panes and widths that ExcelJS writes from the same SheetSpecs.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { analyzeGrids, scheduleSheets } from '../../src/core';
import { addSheetSpec } from '../../src/exceljs/write-xlsx';
import { appendSheets, writeZip } from '../../src/node/append-sheets';
import type { SheetSpec } from '../../src/core';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import { captureIo } from '../helpers/io';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'am-append-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A user's workbook: styles of its own, a date format, a second sheet already named like ours. */
async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['Goal', 'Activity', 'Time', 'Owner', 'Expected outcome', 'Due']);
  ws.getRow(1).font = { bold: true, name: 'Arial', size: 10 };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.addRow(['1. Outreach', '1.1 =SUM(A1) meeting <with> "partners" & co\u0001', 'Q1 2024', 'Ward office', 'Minutes', new Date(Date.UTC(2024, 2, 31))]);
  ws.getCell('F2').numFmt = 'dd.mm.yyyy';
  ws.addRow(['', '1.2 Survey of households', 'April – June 2024', '', 'Report', null]);
  ws.addRow(['2. Training', '2.1 Workshop for volunteers', 'III kw. 2024', 'TWP', '', null]);
  wb.addWorksheet('Schedule').addRow(['the user\'s own sheet']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function entries(bytes: Buffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

function cellsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++)
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const s = cell.style ?? {};
      const fill = s.fill?.type === 'pattern' && s.fill.pattern === 'solid' ? s.fill.fgColor?.argb : '';
      out.push(JSON.stringify([r, c, cell.value === '' ? null : cell.value, fill, !!s.font?.bold, !!s.font?.italic, s.font?.color?.argb ?? '', !!s.border?.top, !!s.alignment?.wrapText, s.alignment?.horizontal ?? '', s.alignment?.vertical ?? '', s.numFmt ?? 'General']));
    }
  return out;
}

describe('schedule into a copy of the workbook', () => {
  let source: Buffer;
  let out: string;
  beforeAll(async () => {
    source = await userWorkbook();
    const file = path.join(tmp, 'plan.xlsx');
    fs.writeFileSync(file, source);
    out = path.join(tmp, 'plan-schedule.xlsx');
    expect(await run(['schedule', file, '-o', out], captureIo())).toBe(0);
  });

  it("copies every part of the user's workbook byte for byte, and only registers the new sheet and its styles", async () => {
    const before = await entries(source);
    const after = await entries(fs.readFileSync(out));
    const changed = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
    for (const [name, body] of before) if (!changed.includes(name)) expect([name, after.get(name)]).toEqual([name, body]);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added).toEqual(['xl/worksheets/sheet3.xml']);
    // The user's styles keep their indices: ours come after them.
    expect(after.get('xl/styles.xml')!.startsWith(before.get('xl/styles.xml')!.slice(0, before.get('xl/styles.xml')!.indexOf('<fonts')))).toBe(true);
  });

  it('reads back as the same cells, styles, merges, panes and widths that ExcelJS writes from the same schedule', async () => {
    const grids = await readXlsx(new Uint8Array(source), 'plan.xlsx');
    const specs = scheduleSheets(analyzeGrids(grids).plans, { grain: 'quarter', combined: false });
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(source as unknown as ArrayBuffer);
    const names = specs.map((s) => addSheetSpec(reference, s));
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.readFile(out);
    expect(mine.worksheets.map((w) => w.name)).toEqual(['Plan', 'Schedule', ...names]);
    for (const name of names) {
      const a = reference.getWorksheet(name)!;
      const b = mine.getWorksheet(name)!;
      expect(cellsOf(b)).toEqual(cellsOf(a));
      expect((b.model as { merges: string[] }).merges.slice().sort()).toEqual((a.model as { merges: string[] }).merges.slice().sort());
      expect(b.views.map((v) => [v.state, (v as ExcelJS.WorksheetViewFrozen).xSplit, (v as ExcelJS.WorksheetViewFrozen).ySplit])).toEqual(a.views.map((v) => [v.state, (v as ExcelJS.WorksheetViewFrozen).xSplit, (v as ExcelJS.WorksheetViewFrozen).ySplit]));
      expect([b.pageSetup.orientation, b.pageSetup.fitToPage, b.pageSetup.fitToWidth]).toEqual([a.pageSetup.orientation, a.pageSetup.fitToPage, a.pageSetup.fitToWidth]);
      expect(b.columns.map((c) => c.width)).toEqual(a.columns.map((c) => c.width));
    }
    // Our own reader sees the schedule too, and the user's sheets as they were.
    const back = await readXlsx(new Uint8Array(fs.readFileSync(out)), 'out.xlsx');
    expect(back.map((g) => g.sheet)).toEqual(['Plan', 'Schedule', ...names]);
    expect(back[0].cells).toEqual(grids[0].cells);
  });

  it('writes text as text: a formula-like activity is a string, XML characters escaped, control characters dropped', async () => {
    const sheet = (await entries(fs.readFileSync(out))).get('xl/worksheets/sheet3.xml')!;
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('=SUM(A1) meeting &lt;with&gt; "partners" &amp; co</t>');
    expect(sheet).not.toMatch(/[\u0001]/);
  });

  it('keeps two sheets apart that give one style name two looks, and numbers and dates as numbers', async () => {
    const spec = (name: string, fill: string): SheetSpec => ({
      kind: 'plan', name, rows: [[{ v: 'Head', s: 'h' }, { v: 45292, nf: 'dd.mm.yyyy' }, { v: true }]], styles: { h: { fill, bold: true } }, merges: [], columnWidths: [10, 12, 6],
    });
    const appended = (await appendSheets(new Uint8Array(source), [spec('Red', '#FF0000'), spec('Blue', '#0000FF')]))!;
    const file = path.join(tmp, 'two.xlsx');
    await writeZip(appended, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const fillOf = (sheet: string) => (wb.getWorksheet(sheet)!.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb;
    expect([fillOf('Red'), fillOf('Blue')]).toEqual(['FFFF0000', 'FF0000FF']);
    expect(wb.getWorksheet('Blue')!.getCell('A1').font?.bold).toBe(true);
    const date = wb.getWorksheet('Red')!.getCell('B1');
    expect([date.numFmt, date.value instanceof Date ? date.value.toISOString().slice(0, 10) : date.value]).toEqual(['dd.mm.yyyy', '2024-01-01']);
    expect(wb.getWorksheet('Red')!.getCell('C1').value).toBe(true);
  });

  it('writes a zip whose every entry checks: sizes and checksums right, a big sheet deflated piece by piece', async () => {
    const rows = Array.from({ length: 30000 }, (_, i) => [{ v: `Activity ${i} – Hoạt động số ${i}` }, { v: i }]);
    const big: SheetSpec = { kind: 'plan', name: 'Big', rows, styles: {}, merges: [], columnWidths: [30, 8] };
    const file = path.join(tmp, 'big.xlsx');
    await writeZip((await appendSheets(new Uint8Array(source), [big]))!, file);
    const bytes = fs.readFileSync(file);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const sheet = await zip.file(/worksheets\/sheet\d+\.xml$/).slice(-1)[0].async('string');
    expect(sheet.length).toBeGreaterThan(1 << 21);
    expect(sheet).toContain('Hoạt động số 29999');
    // The user's parts are the same bytes, unpacked.
    const before = await entries(source);
    const after = await entries(bytes);
    expect(after.get('xl/worksheets/sheet1.xml')).toBe(before.get('xl/worksheets/sheet1.xml'));
    expect(after.get('xl/sharedStrings.xml')).toBe(before.get('xl/sharedStrings.xml'));
  });

  it('leaves a workbook with macros to ExcelJS: an .xlsx cannot hold them', async () => {
    const zip = await JSZip.loadAsync(source);
    zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const withMacros = await zip.generateAsync({ type: 'uint8array' });
    const grids = await readXlsx(new Uint8Array(source), 'plan.xlsx');
    expect(await appendSheets(withMacros, scheduleSheets(analyzeGrids(grids).plans, { grain: 'quarter', combined: false }))).toBeUndefined();
  });

  it('leaves a workbook it cannot add to so (no styles part) to ExcelJS, and says so by returning nothing', async () => {
    const zip = await JSZip.loadAsync(source);
    zip.remove('xl/styles.xml');
    const bare = await zip.generateAsync({ type: 'uint8array' });
    const grids = await readXlsx(new Uint8Array(source), 'plan.xlsx');
    expect(await appendSheets(bare, scheduleSheets(analyzeGrids(grids).plans, { grain: 'quarter', combined: false }))).toBeUndefined();
  });
});
