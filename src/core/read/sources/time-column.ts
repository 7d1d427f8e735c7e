/**
 * A time column: "T7+8", "luty – marzec 2014", "Q3 2019". With several time columns (a week label and a date
 * range), the first that gives calendar months wins; a relative reading is kept when nothing else reads.
 */
import { isPlaceholder } from '../content';
import type { TimeReading, TimeSource } from './types';
import { EMPTY_RESULT } from './types';

/** Excel's error values as they show in a cell. */
export const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export const timeColumn: TimeSource = {
  name: 'time',
  read(row) {
    let fallback: TimeReading | undefined;
    for (const c of row.cols.time) {
      const raw = row.text(c);
      if (!raw || isPlaceholder(raw)) continue;
      if (EXCEL_ERROR.test(raw) && (row.cell(c).error || raw.startsWith('#'))) {
        fallback ??= { text: raw, result: { ...EMPTY_RESULT, input: raw, reason: 'excel-error' }, source: 'time' };
        continue;
      }
      const result = row.read(c);
      if (result.ok) return { text: raw, result, source: 'time' };
      if (!fallback || (result.relative.length > 0 && fallback.result.relative.length === 0)) fallback = { text: raw, result, source: 'time' };
    }
    return fallback;
  },
};
