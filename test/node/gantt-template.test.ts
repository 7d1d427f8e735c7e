/**
 * The shape of a Gantt chart template: a title block ("Project start:", "Display week:"), week dates merged over
 * their days, the days and their weekday letters, then the header row, with phases standing between their tasks.
 */
import ExcelJS from 'exceljs';
import { analyzeGrids } from '../../src/core';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import { zlibParts } from '../../src/node/zlib-parts';

const DAY = 86400000;

async function template(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Project schedule');
  ws.getCell('B1').value = 'School Library Project';
  ws.getCell('B2').value = 'Parents Association';
  ws.getCell('B3').value = 'Project lead: Jo Banks';
  ws.getCell('B4').value = 'Project start:';
  const start = Date.UTC(2025, 8, 1);
  ws.getCell('C4').value = new Date(start);
  ws.getCell('C4').numFmt = 'd mmm yyyy';
  ws.getCell('B5').value = 'Display week:';
  ws.getCell('C5').value = 1;
  for (let w = 0; w < 3; w++) {
    const c = 8 + w * 7;
    ws.getCell(6, c).value = new Date(start + w * 7 * DAY);
    ws.getCell(6, c).numFmt = 'mmm d, yyyy';
    ws.mergeCells(6, c, 6, c + 6);
    for (let d = 0; d < 7; d++) {
      ws.getCell(7, c + d).value = new Date(start + (w * 7 + d) * DAY);
      ws.getCell(7, c + d).numFmt = 'd';
      ws.getCell(8, c + d).value = 'MTWTFSS'[d];
    }
  }
  ['TASK', 'ASSIGNED TO', 'PROGRESS', 'START', 'END'].forEach((h, i) => (ws.getCell(8, 2 + i).value = h));
  const tasks: [string, string, number, number][] = [['Phase 1: Planning', '', -1, -1], ['Sort the donated books', 'Jo', 0, 4], ['Paint the shelves', 'Caretaker', 3, 9], ['Phase 2: Opening', '', -1, -1], ['Opening day', 'Head teacher', 18, 18]];
  tasks.forEach(([t, who, a, b], k) => {
    const r = 9 + k;
    ws.getCell(r, 2).value = t;
    if (a < 0) return;
    ws.getCell(r, 3).value = who;
    ws.getCell(r, 4).value = 0;
    ws.getCell(r, 5).value = new Date(start + a * DAY);
    ws.getCell(r, 6).value = new Date(start + b * DAY);
    ws.getCell(r, 5).numFmt = 'm/d/yy';
    ws.getCell(r, 6).numFmt = 'm/d/yy';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the header is the row that names the columns, the lines above it are no header, the phases are the goals', async () => {
  const grids = await readXlsx(new Uint8Array(await template()), 'gantt.xlsx', { unzip: zlibParts });
  const [plan] = analyzeGrids(grids).plans;
  expect(plan.title).toBe('School Library Project');
  expect(plan.columns.slice(0, 5).map((c) => [c.header, c.role])).toEqual([['TASK', 'activity'], ['ASSIGNED TO', 'owner'], ['PROGRESS', 'extra'], ['START', 'start'], ['END', 'end']]);
  expect(plan.rows.map((r) => [r.goal, r.activity, r.owners, r.timeResult.spans])).toEqual([
    ['Phase 1: Planning', 'Sort the donated books', ['Jo'], [{ start: '2025-09', end: '2025-09' }]],
    ['Phase 1: Planning', 'Paint the shelves', ['Caretaker'], [{ start: '2025-09', end: '2025-09' }]],
    ['Phase 2: Opening', 'Opening day', ['Head teacher'], [{ start: '2025-09', end: '2025-09' }]],
  ]);
});
