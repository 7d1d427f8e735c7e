/** Small text helpers shared by the whole engine. Pure functions, no host APIs. */

/** Lower-case, strip diacritics (đ → d, ł → l too), keep letters, digits and single spaces. */
export function foldKey(text: string): string {
  if (text.length > 64) return fold(text);
  let k = foldCache.get(text);
  if (k === undefined) {
    if (foldCache.size > 20000) foldCache.clear();
    k = fold(text);
    foldCache.set(text, k);
  }
  return k;
}

const foldCache = new Map<string, string>();

function fold(text: string): string {
  // ASCII needs no decomposition
  const lower = text.toLowerCase();
  const base = /^[\x00-\x7f]*$/.test(lower) ? lower : stripDiacritics(lower);
  return base.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Remove combining marks and map the letters that Unicode does not decompose. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'));
}

/** Every kind of dash a word processor produces, as an ASCII hyphen. */
export function unifyDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** Line breaks in every form (CRLF, CR, vertical tab from Word, LS/PS) as \n. */
export function unifyLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u000B\u2028\u2029]/g, '\n');
}

/** Bullets and list markers that people put at the start of a line. */
export const BULLET_RE = /^[\s\u00A0]*(?:[-–—−‐•·●◦▪■□‣⁃∙○*+>»✓✔]+|\.(?=\s))[\s\u00A0]*/u;

/** Strip a leading bullet, even one glued to what follows ("-02/09"): for times, where a sign means nothing. */
export function stripBullet(line: string): string {
  return line.replace(BULLET_RE, '');
}

/** A list marker followed by a space ("- a", "• b"): for the user's words, where "+48 …" or "-5%" must stay as written. */
const MARKER_RE = /^[\s\u00A0]*(?:[-–—−‐•·●◦▪■□‣⁃∙○*+>»✓✔]+)[\s\u00A0]+/u;

export function stripMarker(line: string): string {
  return line.replace(MARKER_RE, '');
}

/** Collapse runs of spaces (including no-break spaces) and trim. Line breaks stay. */
export function tidySpaces(text: string): string {
  if (!/[\s\u00A0\u200B\uFEFF]{2}|^[\s\u00A0\u200B\uFEFF]|[\s\u00A0\u200B\uFEFF]$|[\r\u000B\u2028\u2029\t\u00A0\u200B\uFEFF]/.test(text)) return text; // already tidy
  const joined = unifyLineBreaks(text)
    .split('\n')
    .map((l) => l.replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim())
    .join('\n');
  return trimNewlines(joined);
}

/** Newlines off both ends, by a scan: /^\n+|\n+$/ tries the second branch at every position (quadratic on a run of them). */
export function trimNewlines(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) === 10) a++;
  while (b > a && text.charCodeAt(b - 1) === 10) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** The non-empty lines of a cell, spaces tidied. */
export function cellLines(text: string): string[] {
  return tidySpaces(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * A line wholly in brackets under a title ("(Kèm theo Kế hoạch số 15/KH-UBND …)", "(załącznik do uchwały …)"): a note
 * on the title, never the title itself. Sheets (read/detect.ts) and Word documents (src/docx) read it alike.
 */
export function isTitleNote(text: string): boolean {
  return /^\([^()]*\)$/.test(text.trim());
}

/** Levenshtein distance with an early cut-off; returns max+1 when the distance exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** True when the text could be read as a spreadsheet formula if written as a plain string. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** True when one insertion, deletion or substitution turns a into b ("quaarter" and "quarter"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return true;
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0, j = 0, skipped = false; i < s.length; i++, j++) {
    if (s[i] !== l[j]) {
      if (skipped) return false;
      skipped = true;
      i--;
    }
  }
  return true;
}
