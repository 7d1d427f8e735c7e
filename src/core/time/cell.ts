/** Read a time cell of a grid: its text, or for an Excel date, the date the user meant. */
import type { GridCell } from '../model/grid';
import { timeTextOfCell } from './excel-date';
import { parseTime } from './parse';
import { ym } from './spans';
import type { TimeContext, TimeResult } from './types';

export function parseTimeCell(cell: GridCell, ctx: TimeContext): TimeResult {
  const read = timeTextOfCell(cell, ctx.slashOrder);
  if (read.date) {
    const s = ym(read.date.y, read.date.m);
    const spans = [{ start: s, end: s }];
    return {
      input: read.text,
      ok: true,
      spans,
      precision: read.date.dayShown ? 'day' : 'month',
      warnings: read.warning ? [read.warning] : [],
      lines: [{ text: read.text, spans }],
      relative: [],
      explicitYears: [read.date.y],
    };
  }
  const result = parseTime(read.text, ctx);
  if (read.warning) result.warnings.unshift(read.warning);
  return { ...result, input: read.text };
}
