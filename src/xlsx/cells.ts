/** Cells as Excel shows them: the displayed text through the number format (SSF), and fills as #RRGGBB. */
import * as SSF from 'ssf';
import type { Palette } from './theme';
import { themeColor } from './theme';

/**
 * SSF 0.11 reads a dot in a date format as the start of a fraction of a second and refuses the format: "dd.mm.yyyy",
 * the short date of Polish, German, Russian and Ukrainian sheets, would show its serial number. A dot that is not
 * quoted and not before a 0 ("ss.000") is written as the literal it is.
 */
function literalDots(format: string): string {
  if (!format.includes('.') || !/[dmy]/i.test(format)) return format;
  let out = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && !quoted) {
      out += c + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    out += !quoted && c === '.' && format[i + 1] !== '0' ? '\\.' : c;
  }
  return out;
}

export function display(value: number, format: string): string {
  if (!format || format === 'General') return String(Math.round(value * 1e10) / 1e10);
  try {
    return SSF.format(literalDots(format), value);
  } catch {
    return String(value);
  }
}

export interface Color {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** A fill as ExcelJS and styles.xml give it. */
export interface Fill {
  type: string;
  pattern?: string;
  fgColor?: Color;
  bgColor?: Color;
}

/** The legacy palette of indexed colours (the common ones). */
const INDEXED: Record<number, string> = { 8: '000000', 9: 'FFFFFF', 10: 'FF0000', 11: '00FF00', 12: '0000FF', 13: 'FFFF00', 14: 'FF00FF', 15: '00FFFF', 22: 'C0C0C0', 23: '808080', 43: 'FFFF99', 44: '99CCFF', 45: 'FF99CC', 46: 'CC99FF', 47: 'FFCC99', 50: '99CC00', 51: 'FFCC00', 52: 'FF9900', 53: 'FF6600' };

/** A fill as #RRGGBB (theme colours resolved), or nothing for no fill and for white. */
export function fillHex(f: Fill | undefined, palette: Palette): string | undefined {
  if (!f || f.type !== 'pattern' || !f.pattern || f.pattern === 'none') return undefined;
  const c = f.fgColor ?? f.bgColor;
  let rgb: string | undefined;
  if (c?.argb && c.argb.length >= 6) rgb = c.argb.slice(-6).toUpperCase();
  else if (c && typeof c.theme === 'number') rgb = themeColor(palette, c.theme, c.tint);
  else if (c && typeof c.indexed === 'number' && c.indexed !== 64) rgb = INDEXED[c.indexed];
  if (!rgb || rgb === 'FFFFFF') return undefined;
  return `#${rgb}`;
}

/** Excel's built-in number formats by id, as ExcelJS names them (a workbook refers to these without writing them). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
