/**
 * Owners: a cell split into names on commas, semicolons, slashes, "&" (not the one of "M&E") and line breaks, and on the words
 * that join two names in the plan's language ("và", "i", "and"), written in lower case between two names
 * ("Trạm Y tế xã" is one owner). Bullets are stripped and the order is kept.
 */
import { getPack, PACKS } from '../lang';
import { cellLines, stripMarker } from '../util/text';

const MARK = /[\n,;/&]|\s\+\s|^[\s\u00A0]*[-–—−‐•·●◦▪■□‣⁃∙○*+>»✓✔.]/u;

const joinerCache = new Map<string, RegExp | null>();

/** The joining words of a language as one pattern: " and " between two names. */
function joiners(lang: string | undefined): RegExp | null {
  const k = lang ?? '';
  let re = joinerCache.get(k);
  if (re === undefined) {
    const words = (getPack(lang).ownerJoiners ?? []).filter((w) => /^\p{L}[\p{L} ]*$/u.test(w));
    re = words.length ? new RegExp(`\\s(?:${words.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\s`, 'u') : null;
    joinerCache.set(k, re);
  }
  return re;
}

function tidyName(part: string, join: RegExp | null): string {
  let name = stripMarker(part).replace(/(?<![.:])[.:]+$/, '').trim();
  // A line that starts with the joining word ("và Anh") continues the list.
  if (join) {
    const m = join.exec(` ${name}`);
    if (m && m.index === 0) name = name.slice(m[0].length - 1).trim();
  }
  return name;
}

/** "M&E", "R&D", "O&M": an ampersand between two short capitals joins one name, it lists none. */
const AMP_NAME = /(?<![\p{L}\d])(\p{Lu}{1,3})&(\p{Lu}{1,3})(?![\p{L}\d])/gu;
const KEPT_AMP = '\u0001';

/** The text with the ampersands of such names kept from the splitting; `restoreAmpersands` puts them back. */
export function keepAmpersandNames(text: string): string {
  return text.includes('&') ? text.replace(AMP_NAME, `$1${KEPT_AMP}$2`) : text;
}

export function restoreAmpersands(text: string): string {
  return text.includes(KEPT_AMP) ? text.split(KEPT_AMP).join('&') : text;
}

let labelPatterns: { colon: RegExp; bracket: RegExp } | undefined;

/** Every pack's owner labels as two patterns: a label and its colon at the start of a part (or after a spaced dash), a label alone in brackets. */
function labels(): { colon: RegExp; bracket: RegExp } {
  if (!labelPatterns) {
    const words = [...new Set(PACKS.flatMap((p) => p.ownerLabels ?? []))].sort((a, b) => b.length - a.length);
    const alt = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
    labelPatterns = {
      colon: new RegExp(`(^\\s*|\\s*[;,\\n]\\s*|\\s+[-–—]\\s+)(?:${alt})\\s*[:：]\\s*`, 'giu'),
      bracket: new RegExp(`\\s*[([]\\s*(?:${alt})\\s*[)\\]]`, 'giu'),
    };
  }
  return labelPatterns;
}

/**
 * The names without the labels of their part in the work: "Chủ trì: Hội LHPN - Phối hợp: Đoàn TN" lists two
 * owners, "Lead: Anna; Support: Ben" two, "Anna (lead)" is Anna.
 */
function dropLabels(text: string): string {
  if (!/[:：)\]]/.test(text)) return text;
  const { colon, bracket } = labels();
  return text.replace(bracket, '').replace(colon, (_m, before: string) => (before === '' ? '' : '; '));
}

export function splitOwners(text: string, lang?: string): string[] {
  return splitKept(keepAmpersandNames(dropLabels(text)), lang).map(restoreAmpersands);
}

function splitKept(text: string, lang?: string): string[] {
  const join = joiners(lang);
  if (!MARK.test(text) && !(join && join.test(text))) {
    const name = text.trim().replace(/(?<![.:])[.:]+$/, '');
    return name ? [name] : [];
  }
  const out: string[] = [];
  const sep = new RegExp(`(?<!\\s)\\s*(?:[,;/&]|\\s\\+\\s${join ? `|${join.source}` : ''})\\s*`, 'u');
  for (const line of cellLines(text)) {
    for (const part of stripMarker(line).split(sep)) {
      const name = tidyName(part, join);
      if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}
