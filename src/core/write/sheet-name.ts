/** Sheet names Excel accepts: at most 31 characters, none of / \ ? * : [ ], no apostrophe at either end, not "History". */
export const MAX_SHEET_NAME = 31;

export function validSheetName(wanted: string): string {
  let n = wanted.replace(/[/\\?*:[\]]/g, '-').replace(/[\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
  n = trimApostrophes(n);
  if (!n) n = 'Sheet';
  if (n.toLowerCase() === 'history') n = 'History (plan)';
  // Cutting can leave an apostrophe at the new end ("…A'b" cut to "…A'").
  return trimApostrophes(cutAtWord(n, MAX_SHEET_NAME)) || 'Sheet';
}

function trimApostrophes(n: string): string {
  let a = 0;
  let b = n.length;
  while (a < b && n[a] === "'") a++;
  while (b > a && n[b - 1] === "'") b--;
  return n.slice(a, b).trim();
}

/** At most max characters, cut at a word's end ("Harmonogram ZESPÓŁ DS.", not "… DS. OPRACOWA"); a single long word is cut. */
export function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max + 1).join('');
  const at = head.lastIndexOf(' ');
  return (at >= max / 3 ? head.slice(0, at) : chars.slice(0, max).join('')).trim();
}

/** A valid name that no existing sheet has (compared as Excel does, ignoring case): "Schedule (2)". */
export function uniqueSheetName(wanted: string, existing: string[]): string {
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  const base = validSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; i < 10000; i++) {
    const suffix = ` (${i})`;
    const name = cutAtWord(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
  throw new Error('no free sheet name');
}
