/** Numbering ("1.", "1.1", "I.", "a)") at the start of a cell, and cells that hold several items. */
import { cellLines, stripMarker } from '../util/text';

const ID_RE = /^\s*((?:\d{1,3}\.)+\d{1,3}\.?|\d{1,3}[.)]|[IVXL]{1,5}[.)]|[a-zA-Z][.)](?=\s)|\(\s*[a-zA-Z0-9]{1,4}\s*\))\s*/;

export interface Numbered {
  id: string;
  text: string;
}

/** Split "1.1 Thống kê …" into id "1.1" and its text. Text without numbering has id "". */
export function splitId(text: string): Numbered {
  const t = text.trim();
  const m = ID_RE.exec(t);
  if (!m || m[0].trim() === t) return { id: '', text: t };
  const id = m[1].replace(/[()\s]/g, '').replace(/[.)]$/, '');
  return { id, text: t.slice(m[0].length).trim() };
}

export function startsWithMarker(line: string): boolean {
  return stripMarker(line) !== line ? true : splitId(line).id !== '';
}

/** A bullet mark ("-", "•", "+") and not a number: the line is a part of something, not an item of its own. */
const isBulleted = (line: string) => stripMarker(line) !== line && splitId(line).id === '';

/**
 * A line of its own over bulleted lines ("Tập huấn:\n- kỹ năng mềm\n- kỹ năng lãnh đạo"): one activity and its
 * parts, written on one line ("Tập huấn: kỹ năng mềm; kỹ năng lãnh đạo").
 */
function introOverBullets(lines: string[]): Numbered | undefined {
  if (startsWithMarker(lines[0]) || !lines.slice(1).every(isBulleted)) return undefined;
  const intro = lines[0].replace(/(?<![\s:：])\s*[:：]\s*$/, '');
  return splitId(`${intro}: ${lines.slice(1).map((l) => stripMarker(l).trim()).join('; ')}`);
}

/**
 * The items of a cell that lists several numbered or bulleted things, one per line. Lines that do
 * not start with a marker continue the item above. One item (or none) means the cell is not a list; nor does a
 * line of its own over bulleted lines, which are its parts.
 */
export function cellItems(text: string): { items: Numbered[]; multi: boolean } {
  if (!text.includes('\n')) {
    const t = text.trim();
    return { items: t ? [splitId(stripMarker(t))] : [], multi: false };
  }
  const lines = cellLines(text);
  if (lines.length < 2) return { items: lines.length ? [splitId(stripMarker(lines[0]))] : [], multi: false };
  const marked = lines.filter(startsWithMarker).length;
  if (marked < 2) return { items: [splitId(stripMarker(lines.join(' ')))], multi: false };
  const whole = introOverBullets(lines);
  if (whole) return { items: [whole], multi: false };
  const items: Numbered[] = [];
  for (const line of lines) {
    if (startsWithMarker(line) || items.length === 0) items.push(splitId(stripMarker(line)));
    else items[items.length - 1].text += ` ${line}`;
  }
  return { items, multi: items.length > 1 };
}

/** The depth-1 parent of an id: "2.1" → "2". */
export function parentId(id: string): string | undefined {
  const i = id.indexOf('.');
  return i > 0 ? id.slice(0, i) : undefined;
}

/** The parts of a cell, one per listed thing: its numbered or bulleted items when it has them, else its lines. */
export function cellParts(text: string): string[] {
  const items = cellItems(text);
  if (items.multi) return items.items.map((i) => (i.id ? `${i.id} ${i.text}` : i.text));
  return cellLines(text).map(stripMarker);
}
