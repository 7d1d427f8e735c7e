/**
 * The lines of a plan written as a list, each given its kind: a task (the goal), its period, a stage or section
 * line, a numbered item (an activity), a bullet (a sub-activity), or plain text (a heading or a wrapped line).
 * The words come from the language packs; the shapes ("ZADANIE 2.", "1.", "1)", "·") are the same everywhere.
 */
import { PACKS } from '../../lang';
import { foldKey } from '../../util/text';

export interface ListLine {
  /** The text as written, whitespace squeezed. */
  text: string;
  /** 1-based row (or line number) it came from. */
  row: number;
}

export type LineKind =
  | { kind: 'goal'; id: string; text: string }
  | { kind: 'period'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'item'; n: number; marker: '.' | ')' | 'letter'; text: string }
  /** An item numbered under its goal's number: "1.2.", "2.1)", "Activity 1.2", "Hoạt động 2.3:". */
  | { kind: 'deep'; path: number[]; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'text'; text: string };

let words: { goal: string[]; period: string[]; section: string[]; item: string[] } | undefined;

/** Every pack's list words, folded, longest first (so that "okres realizacji" wins over "okres"). */
function listWords() {
  if (!words) {
    const all = { goal: new Set<string>(), period: new Set<string>(), section: new Set<string>(), item: new Set<string>() };
    for (const p of PACKS) for (const k of ['goal', 'period', 'section', 'item'] as const) for (const w of p.list?.[k] ?? []) all[k].add(foldKey(w));
    const sorted = (s: Set<string>) => [...s].sort((a, b) => b.length - a.length);
    words = { goal: sorted(all.goal), period: sorted(all.period), section: sorted(all.section), item: sorted(all.item) };
  }
  return words;
}

/** The word list entry the folded text starts with, as a whole word. */
function startsWithWord(folded: string, list: string[]): string | undefined {
  return list.find((w) => folded === w || folded.startsWith(`${w} `));
}

/** "1.", "2)" before an activity; not "2.5 million" (a decimal). */
const NUMBERED = /^(\d{1,2})\s*([.)])(?!\d)\s*(?=\S)(.*)$/;
/** "1.2.", "1.2)", "1.2 ", "2.1.3." : a number path of two or three levels. */
const DEEP = /^(\d{1,2}(?:\.\d{1,2}){1,2})(?:([.)])\s*|\s+)(?=\S)(.*)$/;
/** After an activity word: "Activity 1.2", "Hoạt động 3:", "Działanie 2.1 –". */
const AFTER_WORD = /^(\d{1,2}(?:\.\d{1,2}){0,2})(?!\d)\s*[.):–-]?\s*(?=\S)(.*)$/;
const LETTERED = /^([a-z])\)\s*(.*)$/;
const BULLET = /^[·•▪◦‣∙●○■□*–—-]\s*(.*)$/;
const GOAL_ID = /^((?:\d{1,2})|[IVXL]{1,5})\s*[.):–-]?\s*(.*)$/i;
const GOAL_PATH = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s*[):–-]?\s*(?=\S)(.*)$/;

export function lineKind(line: string): LineKind {
  const text = line.trim();
  const folded = foldKey(text);
  const w = listWords();
  const goal = startsWithWord(folded, w.goal);
  if (goal) {
    const rest = text.slice(text.split(/\s+/, goal.split(' ').length).join(' ').length).trim();
    // "Zadanie 1.1. …" under "Cel 1.": a goal word before a number path names an activity of that goal.
    const path = GOAL_PATH.exec(rest);
    if (path) return { kind: 'deep', path: path[1].split('.').map(Number), text: path[2].trim() };
    const m = GOAL_ID.exec(rest);
    if (m && m[1]) return { kind: 'goal', id: m[1].toUpperCase(), text: m[2].trim() };
  }
  const period = startsWithWord(folded, w.period);
  if (period && /[:：]/.test(text.slice(0, period.length + 3))) return { kind: 'period', text: text.slice(text.indexOf(':') + 1).trim() };
  if (startsWithWord(folded, w.section)) return { kind: 'section', text };
  const numbered = numberedItem(text, folded, w.item);
  if (numbered) return numbered;
  const n = NUMBERED.exec(text);
  if (n) return { kind: 'item', n: parseInt(n[1], 10), marker: n[2] as '.' | ')', text: n[3].trim() };
  const l = LETTERED.exec(text);
  if (l) return { kind: 'item', n: l[1].charCodeAt(0) - 96, marker: 'letter', text: l[2].trim() };
  const b = BULLET.exec(text);
  if (b) return { kind: 'bullet', text: b[1].trim() };
  return { kind: 'text', text };
}

