/**
 * New sheets written into a workbook's own parts, as XML, without loading the workbook: the sheet's XML a chunk
 * at a time, its styles appended to the workbook's styles.xml, and the sheet registered in workbook.xml, its
 * relationships and [Content_Types].xml. Every other part of the workbook is left byte for byte as it was.
 * Text is always written as text (inline strings: never a formula), and characters XML cannot hold are dropped.
 *
 * Each step returns undefined when a part is not as a workbook writes it, and the caller falls back to ExcelJS.
 */
import type { CellSpec, SheetSpec, StyleSpec } from '../core';
import { columnLetter, specWidth } from '../core';
import { BUILTIN_FORMATS } from './cells';
import { decodeEntities } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_REL = `${REL_NS}/worksheet`;
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * A cell's style by what it is, not by its name: its StyleSpec as JSON and its number format (two sheets may give
 * one name to two styles). namedStyles gives each name's JSON once per sheet.
 */
export const styleKey = (style: string | undefined, nf: string | undefined): string => `${style ?? ''}\u0000${nf ?? ''}`;

function namedStyles(spec: SheetSpec): Map<string, string> {
  return new Map(Object.entries(spec.styles).map(([name, st]) => [name, JSON.stringify(st)]));
}

/**
 * A cell's style key (its style's content and number format), worked out once per style name and format, not once
 * per cell: a schedule of 100k rows has a few dozen of them.
 */
function styleKeys(spec: SheetSpec): (s: string | undefined, nf: string | undefined) => string {
  const named = namedStyles(spec);
  const keys = new Map<string, Map<string, string>>();
  return (s, nf) => {
    let byFormat = keys.get(s ?? '');
    if (!byFormat) keys.set(s ?? '', (byFormat = new Map()));
    let key = byFormat.get(nf ?? '');
    if (key === undefined) byFormat.set(nf ?? '', (key = styleKey(s ? named.get(s) : undefined, nf)));
    return key;
  };
}

/** The section of styles.xml named tag ("fonts"): where its children end and how many there are. */
function section(xml: string, tag: string, child: string): { insertAt: number; count: number; open: [number, number]; body: string } | undefined {
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(xml);
  if (!open) return undefined;
  const close = xml.indexOf(`</${tag}>`, open.index);
  if (close < 0) return undefined;
  const body = xml.slice(open.index + open[0].length, close);
  const count = (body.match(new RegExp(`<${child}[\\s>/]`, 'g')) ?? []).length;
  return { insertAt: close, count, open: [open.index, open.index + open[0].length], body };
}

/** The workbook's default font (its first): new fonts are it, made bold, italic, larger or coloured. */
interface BaseFont {
  size: string;
  name: string;
  rest: string;
}

function baseFont(fontsBody: string): BaseFont {
  const first = /<font[\s>][\s\S]*?<\/font>/.exec(fontsBody)?.[0] ?? '';
  const val = (tag: string) => new RegExp(`<${tag}\\s+val="([^"]*)"`).exec(first)?.[1];
  const family = val('family');
  const scheme = val('scheme');
  return { size: val('sz') ?? '11', name: val('name') ?? 'Calibri', rest: `${family ? `<family val="${family}"/>` : ''}${scheme ? `<scheme val="${scheme}"/>` : ''}` };
}

function font(st: StyleSpec, base: BaseFont): string {
  const color = st.color ? `<color rgb="FF${st.color.slice(1)}"/>` : '';
  return `<font>${st.bold ? '<b/>' : ''}${st.italic ? '<i/>' : ''}<sz val="${st.size ?? base.size}"/>${color}<name val="${base.name}"/>${base.rest}</font>`;
}

const fill = (hex: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.slice(1)}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN = '<color rgb="FFA6A6A6"/>';
const BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

function alignment(st: StyleSpec): string {
  if (!st.wrap && !st.align && !st.valign) return '';
  const h = st.align ? ` horizontal="${st.align}"` : '';
  const v = st.valign ? ` vertical="${st.valign === 'middle' ? 'center' : 'top'}"` : '';
  return `<alignment${h}${v}${st.wrap ? ' wrapText="1"' : ''}/>`;
}

interface Added {
  fonts: string[];
  fills: string[];
  borders: string[];
  xfs: string[];
  numFmts: string[];
}

/** The number format's id: a built-in one, one the workbook has, or a new one. */
function numFmtId(nf: string | undefined, known: Map<string, number>, added: Added, next: { id: number }): number {
  if (!nf) return 0;
  const have = known.get(nf);
  if (have !== undefined) return have;
  const id = next.id++;
  known.set(nf, id);
  added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${xmlAttr(nf)}"/>`);
  return id;
}

