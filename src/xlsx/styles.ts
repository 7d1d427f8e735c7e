/** styles.xml and sharedStrings.xml: a cell's number format and fill by its style index, its text by index. */
import type { Budget } from './limits';
import type { Color, Fill } from './cells';
import { BUILTIN_FORMATS } from './cells';
import { streamPart } from './parts';
import type { ZipParts } from './parts';
import { detached } from './xml';

export interface Style {
  format: string;
  fill?: Fill;
}

function color(a: Record<string, string>): Color {
  const c: Color = {};
  if (a.rgb) c.argb = a.rgb;
  if (a.theme !== undefined) c.theme = Number(a.theme);
  if (a.tint !== undefined) c.tint = Number(a.tint);
  if (a.indexed !== undefined) c.indexed = Number(a.indexed);
  return c;
}

/** The styles by cellXfs index. */
export async function readStyles(zip: ZipParts, path: string | undefined, budget: Budget): Promise<Style[]> {
  const formats = new Map<number, string>();
  const fills: (Fill | undefined)[] = [];
  const xfs: { numFmtId: number; fillId: number }[] = [];
  let section = '';
  let fill: Fill | undefined;
  if (!path) return [];
  await streamPart(zip, path, budget, {
    open: (t) => {
      const a = t.attributes as Record<string, string>;
      if (t.name === 'fills' || t.name === 'cellXfs' || t.name === 'cellStyleXfs' || t.name === 'dxfs') section = t.name;
      // Backslash escapes dropped, as ExcelJS does (SSF shows the same text either way; the core sees one spelling).
      else if (t.name === 'numFmt') formats.set(Number(a.numFmtId), (a.formatCode ?? '').replace(/\\(.)/g, '$1'));
      else if (section === 'fills' && t.name === 'fill') fills.push((fill = undefined));
      else if (section === 'fills' && t.name === 'patternFill') fills[fills.length - 1] = fill = { type: 'pattern', pattern: a.patternType ?? 'none' };
      else if (section === 'fills' && fill && t.name === 'fgColor') fill.fgColor = color(a);
      else if (section === 'fills' && fill && t.name === 'bgColor') fill.bgColor = color(a);
      else if (section === 'cellXfs' && t.name === 'xf') xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fillId: Number(a.fillId ?? 0) });
    },
    close: (name) => {
      if (name === section) section = '';
    },
  });
  return xfs.map((x) => {
    const format = formats.get(x.numFmtId) ?? BUILTIN_FORMATS[x.numFmtId] ?? 'General';
    const f = fills[x.fillId];
    return f && f.pattern !== 'none' ? { format, fill: f } : { format };
  });
}

/** The shared strings, rich text runs joined, phonetic runs left out. */
export async function readStrings(zip: ZipParts, path: string | undefined, budget: Budget): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  let parts: string[] = [];
  let inText = false;
  let phonetic = 0;
  await streamPart(zip, path, budget, {
    open: (t) => {
      if (t.name === 'si') parts = [];
      else if (t.name === 't') inText = phonetic === 0;
      else if (t.name === 'rPh') phonetic++;
    },
    text: (x) => {
      if (inText) parts.push(x);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        const s = unescapeXlsx(parts.length === 1 ? parts[0] : parts.join(''));
        budget.addChars(s.length);
        strings.push(detached(s));
      }
    },
  });
  return strings;
}

/** Excel writes characters XML cannot hold as _xHHHH_ (a carriage return as _x000D_). */
export function unescapeXlsx(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
