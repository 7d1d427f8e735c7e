/**
 * The active sheet through a workbook port, analysed. One read; and, only when a plan has period columns
 * and the host's grid carries no fills, one more read for the fills of those columns (shading is a mark).
 */
import { analyzeGrids } from './analyze';
import type { Analysis } from './analyze';
import { parseRangeA1, rangeA1 } from './model/address';
import type { Grid } from './model/grid';
import type { ReadProgress, WorkbookPort } from './model/port';
import type { ReadOptions } from './model/plan';
import type { RuleConfig } from './model/config';

/** A1 ranges of the period columns' bodies, for plans whose cells carry no fill at all. */
export function fillRangesNeeded(grid: Grid, analysis: Analysis): string[] {
  if (grid.cells.some((row) => row.some((c) => c.fill))) return [];
  const ranges: string[] = [];
  for (const p of analysis.plans) {
    const periods = p.columns.filter((c) => c.role === 'period');
    const body = p.rows.filter((r) => !r.blank);
    if (periods.length === 0 || body.length === 0) continue;
    const first = body[0].row - 1;
    const last = body[body.length - 1].row - 1;
    ranges.push(rangeA1(first, periods[0].index, last, periods[periods.length - 1].index));
  }
  return ranges;
}

/** The grid with the fills a host read for it. */
export function withFills(grid: Grid, fills: Record<string, string>): Grid {
  const cells = grid.cells.map((row) => row.slice());
  for (const [address, fill] of Object.entries(fills)) {
    const { top, left } = parseRangeA1(address);
    const r = top - grid.top;
    const c = left - grid.left;
    if (r < 0 || c < 0 || r >= cells.length) continue;
    while (cells[r].length <= c) cells[r].push({ value: null, text: '', format: 'General' });
    cells[r][c] = { ...cells[r][c], fill };
  }
  return { ...grid, cells };
}

/** A sheet through a workbook port, analysed: the named sheet, or the active one. */
export async function analyzeSheet(
  port: Pick<WorkbookPort, 'readActiveSheet' | 'readSheet' | 'readFills'>,
  config?: RuleConfig,
  progress?: ReadProgress,
  extra?: ReadOptions,
  sheet?: string,
): Promise<{ grid: Grid; analysis: Analysis }> {
  let grid = sheet ? await port.readSheet(sheet, progress) : await port.readActiveSheet(progress);
  let analysis = analyzeGrids([grid], config, extra);
  const ranges = port.readFills ? fillRangesNeeded(grid, analysis) : [];
  if (ranges.length > 0 && port.readFills) {
    const fills = await port.readFills(grid.sheet, ranges);
    if (Object.keys(fills).length > 0) {
      grid = withFills(grid, fills);
      analysis = analyzeGrids([grid], config, extra);
    }
  }
  return { grid, analysis };
}
