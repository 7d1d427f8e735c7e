import ExcelJS from 'exceljs';
import * as fs from 'fs';
import { parseCsv } from '../../src/core/csv';
import { CORPUS_CSV } from './corpus';

/**
 * The corpus as Excel would hold it after a paste: header moved down to row 3 (two prose rows
 * above), two blank columns on the left, and each plan's goal cells merged over the rows of that goal
 * (here: the Hải Dương and Thái Bình goals merged down over a duplicated row).
 */
export async function corpusXlsx(file: string, opts: { mergeGoals?: boolean; offsetRows?: number; offsetCols?: number } = {}): Promise<void> {
  const rows = parseCsv(fs.readFileSync(CORPUS_CSV, 'utf8'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  const dr = opts.offsetRows ?? 0;
  const dc = opts.offsetCols ?? 0;
  if (dr > 0) ws.getCell(1, 1 + dc).value = 'Tài liệu tổng hợp kế hoạch mạng lưới';
  rows.forEach((r, i) => r.forEach((v, j) => v !== '' && (ws.getCell(i + 1 + dr, j + 1 + dc).value = v)));
  if (opts.mergeGoals) {
    // Merge each goal cell with a blank cell below it, as Word tables with a spanning goal paste.
    // Blank the goal of the row below first so the merge keeps one value.
    for (let i = 0; i < rows.length - 1; i++) {
      const below = rows[i + 1];
      if (rows[i][0] && rows[i][1] && below && below[0] && below[1] && /^2\./.test(below[0]) === false && i % 7 === 3) {
        ws.getCell(i + 2 + dr, 1 + dc).value = null;
        ws.mergeCells(i + 1 + dr, 1 + dc, i + 2 + dr, 1 + dc);
      }
    }
  }
  await wb.xlsx.writeFile(file);
}
