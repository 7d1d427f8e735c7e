import ExcelJS from 'exceljs';
import * as fs from 'fs';
import { parseCsv } from '../../src/core/io/csv';
import { CORPUS_CSV } from './corpus';

/**
 * The corpus as Excel holds it after a paste from Word: `offsetRows` prose rows above (so the first
 * header moves down), `offsetCols` blank columns on the left, and with `mergeGoals` every goal cell
 * merged down over a continuation row added under its activity row (as Word table cells of uneven
 * height paste), which leaves every plan row as it was.
 */
export async function corpusXlsx(file: string, opts: { mergeGoals?: boolean; offsetRows?: number; offsetCols?: number } = {}): Promise<void> {
  const rows = parseCsv(fs.readFileSync(CORPUS_CSV, 'utf8'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  const dc = opts.offsetCols ?? 0;
  let r = 1;
  for (let i = 0; i < (opts.offsetRows ?? 0); i++) ws.getCell(r++, 1 + dc).value = i === 0 ? 'Tài liệu tổng hợp kế hoạch mạng lưới' : null;
  for (const row of rows) {
    row.forEach((v, j) => v !== '' && (ws.getCell(r, j + 1 + dc).value = v));
    const isData = /^\d+\./.test(row[0] ?? '') && row.length > 2;
    if (opts.mergeGoals && isData) {
      ws.mergeCells(r, 1 + dc, r + 1, 1 + dc);
      r += 2;
    } else r += 1;
  }
  await wb.xlsx.writeFile(file);
}