/** The workbook's number formats by code, built-in ones included, and the next free custom id. */
function knownFormats(xml: string): { known: Map<string, number>; next: { id: number } } {
  const known = new Map<string, number>(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));
  let max = 163;
  for (const m of xml.matchAll(/<numFmt\s+numFmtId="(\d+)"\s+formatCode="([^"]*)"/g)) {
    max = Math.max(max, Number(m[1]));
    known.set(decodeEntities(m[2]), Number(m[1]));
  }
  return { known, next: { id: max + 1 } };
}

/** Insert the added children of each section and set its count. */
function insertAll(xml: string, added: Added): string | undefined {
  let out = xml;
  if (added.numFmts.length && !/<numFmts[\s>]/.test(out)) {
    const at = out.search(/<fonts[\s>]/);
    if (at < 0) return undefined;
    out = `${out.slice(0, at)}<numFmts count="0"></numFmts>${out.slice(at)}`;
  }
  for (const [tag, child, list] of [['numFmts', 'numFmt', added.numFmts], ['fonts', 'font', added.fonts], ['fills', 'fill', added.fills], ['borders', 'border', added.borders], ['cellXfs', 'xf', added.xfs]] as const) {
    if (list.length === 0) continue;
    const s = section(out, tag, child);
    if (!s) return undefined;
    const openTag = out.slice(s.open[0], s.open[1]);
    const counted = /\scount="\d*"/.test(openTag) ? openTag.replace(/\scount="\d*"/, ` count="${s.count + list.length}"`) : openTag.replace(/>$/, ` count="${s.count + list.length}">`);
    out = out.slice(0, s.open[0]) + counted + out.slice(s.open[1], s.insertAt + 0) + list.join('') + out.slice(s.insertAt);
  }
  return out;
}

/**
 * styles.xml with the styles the sheets use appended, and each style's index (cellXfs) by styleKey. Nothing of
 * the workbook's own styles changes: its cells keep their indices.
 */
export function stylesWith(xml: string, specs: SheetSpec[]): { xml: string; index: Map<string, number> } | undefined {
  if (!xml.includes(MAIN_NS)) return undefined;
  const [fonts, fills, borders, xfs] = [section(xml, 'fonts', 'font'), section(xml, 'fills', 'fill'), section(xml, 'borders', 'border'), section(xml, 'cellXfs', 'xf')];
  if (!fonts || !fills || !borders || !xfs || fonts.count === 0 || fills.count < 2 || borders.count === 0 || xfs.count === 0) return undefined;
  const counts: Counts = { fonts: fonts.count, fills: fills.count, borders: borders.count, xfs: xfs.count, base: baseFont(fonts.body) };
  const { known, next } = knownFormats(xml);
  const added: Added = { fonts: [], fills: [], borders: [], xfs: [], numFmts: [] };
  const index = new Map<string, number>();
  const ids = { font: new Map<string, number>(), fill: new Map<string, number>(), border: -1 };
  for (const spec of specs) {
    const keyOf = styleKeys(spec);
    for (const row of spec.rows)
      for (const cell of row) {
        if (!cell || (!cell.s && !cell.nf)) continue;
        const key = keyOf(cell.s, cell.nf);
        if (index.has(key)) continue;
        const st: StyleSpec = (cell.s && spec.styles[cell.s]) || {};
        index.set(key, counts.xfs + added.xfs.length);
        added.xfs.push(xf(st, numFmtId(cell.nf, known, added, next), counts, added, ids));
      }
  }
  const out = insertAll(xml, added);
  return out === undefined ? undefined : { xml: out, index };
}

type Counts = { fonts: number; fills: number; borders: number; xfs: number; base: BaseFont };

function xf(st: StyleSpec, fmt: number, counts: Counts, added: Added, ids: { font: Map<string, number>; fill: Map<string, number>; border: number }): string {
  let fontId = 0;
  if (st.bold || st.italic || st.color || st.size) {
    const f = font(st, counts.base);
    fontId = ids.font.get(f) ?? counts.fonts + added.fonts.push(f) - 1;
    ids.font.set(f, fontId);
  }
  let fillId = 0;
  if (st.fill) {
    fillId = ids.fill.get(st.fill) ?? counts.fills + added.fills.push(fill(st.fill)) - 1;
    ids.fill.set(st.fill, fillId);
  }
  let borderId = 0;
  if (st.border) {
    if (ids.border < 0) ids.border = counts.borders + added.borders.push(BORDER) - 1;
    borderId = ids.border;
  }
  const align = alignment(st);
  const applies = `${fmt ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
  const head = `<xf numFmtId="${fmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
  return align ? `${head}>${align}</xf>` : `${head}/>`;
}

