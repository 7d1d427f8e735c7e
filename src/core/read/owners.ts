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

/** A colon or a full stop that ends a name, not the one of an initial ("Иванов И.И.", "Anna K.", "Sp. z o.o."). */
const TRAILING = /(?<![.:]|(?:^|[\s.])\p{L})[.:]+$/u;

/** "etc.", "itd.", "v.v.", "usw.", "и др.": the end of a list, not an owner. */
const AND_SO_ON = /^(?:etc|itd|itp|usw|v\.v|vv|dll|ecc|и др|и т\.\s?д|тощо|і т\.\s?д)\.?$/iu;

function tidyName(part: string, join: RegExp | null): string {
  let name = stripMarker(part).replace(TRAILING, '').trim();
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

interface LabelPatterns {
  colon: RegExp;
  bracket: RegExp;
  /** A label of two words or more, without its colon, before a name: "phối hợp Sở GD&ĐT", "led by Anna". */
  before: RegExp;
  /** … or after one, at the end of a part: "Sở Y tế chủ trì". */
  after: RegExp;
}
let labelPatterns: LabelPatterns | undefined;

/** Every pack's owner labels as patterns: with a colon at the start of a part (or after a spaced dash), alone in brackets, and the longer labels without their colon. */
function labels(): LabelPatterns {
  if (!labelPatterns) {
    const words = [...new Set(PACKS.flatMap((p) => p.ownerLabels ?? []))].sort((a, b) => b.length - a.length);
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const alt = words.map(escape).join('|');
    // Case is asked of the name beside them, so these match a label's first letter in either case, not with the i flag.
    const either = (w: string) => `[${w[0].toLowerCase()}${w[0].toUpperCase()}]${escape(w.slice(1))}`;
    const long = words.filter((w) => /\s/.test(w)).map(either).join('|');
    labelPatterns = {
      colon: new RegExp(`(^\\s*|\\s*[;,\\n]\\s*|\\s+[-–—]\\s+)(?:${alt})\\s*[:：]\\s*`, 'giu'),
      bracket: new RegExp(`\\s*[([]\\s*(?:${alt})\\s*[)\\]]`, 'giu'),
      // Only before a capital (and, below, only after a name of two words or more): "Hỗ trợ pháp lý" and "Quỹ hỗ trợ"
      // are names. No pattern here runs back over the text: each stays linear on a long cell.
      before: new RegExp(`(^[ \\t]*|[;,\\n][ \\t]*)(?:${long})[ \\t]+(?=\\p{Lu})`, 'gu'),
      after: new RegExp(`[ \\t](?:${long})[ \\t]*$`, 'u'),
    };
  }
  return labelPatterns;
}

/**
 * The names without the labels of their part in the work: "Chủ trì: Hội LHPN - Phối hợp: Đoàn TN" lists two
 * owners, "Lead: Anna; Support: Ben" two, "Anna (lead)" is Anna, "Sở Y tế chủ trì, phối hợp Sở GD&ĐT" two.
 */
function dropLabels(text: string): string {
  const { colon, bracket, before, after } = labels();
  const bare = text.length > 2000 ? text : text.replace(before, '$1').split(/([;,\n])/).map((part) => labelAfter(part, after)).join('');
  if (!/[:：)\]]/.test(bare)) return bare;
  return bare.replace(bracket, '').replace(colon, (_m, b: string) => (b === '' ? '' : '; '));
}

/** A part of an owner cell without the label after its name, when the name is of two words or more and starts with a capital. */
function labelAfter(part: string, after: RegExp): string {
  const m = after.exec(part);
  if (!m) return part;
  const name = part.slice(0, m.index).trim();
  return /^\p{Lu}\S*\s+\S/u.test(name) ? part.slice(0, m.index) : part;
}

export function splitOwners(text: string, lang?: string): string[] {
  // A plan names the same few owners down its rows: each cell text is split once (a copy handed out, so no row shares another's list).
  const key = `${lang ?? ''}\u0000${text}`;
  let names = splitCache.get(key);
  if (names === undefined) {
    names = splitKept(keepAmpersandNames(dropLabels(text)), lang).map(restoreAmpersands);
    if (splitCache.size >= 10_000) splitCache.clear();
    if (text.length <= 500) splitCache.set(key, names);
  }
  return names.slice();
}

const splitCache = new Map<string, string[]>();

function splitKept(text: string, lang?: string): string[] {
  const join = joiners(lang);
  if (!MARK.test(text) && !(join && join.test(text))) {
    const name = text.trim().replace(TRAILING, '');
    return name ? [name] : [];
  }
  const out: string[] = [];
  const sep = new RegExp(`(?<!\\s)\\s*(?:[,;/&]|\\s\\+\\s${join ? `|${join.source}` : ''})\\s*`, 'u');
  for (const line of cellLines(text)) {
    for (const part of stripMarker(line).split(sep)) {
      const name = tidyName(part, join);
      if (name && !AND_SO_ON.test(name) && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}
