/** Rows and lines that are no activity: totals, signatures, notes and legends ("Total", "Người lập biểu", "Sporządził"). */
import { PACKS } from '../lang';
import { foldKey } from '../util/text';

let nonActivity: Map<string, string[][]> | undefined;
/** The first word of a text (letters, digits and their marks), as the phrases are keyed. */
const FIRST_WORD = /[\p{L}\p{N}\p{M}]+/u;

/** A total, signature, note or legend line: its first words are one of the packs' nonActivity words, and it is short. */
export function isTotal(text: string): boolean {
  if (!nonActivity) {
    nonActivity = new Map();
    for (const w of PACKS.flatMap((p) => p.nonActivity ?? []).map((x) => foldKey(x).split(' '))) nonActivity.set(w[0], [...(nonActivity.get(w[0]) ?? []), w]);
  }
  // Most rows are ruled out by their first word alone, folded alone (a long cell is not folded for each row).
  const first = FIRST_WORD.exec(text);
  if (!first || !nonActivity.has(foldKey(first[0]).split(' ')[0])) return false;
  const head = foldKey(text.length > 80 ? text.slice(0, 80) : text).split(' ');
  const hits = (nonActivity.get(head[0]) ?? []).filter((w) => w.every((x, i) => head[i] === x));
  if (hits.length === 0) return false;
  if (hits.some((w) => w.length > 1)) return true;
  const words = (text.length > 80 ? foldKey(text).split(' ') : head).length;
  return hits.some((w) => words <= w.length + 4);
}
