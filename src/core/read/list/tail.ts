/**
 * The tail of a list item: "activity – OWNER – months". The time and the owners are peeled off the end in
 * whatever order they come ("– AE; marzec – czerwiec", "– kwiecień - czerwiec– GMP, AE"), with or without a
 * dash before them ("… społecznych GMP – marzec – sierpień"); what is left is the activity.
 */
import { parseTime } from '../../time/parse';
import { keepAmpersandNames, restoreAmpersands } from '../owners';
import type { TimeContext, TimeResult } from '../../time/types';

export interface Tail {
  text: string;
  owners: string[];
  /** The time as written, and as read. */
  time?: { text: string; result: TimeResult };
}

// Each pattern that may start with spaces starts only where a run of them starts (the look-behind): tried at every
// space of a long run, it would rescan the run each time.
const SEP = /(?<!\s)(?:\s*[–—]\s*|\s+-\s*|\s*-\s+|\s*;\s*|\s*:\s*|\s*,\s*)/g;
const TRIM = /^[\s–—\-;:,.(]+|(?<![\s–—\-;:,(])[\s–—\-;:,(]+$/g;
/** An owner code or short name: "GMP", "TWP", "AE", "BDH", "RDPP". */
const CODE = /^\p{Lu}[\p{Lu}\d&+]{1,7}$/u;

/** The names of an owner list: "GMP, TWP", "Anna Nowak and Ben Smith", "B&K / Urząd". */
function ownerParts(text: string): string[] {
  return keepAmpersandNames(text).split(/(?<!\s)(?:\s*[,;/&]\s*|\s+(?:i|and|và)\s+)/).map((p) => restoreAmpersands(p.trim())).filter(Boolean);
}

function isOwnerList(text: string, known: Set<string>): string[] | undefined {
  const parts = ownerParts(text);
  if (parts.length === 0 || parts.length > 6) return undefined;
  return parts.every((p) => CODE.test(p) || known.has(p)) ? parts : undefined;
}

const END_BRACKET = /(?<!\s)\s*\(([^()]{1,60})\)$/;

/**
 * Names in brackets at the end of an activity: "Organise the workshop (Youth Union)", "(Anna Nowak, Ben Smith)". Each
 * starts with a capital and is a few words; a time or a remark ("(in English)") is none.
 */
export function bracketNames(text: string, ctx: TimeContext): string[] | undefined {
  const m = END_BRACKET.exec(text);
  if (!m || timeOnly(m[1], ctx)) return undefined;
  const parts = ownerParts(m[1]);
  return parts.length > 0 && parts.length <= 6 && parts.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 5 && !/\d/.test(p)) ? parts : undefined;
}

/** The owners in brackets at the end, when the plan writes its owners so: every name is one it knows. */
function bracketOwners(text: string, known: Set<string>, ctx: TimeContext): { at: number; owners: string[] } | undefined {
  const names = bracketNames(text, ctx);
  return names && names.every((n) => known.has(n)) ? { at: END_BRACKET.exec(text)!.index, owners: names } : undefined;
}

/** A time at the end of the text: the longest suffix after a separator that reads as a time and nothing else. */
function timeSuffix(text: string, ctx: TimeContext, separatorOnly = false): { at: number; text: string; result: TimeResult } | undefined {
  // After a dash or a semicolon first ("… na 2015 r. - październik" is October); after a plain space only when
  // no separator stands before the time ("– GMP sierpień - wrzesień").
  const bySeparator = [0, ...[...text.matchAll(SEP)].map((m) => m.index! + m[0].length)].sort((a, b) => a - b);
  const bySpace = [...text.matchAll(/\s+/g)].map((m) => m.index! + m[0].length).sort((a, b) => a - b);
  // A time in brackets at the very end: "Paint the crossings (summer holidays)" before "– Municipality".
  const bracket = /\(([^()]{1,80})\)$/.exec(text);
  const inBracket = bracket ? [bracket.index] : [];
  for (const at of [...new Set(separatorOnly ? [...bySeparator, ...inBracket] : [...bySeparator, ...inBracket, ...bySpace])]) {
    // A time is short: suffixes longer than this are not sliced and read at all (a long line stays linear).
    if (text.length - at > 120) continue;
    const suffix = (at === bracket?.index ? bracket[1] : text.slice(at)).replace(TRIM, '');
    if (!suffix || suffix.length > 80) continue;
    const result = timeOnly(suffix, ctx);
    if (result) return { at, text: suffix, result };
  }
  return undefined;
}

/** The text read as a time, when it is a time and nothing else. */
function timeOnly(text: string, ctx: TimeContext): TimeResult | undefined {
  const result = parseTime(text, ctx);
  return result.ok && !result.warnings.some((w) => w.code === 'ignored-text' || w.code === 'unreadable-part') ? result : undefined;
}

/**
 * A name of a few words after a dash that follows a time: "… – Q2 2025 – NGO Horizon", "… – tháng 5 – Hội Phụ nữ",
 * or in a line the time opened ("Q1 2025 – Baseline survey – M&E team").
 */
function namedAfterTime(text: string, at: number, rest: string, ctx: TimeContext, ledByTime: boolean): string[] | undefined {
  const words = rest.split(/\s+/);
  if (rest.length > 40 || words.length > 5 || !/^\p{Lu}/u.test(rest) || parseTime(rest, ctx).ok) return undefined;
  if (ledByTime && at > 0) return [rest];
  const before = text.slice(0, at).replace(TRIM, '');
  const time = timeSuffix(before, ctx, true);
  return time && time.at > 0 ? [rest] : undefined;
}

/** Owners at the end: a list after the last separator, or codes glued to the text ("społecznych GMP"). */
function ownerSuffix(text: string, known: Set<string>, ctx: TimeContext, ledByTime: boolean): { at: number; owners: string[] } | undefined {
  const seps = [...text.matchAll(/(?<!\s)(?:\s*[–—;]\s*|\s+-\s*|\s*-\s+)/g)];
  const last = seps[seps.length - 1];
  if (last) {
    const rest = text.slice(last.index! + last[0].length).replace(TRIM, '');
    const owners = isOwnerList(rest, known) ?? namedAfterTime(text, last.index!, rest, ctx, ledByTime);
    if (owners) return { at: last.index!, owners };
  }
  // The whole rest is owners: "AE; marzec – czerwiec" once its time is gone.
  const all = isOwnerList(text, known);
  if (all) return { at: 0, owners: all };
  // Codes the plan uses as owners elsewhere, glued to the text without a dash: "… społecznych GMP". Other
  // capitals there ("danych NGO") are the activity's own words.
  const glued = /(?:^|\s)((?:\p{Lu}[\p{Lu}\d&+]{1,7})(?:\s*,\s*\p{Lu}[\p{Lu}\d&+]{1,7})*)\s*$/u.exec(text);
  if (glued && glued.index > 0) {
    const codes = glued[1].split(',').map((c) => c.trim());
    if (codes.every((c) => known.has(c))) return { at: glued.index, owners: codes };
  }
  return undefined;
}

/** A time that opens the line before a dash or a colon: "Q1 2025 – Baseline survey", "March 2025: Launch event". */
function timePrefix(text: string, ctx: TimeContext): { text: string; rest: string; result: TimeResult } | undefined {
  const seps = [...text.slice(0, 60).matchAll(/(?<!\s)\s*(?:[–—:]|\s-)\s+/g)];
  // The longest first: "Apr–Jun 2025 – Training of volunteers – HR" opens with "Apr–Jun 2025".
  for (let k = seps.length - 1; k >= 0; k--) {
    const at = seps[k].index!;
    const rest = text.slice(at + seps[k][0].length).trim();
    const result = rest ? timeOnly(text.slice(0, at).trim(), ctx) : undefined;
    if (result) return { text: text.slice(0, at).trim(), rest, result };
  }
  return undefined;
}

export function splitTail(raw: string, ctx: TimeContext, known: Set<string>): Tail {
  let text = raw.replace(/\s+/g, ' ').trim();
  // A remark in brackets at the end ("(RDPP)") is set aside while the tail is read, then put back after the text.
  let note: string | undefined;
  const paren = /(?<!\s)\s*\(([^()]{1,40})\)\s*[:;,.]?\s*$/.exec(text);
  // A time in the brackets is the item's time ("Workshop for parents (June 2025)"), read with the rest of the tail.
  if (paren && !timeOnly(paren[1], ctx)) {
    note = paren[1];
    text = text.slice(0, paren.index);
  }
  text = text.replace(TRIM, '');
  const lead = timePrefix(text, ctx);
  if (lead) text = lead.rest;
  const owners: string[] = [];
  let time: Tail['time'] = lead ? { text: lead.text, result: lead.result } : undefined;
  let ownerSinceTime = false;
  for (let round = 0; round < 4; round++) {
    // A second time counts only with an owner between the two ("październik - AE – grudzień"); else it is the
    // activity's own words ("… na 2015 r. - październik").
    const found = !time ? timeSuffix(text, ctx) : ownerSinceTime ? timeSuffix(text, ctx, true) : undefined;
    // … and only a month or a day: "za 2014 rok - GMP – grudzień 2014" is the activity's year, not a range.
    const t = found && (!time || (found.result.precision !== 'year' && found.result.precision !== 'half')) ? found : undefined;
    if (t) {
      ownerSinceTime = false;
      // A second time before the first, with the owner between ("październik - AE – grudzień"): one range.
      const joined = time ? `${t.text} – ${time.text}` : t.text;
      time = { text: joined, result: time ? parseTime(joined, ctx) : t.result };
      text = text.slice(0, t.at).replace(TRIM, '');
      continue;
    }
    const o = ownerSuffix(text, known, ctx, !!lead);
    if (o) {
      owners.unshift(...o.owners.filter((x) => !owners.includes(x)));
      text = text.slice(0, o.at).replace(TRIM, '');
      ownerSinceTime = !!time;
      continue;
    }
    break;
  }
  // "Organise the workshop (Youth Union) – March 2025", in a plan that names its owners in brackets.
  if (note && owners.length === 0) {
    const b = bracketOwners(`${text} (${note})`, known, ctx);
    if (b) return { text, owners: b.owners, time };
  }
  const b = owners.length === 0 && !note ? bracketOwners(text, known, ctx) : undefined;
  if (b) return { text: text.slice(0, b.at).replace(TRIM, ''), owners: b.owners, time };
  // The remark stays with the activity's words: nothing the user wrote is lost.
  return { text: note && text ? `${text} (${note})` : text, owners, time };
}
