/**
 * .docx to Grids, in Node and in the browser (JSZip and saxes, the libraries ExcelJS already brings). Each Word
 * table becomes a grid of its own, with its merged cells (gridSpan, vMerge) and the line breaks inside its cells;
 * the paragraphs become one grid of one column, a line each, with Word's automatic numbering written out
 * ("1.", "2)", "·"), since it is not in the paragraphs' text. The core reads the tables as tables and the
 * paragraphs as a plan written as a list.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { inspectZip, isTitleNote, textCell } from '../core';
import type { Grid, GridCell, Merge } from '../core';

export class DocxError extends Error {}

interface Level {
  format: string;
  text: string;
  start: number;
}

/** numbering.xml: for each numId, its levels' format ("decimal", "bullet") and text ("%1.", "%1)"). */
async function numbering(zip: JSZip): Promise<Map<string, Level[]>> {
  const xml = await zip.file('word/numbering.xml')?.async('string');
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, string>();
  if (!xml) return new Map();
  const p = new SaxesParser();
  let current: Level[] | undefined;
  let level: Level | undefined;
  let num: string | undefined;
  p.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    if (t.name === 'w:abstractNum') abstract.set(a['w:abstractNumId'], (current = []));
    else if (t.name === 'w:lvl' && current) current[+a['w:ilvl']] = level = { format: 'decimal', text: '%1.', start: 1 };
    else if (t.name === 'w:numFmt' && level) level.format = a['w:val'];
    else if (t.name === 'w:lvlText' && level) level.text = a['w:val'] ?? '';
    else if (t.name === 'w:start' && level) level.start = parseInt(a['w:val'], 10) || 1;
    else if (t.name === 'w:num') num = a['w:numId'];
    else if (t.name === 'w:abstractNumId' && num) nums.set(num, a['w:val']);
  });
  p.write(xml).close();
  return new Map([...nums].map(([n, abs]) => [n, abstract.get(abs) ?? []]));
}

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

function counterText(format: string, n: number): string {
  if (format === 'lowerLetter') return String.fromCharCode(96 + ((n - 1) % 26) + 1);
  if (format === 'upperLetter') return String.fromCharCode(64 + ((n - 1) % 26) + 1);
  if (format === 'lowerRoman') return ROMAN[n] ?? String(n);
  if (format === 'upperRoman') return (ROMAN[n] ?? String(n)).toUpperCase();
  return String(n);
}

/** The number Word shows before a list paragraph: its level's text with the counters filled in. */
class Numberer {
  private counters = new Map<string, number[]>();
  /** The numbers of the decimal items above, by level, over every list: "1." then its nested "1." is item 1.1. */
  private outline: number[] = [];
  constructor(private defs: Map<string, Level[]>) {}
  label(numId: string, ilvl: number): string {
    const levels = this.defs.get(numId);
    const lvl = levels?.[ilvl];
    if (!levels || !lvl || numId === '0') return '';
    if (lvl.format === 'bullet' || lvl.format === 'none') return lvl.format === 'bullet' ? '·' : '';
    const c = this.counters.get(numId) ?? [];
    c[ilvl] = (c[ilvl] ?? levels[ilvl].start - 1) + 1;
    c.length = ilvl + 1;
    this.counters.set(numId, c);
    const shown = lvl.text.replace(/%(\d)/g, (_, k: string) => counterText(levels[+k - 1]?.format ?? 'decimal', c[+k - 1] ?? levels[+k - 1]?.start ?? 1));
    if (lvl.format !== 'decimal') return shown;
    // A nested decimal level that shows its own number only, with a dot ("%2."), is written with the numbers
    // above it ("1.2."), so that the plan's goals and activities can be told apart in the text ("%2)" stays "1)").
    const own = !/%[1-9]/.test(lvl.text.replace(`%${ilvl + 1}`, ''));
    const above = this.outline.slice(0, ilvl);
    this.outline = [...above, c[ilvl]];
    return own && ilvl > 0 && above.length === ilvl && above.every((n) => n > 0) && /^%\d\.$/.test(lvl.text) ? `${[...above, c[ilvl]].join('.')}.` : shown;
  }
}

interface CellBuild {
  lines: string[];
  span: number;
  vMerge?: 'restart' | 'continue';
}

/** The body in order: paragraphs and tables. */
type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: CellBuild[][] };
interface Body {
  blocks: Block[];
}