/** An item numbered by a path ("1.2. …") or after an activity word ("Activity 1.2 …"). */
function numberedItem(text: string, folded: string, itemWords: string[]): LineKind | undefined {
  const deep = DEEP.exec(text);
  // "1.5 tháng" or "2.5 mln" is an amount, not a number path: without a dot or bracket after the path, the text
  // must start with a capital.
  if (deep && (deep[2] ? /^\p{L}/u : /^[\p{Lu}\p{Lo}]/u).test(deep[3])) return { kind: 'deep', path: deep[1].split('.').map(Number), text: deep[3].trim() };
  const word = startsWithWord(folded, itemWords);
  if (!word) return undefined;
  const rest = text.slice(text.split(/\s+/, word.split(' ').length).join(' ').length).trim();
  const m = AFTER_WORD.exec(rest);
  if (!m) return undefined;
  const path = m[1].split('.').map(Number);
  return path.length > 1 ? { kind: 'deep', path, text: m[2].trim() } : { kind: 'item', n: path[0], marker: '.', text: m[2].trim() };
}

/** Does an item's text start with a section word ("KOMPONENT 1: …")? Then it is a section, not an activity. */
export function isSectionText(text: string): boolean {
  return !!startsWithWord(foldKey(text), listWords().section);
}

/** A number or Roman numeral after one to four words, then a mark or the end: where a section's number can stand. */
const SECTION_NUMBER = /^\S+(?:\s+\S+){0,3}?\s+(?:\d{1,2}|[IVXL]{1,5})(?:\s*[.:)–—-]|\s*$)/i;

/**
 * The number of a section word's text, when the number follows the word and then a colon, dot or dash or nothing:
 * "Phase 1: Planning" is "1", "Giai đoạn 2." is "2", "Etap II – …" is "II"; else "".
 */
export function sectionNumber(text: string): string {
  // Most texts have no number after their first few words: only those are folded and looked up (100k rows).
  const t = text.trim().slice(0, 60);
  if (!SECTION_NUMBER.test(t)) return '';
  const word = startsWithWord(foldKey(t), listWords().section);
  if (!word) return '';
  const rest = t.slice(t.split(/\s+/, word.split(' ').length).join(' ').length).trim();
  const m = /^(\d{1,2}|[IVXL]{1,5})(?:\s*[.:)–—-]|$)/i.exec(rest);
  return m ? m[1].toUpperCase() : '';
}

let levelWords: string[] | undefined;
/** Every pack's level words, folded, longest first. */
const levels = () => (levelWords ??= [...new Set(PACKS.flatMap((p) => p.levels ?? []).map(foldKey))].sort((a, b) => b.length - a.length));

/** A logframe level named at the start of a text, then its number or a mark: "Output 1: …", "Specific objective: …", "Kết quả 2." */
export function isLevelLine(text: string): boolean {
  const t = text.trim().slice(0, 80);
  // Most texts have no mark after their first words: only those are folded and looked up (100k rows).
  if (!/^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}\s*(?:(?:\d{1,2}|[IVXL]{1,5})\s*)?[.:)–—-]/iu.test(t)) return false;
  const word = startsWithWord(foldKey(t), levels());
  if (!word) return false;
  const n = word.split(' ').length;
  const words = new RegExp(`^(?:[\\p{L}\\p{M}]+\\s*){${n}}`, 'u').exec(t);
  const rest = words ? t.slice(words[0].length) : '';
  // "Result 1.1" numbers a sub-level or an activity, not the level itself.
  return /^(?:(?:\d{1,2}|[IVXL]{1,5})\s*)?[.:)–—-](?!\d)/iu.test(rest);
}

/**
 * A cell that only names a logframe level, with its number: "Goal", "Outcome 1", "Output 1.1" (a level) or
 * "Activity 1.1.1", "Hoạt động 2" (an item of the lowest level); else undefined.
 */
export function levelLabel(text: string): 'level' | 'item' | undefined {
  const t = text.trim();
  if (t.length > 40 || !/^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}(?:\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXL]{1,5})\.?)?:?$/iu.test(t)) return undefined;
  const folded = foldKey(t).replace(/(?:\s+[ivxl]+|\s*\d+(?:\s\d+)*)$/, '');
  const named = (list: string[]) => list.some((w) => folded === w || folded === `${w}s` || folded === `${w.replace(/y$/, '')}ies`);
  if (named(listWords().item)) return 'item';
  return named(levels()) ? 'level' : undefined;
}

/** The number of an item's level label: "Activity 1.1.1" is 1.1.1; undefined for any other text. */
export function levelItemNumber(text: string): string | undefined {
  return levelLabel(text) === 'item' ? (/(\d{1,2}(?:\.\d{1,2})*)\.?$/.exec(text.trim())?.[1] ?? '') : undefined;
}

/** "Phase 1: Planning", "Giai đoạn 2.": a section word with its number. */
export function isNumberedSection(text: string): boolean {
  return sectionNumber(text) !== '';
}

/** The number a goal or section word gives its text: "Mục tiêu 1: …" is 1, "Phase 2: …" 2, "Axe III – …" III; else "". */
export function goalNumber(text: string): string {
  const k = lineKind(text);
  return k.kind === 'goal' ? k.id : sectionNumber(text);
}

/** Is this text a list plan: tasks or numbered items, with times or owners at their ends? Counted by the caller. */
export function listEvidence(lines: ListLine[]): { goals: number; items: number } {
  let goals = 0;
  let items = 0;
  for (const l of lines) {
    const k = lineKind(l.text);
    if (k.kind === 'goal') goals++;
    if (k.kind === 'item' || k.kind === 'deep') items++;
  }
  return { goals, items };
}
