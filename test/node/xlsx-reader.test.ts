/** Our streaming .xlsx reader gives the grids the ExcelJS path gives, on a workbook with every kind of cell. */
import ExcelJS from 'exceljs';
import { gridFromWorksheet } from '../helpers/exceljs-grid';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import { zlibParts } from '../../src/node/zlib-parts';
import type { Grid } from '../../src/core';
import { zipEntries } from '../../src/core';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2019, 4, 2));
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRow(['Mục tiêu', 'Hoạt động', 'Thời gian', 'Người thực hiện', 'Q1', 'Q2']);
  ws.addRow(['1. Nâng cao', { richText: [{ text: 'Họp ' }, { font: { bold: true }, text: 'nhóm' }] }, new Date(Date.UTC(2019, 2, 4)), 'Trạm Y tế xã', 'x', null]);
  ws.addRow([null, 'Tập huấn\ncho cán bộ', 43600, 'UBND', null, { formula: 'E2', result: 'x' }]);
  ws.addRow([null, 'Ẩn', 'Q3 2019', true, { formula: '1/0', result: { error: '#DIV/0!' } }, 0.25]);
  ws.getCell('C3').numFmt = 'dd/mm/yyyy';
  ws.getCell('F4').numFmt = '0%';
  ws.getCell('C2').numFmt = 'mmm yyyy';
  ws.getCell('F2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.4 } as unknown as ExcelJS.Color };
  ws.getCell('E3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
  ws.getRow(4).hidden = true;
  ws.getColumn(6).hidden = true;
  ws.mergeCells('A2:A4');
  ws.getCell('H9').value = 'far';
  const other = wb.addWorksheet('Notes');
  other.getCell('B2').value = 'a note';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** ExcelJS copies a merged area's value into every cell of it; Excel (and our reader, and Office.js) keep it at the top left. */
function originOnly(g: Grid): Grid {
  const cells = g.cells.map((r) => [...r]);
  for (const m of g.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && cells[r]?.[c]) cells[r][c] = { value: null, text: '', format: 'General' };
  return { ...g, cells: cells.map((r) => { while (r.length && r[r.length - 1].text === '' && !r[r.length - 1].fill && !r[r.length - 1].formula) r.pop(); return r; }) };
}

test('every kind of cell reads as through ExcelJS: rich text, dates through their format, formulas and errors, fills from the theme, hidden rows and columns, merges, far cells', async () => {
  const buf = await workbook();
  const ours = await readXlsx(buf, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const theirs = wb.worksheets.map((ws) => originOnly(gridFromWorksheet(ws)));
  expect(ours.map((g) => g.sheet)).toEqual(['Kế hoạch', 'Notes']);
  expect(ours.map((g) => ({ ...originOnly(g), fileYear: undefined }))).toEqual(theirs.map((g) => ({ ...g, fileYear: undefined })));
  expect(ours[0].fileYear).toBe(2019);
  // What a planner sees in the cells.
  expect(ours[0].cells[1][2].text).toBe('Mar 2019');
  expect(ours[0].cells[2][2].text).toBe('15/05/2019');
  expect(ours[0].cells[1][1].text).toBe('Họp nhóm');
  expect(ours[0].cells[3][4]).toMatchObject({ text: '#DIV/0!', error: true, formula: true });
  expect(ours[0].hiddenRows).toEqual([3]);
  expect(ours[0].hiddenCols).toEqual([5]);
  expect(ours[0].cells[1][5].fill).toMatch(/^#[0-9A-F]{6}$/);
});

test('one sheet by name; an unknown name lists the sheets there are', async () => {
  const buf = await workbook();
  expect((await readXlsx(buf, 'plan.xlsx', { sheet: 'Notes' })).map((g) => g.sheet)).toEqual(['Notes']);
  await expect(readXlsx(buf, 'plan.xlsx', { sheet: 'Budget' })).rejects.toThrow('plan.xlsx: no sheet named "Budget" (sheets: Kế hoạch, Notes)');
});

test('a text repeated down a column keeps each cell’s own shading, number format and formula, on every sheet', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ['UBND xã', 'UBND xã', 'UBND xã', 'UBND xã', 'Trạm Y tế'].forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
  ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
  ws.getCell('A3').numFmt = '@';
  ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  wb.addWorksheet('Copy').getCell('B1').value = 'UBND xã';
  const [plan, copy] = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'plan.xlsx');
  const col = plan.cells.map((r) => r[0]);
  expect(col.map((c) => c.text)).toEqual(['UBND xã', 'UBND xã', 'UBND xã', 'UBND xã', 'Trạm Y tế']);
  expect(col.map((c) => c.fill)).toEqual([undefined, '#92D050', undefined, '#FF0000', undefined]);
  expect(col.map((c) => c.format)).toEqual(['General', 'General', '@', 'General', 'General']);
  expect(copy.cells[0][1]).toEqual({ value: 'UBND xã', text: 'UBND xã', format: 'General' });
});

test('a date in a format with dots (dd.mm.yyyy, as Polish and German sheets write it) shows as the date, not its serial number', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Harmonogram');
  ws.addRow(['Zadanie', 'Początek', 'Koniec', 'Godzina']);
  ws.addRow(['Ankieta', new Date(Date.UTC(2025, 0, 6)), new Date(Date.UTC(2025, 1, 14)), 45663.5]);
  ws.getCell('B2').numFmt = 'dd.mm.yyyy';
  ws.getCell('C2').numFmt = '[$-415]d.m.yy';
  ws.getCell('D2').numFmt = 'hh:mm:ss.000';
  const [grid] = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'plan.xlsx');
  expect(grid.cells[1].slice(1).map((c) => c.text)).toEqual(['06.01.2025', '14.2.25', '12:00:00.000']);
});

describe("the CLI's unzip (Node's zlib) reads what JSZip reads", () => {
  test('the same grids from a deflated workbook, sheet by sheet', async () => {
    const buf = await workbook();
    expect(await readXlsx(buf, 'plan.xlsx', { unzip: zlibParts })).toEqual(await readXlsx(buf, 'plan.xlsx'));
    expect((await readXlsx(buf, 'plan.xlsx', { unzip: zlibParts, sheet: 'Notes' }))[0].cells[1][1].text).toBe('a note');
  });

  test('the same grids from a workbook whose parts are stored, not deflated', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await workbook());
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(zlibParts(stored)).toBeDefined();
    expect(await readXlsx(stored, 'plan.xlsx', { unzip: zlibParts })).toEqual(await readXlsx(stored, 'plan.xlsx'));
  });

  test('a damaged deflate stream is a plain message, not a crash', async () => {
    const buf = Buffer.from(await workbook());
    const entries = zipEntries(buf)!;
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    buf.fill(0xff, sheet.dataStart + 10, sheet.dataStart + 40);
    await expect(readXlsx(buf, 'broken.xlsx', { unzip: zlibParts })).rejects.toThrow(/broken\.xlsx: not a valid \.xlsx workbook/);
  });
});