function cellXml(ref: string, c: CellSpec, style: number | undefined): string {
  const s = style ? ` s="${style}"` : '';
  // An empty text is a blank cell (with its style), not a string of no characters.
  if (c.v === null || c.v === undefined || c.v === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof c.v === 'number') return Number.isFinite(c.v) ? `<c r="${ref}"${s}><v>${c.v}</v></c>` : '';
  if (typeof c.v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${c.v ? 1 : 0}</v></c>`;
  const text = xmlText(c.v);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function sheetHead(spec: SheetSpec, width: number): string {
  const height = spec.rows.length;
  const dim = height && width ? `A1:${columnLetter(width - 1)}${height}` : 'A1';
  const fitToPage = spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  let view = '<sheetView workbookViewId="0"/>';
  const f = spec.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''}`;
    view = `<sheetView workbookViewId="0"><pane${split} topLeftCell="${columnLetter(f.cols)}${f.rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
  }
  const cols = spec.columnWidths.length ? `<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${fitToPage}<dimension ref="${dim}"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
}

function sheetTail(spec: SheetSpec): string {
  const merges = spec.merges.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}"/>`).join('')}</mergeCells>` : '';
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const p = spec.print;
  const setup = p ? `<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>` : '';
  return `</sheetData>${merges}${margins}${setup}</worksheet>`;
}

/** The cells a merge covers besides its first: each takes the first cell's style, as Excel draws their borders. */
function mergedTails(spec: SheetSpec, width: number): Map<number, CellSpec> {
  const tails = new Map<number, CellSpec>();
  for (const m of spec.merges) {
    const first = spec.rows[m.top]?.[m.left];
    if (!first || (!first.s && !first.nf)) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && !spec.rows[r]?.[c]) tails.set(r * width + c, { v: null, s: first.s, nf: first.nf });
  }
  return tails;
}

/** The sheet's XML, about 64 KB at a time. */
export function* sheetXml(spec: SheetSpec, index: Map<string, number>): Generator<string> {
  const width = Math.max(specWidth(spec), ...spec.merges.map((m) => m.right + 1));
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const tails = mergedTails(spec, width);
  const keyOf = styleKeys(spec);
  let chunk = sheetHead(spec, width);
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    let cells = '';
    const end = tails.size ? width : row.length;
    for (let c = 0; c < end; c++) {
      const cell = row[c] ?? tails.get(r * width + c);
      if (cell) cells += cellXml(`${letters[c]}${r + 1}`, cell, cell.s || cell.nf ? index.get(keyOf(cell.s, cell.nf)) : undefined);
    }
    if (cells) chunk += `<row r="${r + 1}">${cells}</row>`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + sheetTail(spec);
}

/** A workbook's sheet list (names, for new names that differ) and how to add sheets to it. */
export function workbookSheetNames(workbookXml: string): string[] | undefined {
  if (!/<\/(?:\w+:)?sheets>/.test(workbookXml)) return undefined;
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*?name="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
}

export interface NewSheet {
  name: string;
  /** The part's path in the zip ("xl/worksheets/sheet3.xml"). */
  path: string;
}

/** workbook.xml, its relationships and [Content_Types].xml with the new sheets in them. */
export function registerSheets(parts: { workbook: string; rels: string; types: string }, sheets: NewSheet[]): { workbook: string; rels: string; types: string } | undefined {
  const close = /<\/((?:\w+:)?)sheets>/.exec(parts.workbook);
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(parts.workbook)?.[1];
  if (!close || !relPrefix || !parts.rels.includes('</Relationships>') || !parts.types.includes('</Types>')) return undefined;
  const ids = new Set([...parts.rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let maxSheetId = 0;
  for (const m of parts.workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*?sheetId="(\d+)"/g)) maxSheetId = Math.max(maxSheetId, Number(m[1]));
  let n = 1;
  const entries = sheets.map((s, i) => {
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    ids.add(id);
    return { ...s, id, sheetId: maxSheetId + i + 1 };
  });
  const p = close[1];
  const sheetTags = entries.map((e) => `<${p}sheet name="${xmlAttr(e.name)}" sheetId="${e.sheetId}" ${relPrefix}:id="${e.id}"/>`).join('');
  return {
    workbook: parts.workbook.slice(0, close.index) + sheetTags + parts.workbook.slice(close.index),
    rels: parts.rels.replace('</Relationships>', `${entries.map((e) => `<Relationship Id="${e.id}" Type="${WORKSHEET_REL}" Target="${e.path.startsWith('xl/') ? e.path.slice(3) : `/${e.path}`}"/>`).join('')}</Relationships>`),
    types: parts.types.replace('</Types>', `${entries.map((e) => `<Override PartName="/${e.path}" ContentType="${WORKSHEET_TYPE}"/>`).join('')}</Types>`),
  };
}