/** document.xml read once: top-level paragraphs in order, and tables as rows of cells (nested tables flattened). */
function readBody(xml: string, numberer: Numberer): Body {
  const body: Body = { blocks: [] };
  const p = new SaxesParser();
  let depth = 0; // table nesting
  let rows: CellBuild[][] = [];
  let row: CellBuild[] | undefined;
  let cell: CellBuild | undefined;
  let para: string | undefined;
  let num: { id?: string; lvl: number } | undefined;
  let inText = false;
  p.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    if (t.name === 'w:tbl' && ++depth === 1) rows = [];
    else if (t.name === 'w:tr' && depth === 1) rows.push((row = []));
    else if (t.name === 'w:tc' && depth === 1) row?.push((cell = { lines: [], span: 1 }));
    else if (t.name === 'w:gridSpan' && cell && depth === 1) cell.span = parseInt(a['w:val'], 10) || 1;
    else if (t.name === 'w:vMerge' && cell && depth === 1) cell.vMerge = a['w:val'] === 'restart' ? 'restart' : 'continue';
    else if (t.name === 'w:p') {
      para = '';
      num = undefined;
    } else if (t.name === 'w:numPr') num = { lvl: 0 };
    else if (t.name === 'w:ilvl' && num) num.lvl = parseInt(a['w:val'], 10) || 0;
    else if (t.name === 'w:numId' && num) num.id = a['w:val'];
    else if (t.name === 'w:t') inText = true;
    else if ((t.name === 'w:br' || t.name === 'w:cr') && para !== undefined) para += '\n';
    else if (t.name === 'w:tab' && para !== undefined) para += '\t';
  });
  p.on('text', (x) => {
    if (inText && para !== undefined) para += x;
  });
  p.on('closetag', (t) => {
    if (t.name === 'w:t') inText = false;
    else if (t.name === 'w:p' && para !== undefined) {
      const label = num?.id ? numberer.label(num.id, num.lvl) : '';
      const text = label ? `${label} ${para}` : para;
      if (depth === 0) body.blocks.push({ kind: 'p', text });
      else cell?.lines.push(text);
      para = undefined;
    } else if (t.name === 'w:tc' && depth === 1) cell = undefined;
    else if (t.name === 'w:tbl' && --depth === 0) body.blocks.push({ kind: 'table', rows });
  });
  p.write(xml).close();
  return body;
}

/** A short paragraph with text: what may stand as a table's title. */
const isTitle = (b: { kind: string; text?: string } | undefined): b is { kind: 'p'; text: string } => b?.kind === 'p' && !!b.text?.trim() && b.text.length <= 200;

/**
 * Each table's title, by the table's block: the short paragraph just above it, or above the note in brackets that
 * sits between them ("KẾ HOẠCH NĂM 2025", then "(Kèm theo Quyết định số …)"), and where that paragraph is.
 */
function tableTitles(blocks: readonly { kind: string; text?: string }[]): Map<number, { text: string; at: number }> {
  const out = new Map<number, { text: string; at: number }>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const before = blocks[i - 1];
    if (!isTitle(before)) return;
    const note = isTitleNote(before.text);
    const above = blocks[i - 2];
    if (note && isTitle(above) && !isTitleNote(above.text)) out.set(i, { text: above.text.trim(), at: i - 2 });
    else out.set(i, { text: before.text.trim(), at: i - 1 });
  });
  return out;
}

/** A Word table as a grid: a cell spanning columns or rows becomes a merged area, its text in the first cell. */
function tableGrid(rows: CellBuild[][], sheet: string, title?: string): Grid {
  const cells: GridCell[][] = [];
  const merges: Merge[] = [];
  // The paragraph just above a table is its title, as it is in a sheet pasted from Word: a row merged across.
  const width = Math.max(1, ...rows.map((r) => r.reduce((w, c) => w + c.span, 0)));
  const shift = title ? 1 : 0;
  if (title) {
    cells.push([textCell(title), ...Array.from({ length: width - 1 }, () => textCell(''))]);
    if (width > 1) merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  }
  const open = new Map<number, Merge>(); // vertical merges by column
  rows.forEach((row, i) => {
    const r = i + shift;
    const out: GridCell[] = [];
    let c = 0;
    for (const cell of row) {
      const text = cell.lines.join('\n').trimEnd();
      if (cell.vMerge === 'continue' && open.has(c)) {
        open.get(c)!.bottom = r;
        for (let k = 0; k < cell.span; k++) out.push(textCell(''));
      } else {
        out.push(textCell(text));
        for (let k = 1; k < cell.span; k++) out.push(textCell(''));
        const m: Merge = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
        if (cell.span > 1) merges.push(m);
        if (cell.vMerge === 'restart') {
          if (cell.span === 1) merges.push(m);
          open.set(c, m);
        } else open.delete(c);
      }
      c += cell.span;
    }
    cells.push(out);
  });
  return { sheet, top: 0, left: 0, cells, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) };
}

/** The tables ("Table 1" …) and the text ("Text") of a .docx. A file that is not one says so plainly. */
export async function readDocx(bytes: Uint8Array, name: string): Promise<Grid[]> {
  const check = inspectZip(bytes);
  if (!check.ok) throw new DocxError(`${name}: not a valid .docx document: ${check.reason}`);
  let zip: JSZip;
  let xml: string | undefined;
  try {
    zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    throw new DocxError(`${name}: not a valid .docx document: its parts cannot be read`);
  }
  if (!xml) throw new DocxError(`${name}: not a valid .docx document: it has no word/document.xml`);
  let body: Body;
  try {
    body = readBody(xml, new Numberer(await numbering(zip)));
  } catch {
    throw new DocxError(`${name}: not a valid .docx document: its text cannot be read`);
  }
  const grids: Grid[] = [];
  const lines: string[] = [];
  const titles = tableTitles(body.blocks);
  const used = new Set([...titles.values()].map((t) => t.at));
  body.blocks.forEach((b, i) => {
    if (b.kind === 'p') {
      // A short paragraph just above a table is that table's title, not a line of text.
      if (!used.has(i)) lines.push(...b.text.split('\n'));
      return;
    }
    grids.push(tableGrid(b.rows, `Table ${grids.length + 1}`, titles.get(i)?.text));
  });
  const text = lines.map((l) => l.replace(/[ \t]+/g, ' ').trim());
  if (text.some(Boolean)) grids.push({ sheet: 'Text', top: 0, left: 0, cells: text.map((l) => [textCell(l)]), merges: [] });
  return grids;
}
