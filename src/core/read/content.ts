/**
 * What a cell holds, judged from its content alone, and what a column holds over its rows: the evidence
 * that a column is a time, an owner, a number or a text when its header does not say (or says nothing).
 */
import type { GridCell } from '../model/grid';
import { isDateFormat } from '../time/excel-date';
import { parseTimeCell } from './time-cell';
import { splitId } from './numbering';
import { levelLabel } from './list/lines';
import { periodLabel } from './periods';

export type CellKind = 'empty' | 'placeholder' | 'id' | 'number' | 'date' | 'time' | 'mark' | 'name' | 'text' | 'long';

/** Placeholders that stand for "nothing yet": a dash run, "NA", "TBD", "to be confirmed", "do ustalenia", a question mark. */
const PLACEHOLDER = /^(?:[-–—_.…?]+|n\/?a|tbd|tba|tbc|t\.b\.[cd]\.?|brak|nd|s\/d|—|to be (?:confirmed|determined|decided|defined)|do (?:ustalenia|uzgodnienia)|chưa (?:có|rõ|xác định)|à (?:définir|confirmer|déterminer)|por (?:definir|confirmar)|a definir|da definire|(?:noch )?offen|belum (?:ada|ditentukan))\.?$/iu;
/** Single marks of a period grid. */
const MARK = /^(?:[xX✓✔✗•●○◉■□▪+*]|[xX]{2}|1)$/u;

export function isPlaceholder(text: string): boolean {
  return text.length <= 24 && PLACEHOLDER.test(text.trim());
}

const kindCache = new Map<string, CellKind>();

function textKind(t: string): CellKind {
  if (MARK.test(t)) return 'mark';
  if (isPlaceholder(t)) return 'placeholder';
  if (/^[+-]?\d+(?:[.,]\d+)?\s*%?$/.test(t)) return /^\d{1,2}\.?$/.test(t) || /^\d{1,3}(\.\d{1,3})+\.?$/.test(t) ? 'id' : 'number';
  const id = splitId(t);
  if (id.id && !id.text) return 'id';
  if (/^(?:[IVXL]{1,5}|\d{1,3}(?:\.\d{1,3})*)\.?$/.test(t)) return 'id';
  const words = t.split(/\s+/).length;
  // Names one per line ("Tống Thành Đạt\nNguyễn Minh Tuấn") are owners, however long the list.
  if (t.includes('\n') && looksLikeNames(t)) return 'name';
  if (t.length > 48 || words > 7 || t.includes('\n') && t.length > 30) return 'long';
  const label = periodLabel({ value: t, text: t, format: 'General' }, t);
  if (label && label.kind === 'relative') return 'time';
  const r = parseTimeCell({ value: t, text: t, format: 'General' }, { year: 2000, fallbackYear: 2000 });
  if (r.ok && !r.warnings.some((w) => w.code === 'ignored-text' || w.code === 'unreadable-part')) return /\d/.test(t) && /^[\d\s./\-–,]+$/.test(t) ? 'date' : 'time';
  if (r.relative.length > 0 && !r.ok && words <= 3) return 'time';
  if (looksLikeNames(t)) return 'name';
  return 'text';
}

/** Short capitalised words, or a list of them: "Anna", "Nguyễn Văn A, Trần B", "GMP", "Hugo,Farah". */
export function looksLikeNames(t: string): boolean {
  const parts = t.split(/[,;/&\n+]|(?<!\s)\s+(?:and|i|và|и|y|et|und|e)\s+/u).map((p) => p.replace(/^[-•\s]+/, '').trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return false;
  return parts.every((p) => {
    const w = p.split(/\s+/);
    if (w.length > 4 || p.length > 32) return false;
    return w.every((x) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(x) || /^[\p{Lu}]{2,6}$/u.test(x));
  });
}

/** The kind of one cell. Cells with the same text are judged once. */
export function cellKind(cell: GridCell, text: string): CellKind {
  if (text === '') return 'empty';
  if (typeof cell.value === 'number' && isDateFormat(cell.format)) return 'date';
  let k = kindCache.get(text);
  if (k === undefined) {
    k = textKind(text);
    if (kindCache.size > 50_000) kindCache.clear();
    kindCache.set(text, k);
  }
  return k;
}

export interface ColumnProfile {
  /** Cells that hold something (placeholders included). */
  filled: number;
  rows: number;
  kinds: Record<CellKind, number>;
  distinct: number;
  /** Average length of the texts. */
  length: number;
  /** Cells whose value is a formula. */
  formulas: number;
  /** Cells with a fill (of any colour but white). */
  fills: number;
  /** Cells that only name a logframe level ("Output 1.1") and, of them, those that name an activity ("Activity 1.1.1"). */
  levels: number;
  levelItems: number;
}

export function emptyProfile(): ColumnProfile {
  return { filled: 0, rows: 0, kinds: { empty: 0, placeholder: 0, id: 0, number: 0, date: 0, time: 0, mark: 0, name: 0, text: 0, long: 0 }, distinct: 0, length: 0, formulas: 0, fills: 0, levels: 0, levelItems: 0 };
}

/** The share of a column's filled cells that are of these kinds. */
export function share(p: ColumnProfile, ...kinds: CellKind[]): number {
  if (p.filled === 0) return 0;
  let n = 0;
  for (const k of kinds) n += p.kinds[k];
  return n / p.filled;
}

/** Profile a column over the given rows (at most 400 are looked at). */
export function profileColumn(rows: number[], read: (r: number) => { cell: GridCell; text: string; own: boolean }): ColumnProfile {
  const p = emptyProfile();
  const seen = new Set<string>();
  let total = 0;
  const step = Math.max(1, Math.floor(rows.length / 400));
  for (let i = 0; i < rows.length; i += step) {
    const { cell, text, own } = read(rows[i]);
    p.rows++;
    if (cell.fill) p.fills++;
    if (!text) {
      p.kinds.empty++;
      continue;
    }
    p.filled++;
    if (own && cell.formula) p.formulas++;
    p.kinds[cellKind(cell, text)]++;
    if (text.length <= 40) {
      const level = levelLabel(text);
      if (level) p.levels++;
      if (level === 'item') p.levelItems++;
    }
    seen.add(text);
    total += text.length;
  }
  p.distinct = seen.size;
  p.length = p.filled ? total / p.filled : 0;
  return p;
}
