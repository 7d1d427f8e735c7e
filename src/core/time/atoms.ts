/**
 * Parsers: patterns tried at each token of a segment, longest first. Each turns a few tokens into
 * an atom (a period, a bare number, a relative period) or a connector. The refiners (refine.ts)
 * then give bare numbers their unit, fill in years and join atoms into spans.
 */
import type { Token } from './tokenize';
import { getLexicon, hasClass, romanValue } from './lexicon';
import { lookupMonth } from './months';
import type { Precision, TimeContext, TimeWarning } from './types';

export type Unit = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  t: 'period';
  unit: Unit;
  y?: number;
  yExplicit: boolean;
  /** First and last month (1–12) within the year; m2 < m1 means the period runs into the next year. */
  m1: number;
  m2: number;
  day?: number;
  /** The quarter or half number, so that a bare "2" beside "Q1" becomes Q2. */
  n?: number;
}
export interface Bare {
  t: 'bare';
  v: number;
  digits: number;
  roman: boolean;
}
export interface Relative {
  t: 'rel';
  unit: 'month' | 'year';
  n: number;
}
export interface Connector {
  t: 'conn';
  c: 'range' | 'list';
}
export type Item = Period | Bare | Relative | Connector;

export interface ScanResult {
  items: Item[];
  ignored: string[];
  between: boolean;
  warnings: TimeWarning[];
}

const isNum = (t: Token | undefined, maxDigits = 2): t is Token =>
  !!t && t.k === 'num' && t.s.length <= maxDigits;
const isYear4 = (t: Token | undefined): t is Token =>
  !!t && t.k === 'num' && t.s.length === 4 && t.v >= 1900 && t.v <= 2200;
const isP = (t: Token | undefined, c: string): boolean => !!t && t.k === 'p' && t.c === c;
const word = (t: Token | undefined): string | undefined => (t && t.k === 'word' ? t.w : undefined);

export function expandYear(two: number, ctx: TimeContext): number {
  const ref = ctx.year ?? ctx.fallbackYear ?? 2000;
  const century = Math.floor(ref / 100) * 100;
  const candidates = [century - 100 + two, century + two, century + 100 + two];
  return candidates.reduce((best, c) => (Math.abs(c - ref) < Math.abs(best - ref) ? c : best));
}

function monthPeriod(m: number, y: number | undefined, day?: number): Period {
  return { t: 'period', unit: day ? 'day' : 'month', y, yExplicit: y !== undefined, m1: m, m2: m, day };
}

function quarterPeriod(q: number, y: number | undefined): Period {
  return { t: 'period', unit: 'quarter', y, yExplicit: y !== undefined, m1: q * 3 - 2, m2: q * 3, n: q };
}

function halfPeriod(h: number, y: number | undefined): Period {
  return { t: 'period', unit: 'half', y, yExplicit: y !== undefined, m1: h * 6 - 5, m2: h * 6, n: h };
}

function yearPeriod(y: number | undefined): Period {
  return { t: 'period', unit: 'year', y, yExplicit: y !== undefined, m1: 1, m2: 12 };
}

/** A small number: digits, a Roman numeral or an ordinal word, with a glued ordinal suffix or dot. */
function readSmallNumber(tokens: Token[], i: number): { v: number; next: number } | undefined {
  const t = tokens[i];
  let v: number | undefined;
  if (t && t.k === 'num' && t.s.length <= 2) v = t.v;
  else if (t && t.k === 'word') v = romanValue(t.w) ?? getLexicon().ordinals.get(t.w);
  if (v === undefined) return undefined;
  let next = i + 1;
  const after = tokens[next];
  if (isNum(t) && after && after.k === 'word' && !after.sp && hasClass(after.w, 'ordinalSuffix')) next++;
  else if (isP(after, '.') || (isNum(t) && isP(after, 'º'))) next++;
  return { v, next };
}

/** An optional year after a period: "2019", "/2020", "r.", "năm 2020", "'24", "of 2020". */
function readYearAfter(tokens: Token[], i: number, ctx: TimeContext): { y?: number; next: number } {
  let j = i;
  const skip = () => {
    while (isP(tokens[j], '.') || isP(tokens[j], ',') || (word(tokens[j]) && (hasClass(word(tokens[j])!, 'year') || ['of', 'roku', 'de', 'del', 'des', 'du', 'do', 'da'].includes(word(tokens[j])!)) && (isYear4(tokens[j + 1]) || isP(tokens[j + 1], ',')))) j++;
  };
  skip();
  if (isP(tokens[j], '/') && isNum(tokens[j + 1], 4)) {
    const t = tokens[j + 1] as Token;
    if (t.s.length === 4) return { y: t.v, next: suffixR(tokens, j + 2) };
    if (t.s.length === 2) return { y: expandYear(t.v, ctx), next: j + 2 };
  }
  if (isP(tokens[j], '-') && isYear4(tokens[j + 1]) && !tokens[j + 1].sp) return { y: (tokens[j + 1] as { v: number }).v, next: suffixR(tokens, j + 2) };
  if (isYear4(tokens[j])) return { y: tokens[j].v, next: suffixR(tokens, j + 1) };
  if (isP(tokens[j], "'") && isNum(tokens[j + 1]) && (tokens[j + 1] as { s: string }).s.length === 2) {
    return { y: expandYear((tokens[j + 1] as { v: number }).v, ctx), next: j + 2 };
  }
  return { next: i };
}

/** Skip "r." / "roku" after a year. */
function suffixR(tokens: Token[], j: number): number {
  const w = word(tokens[j]);
  if (w === 'r' || w === 'roku' || w === 'rok') {
    j++;
    if (isP(tokens[j], '.')) j++;
  }
  return j;
}

type Match = { item?: Item; next: number; warn?: TimeWarning };
type Parser = (tokens: Token[], i: number, ctx: TimeContext) => Match | undefined;

/** "cả năm 2020", "cały rok", "whole year", "todo el año". */
const wholeYear: Parser = (tokens, i, ctx) => {
  const w = word(tokens[i]);
  if (!w || !hasClass(w, 'whole')) return undefined;
  let j = i + 1;
  if (word(tokens[j]) && hasClass(word(tokens[j])!, 'filler') && !hasClass(word(tokens[j])!, 'year')) j++;
  const yw = word(tokens[j]);
  if (!yw || !hasClass(yw, 'year')) return undefined;
  const { y, next } = readYearAfter(tokens, j + 1, ctx);
  return { item: yearPeriod(y), next };
};

/** "6 tháng đầu năm 2020": the first six months; "nửa đầu năm", "nửa cuối năm". */
const vietnameseHalf: Parser = (tokens, i, ctx) => {
  let j = i;
  if (isNum(tokens[j]) && tokens[j].v === 6 && hasClass(word(tokens[j + 1]) ?? '', 'calendarMonth')) j += 2;
  else if (word(tokens[j]) === 'nua') j += 1;
  else return undefined;
  const phrase = `${word(tokens[j]) ?? ''} ${word(tokens[j + 1]) ?? ''}`;
  const h = getLexicon().halfPhrases.get(phrase);
  if (!h) return undefined;
  const { y, next } = readYearAfter(tokens, j + 2, ctx);
  return { item: halfPeriod(h, y), next };
};

/** Quarters and halves: "III kw. 2019", "Q3 2019", "quý 2/2020", "2. Quartal", "2e trimestre", "H1", "I półrocze". */
const quarterOrHalf: Parser = (tokens, i, ctx) => {
  const t = tokens[i];
  const w = word(t);
  // Compact forms: Q3, H1 (and 3Q, 1H).
  if ((w === 'q' || w === 'h') && isNum(tokens[i + 1], 1) && !tokens[i + 1].sp) {
    const n = tokens[i + 1].v;
    if ((w === 'q' && n >= 1 && n <= 4) || (w === 'h' && n >= 1 && n <= 2)) {
      const { y, next } = readYearAfter(tokens, i + 2, ctx);
      return { item: w === 'q' ? quarterPeriod(n, y) : halfPeriod(n, y), next };
    }
  }
  if (isNum(t, 1) && (word(tokens[i + 1]) === 'q' || word(tokens[i + 1]) === 'h') && !tokens[i + 1].sp) {
    const n = t.v;
    const kind = word(tokens[i + 1]);
    if ((kind === 'q' && n >= 1 && n <= 4) || (kind === 'h' && n <= 2 && n >= 1)) {
      // "1Q24": a two-digit year glued on
      const glued = tokens[i + 2];
      if (glued && glued.k === 'num' && !glued.sp && glued.s.length === 2) {
        const y2 = expandYear(glued.v, ctx);
        return { item: kind === 'q' ? quarterPeriod(n, y2) : halfPeriod(n, y2), next: i + 3 };
      }
      const { y, next } = readYearAfter(tokens, i + 2, ctx);
      return { item: kind === 'q' ? quarterPeriod(n, y) : halfPeriod(n, y), next };
    }
  }
  // Number first: "III kw.", "2. Quartal", "1st quarter", "first half".
  const num = readSmallNumber(tokens, i);
  if (num) {
    let j = num.next;
    const kw = word(tokens[j]);
    if (kw && (hasClass(kw, 'quarter') || hasClass(kw, 'half'))) {
      const isQuarter = hasClass(kw, 'quarter');
      const max = isQuarter ? 4 : 2;
      if (num.v >= 1 && num.v <= max) {
        j++;
        if (isP(tokens[j], '.')) j++;
        const { y, next } = readYearAfter(tokens, j, ctx);
        return { item: isQuarter ? quarterPeriod(num.v, y) : halfPeriod(num.v, y), next };
      }
    }
  }
  // Word first: "quý 2", "kwartał III", "quarter 3", "trimestre 2".
  if (w && (hasClass(w, 'quarter') || hasClass(w, 'half'))) {
    let j = i + 1;
    if (isP(tokens[j], '.')) j++;
    const n = readSmallNumber(tokens, j);
    const isQuarter = hasClass(w, 'quarter');
    if (n && n.v >= 1 && n.v <= (isQuarter ? 4 : 2)) {
      const { y, next } = readYearAfter(tokens, n.next, ctx);
      return { item: isQuarter ? quarterPeriod(n.v, y) : halfPeriod(n.v, y), next };
    }
  }
  return undefined;
};

/** Relative periods: "Month 1", "M4", "miesiąc 3", "Year 2", "Y1", "năm thứ 2". */
const relative: Parser = (tokens, i) => {
  const w = word(tokens[i]);
  if (!w) return undefined;
  const isMonth = hasClass(w, 'relativeMonth');
  const isYearWord = hasClass(w, 'year') && w !== 'r' && w !== 'fy';
  if (!isMonth && !isYearWord) return undefined;
  let j = i + 1;
  if (word(tokens[j]) === 'thu') j++; // Vietnamese "năm thứ 2"
  const n = tokens[j];
  if (!isNum(n)) return undefined;
  if (w.length === 1 && n.sp) return undefined; // "M 3" is too loose; "M3" is not
  if (n.v < 1 || n.v > (isMonth ? 240 : 50)) return undefined;
  return { item: { t: 'rel', unit: isMonth ? 'month' : 'year', n: n.v }, next: j + 1 };
};

/** Vietnamese calendar months: "T3", "tháng 3", "th 3", "tháng 3/2010", "tháng 05/09". */
const calendarMonth: Parser = (tokens, i, ctx) => {
  const w = word(tokens[i]);
  if (!w || !hasClass(w, 'calendarMonth')) return undefined;
  const n = tokens[i + 1];
  if (!isNum(n) || n.v < 1 || n.v > 12) return undefined;
  if (w === 't' && n.sp) return undefined;
  let j = i + 2;
  let warn: TimeWarning | undefined;
  if (isP(tokens[j], '/') && isP(tokens[j + 1], '/')) {
    warn = { code: 'doubled-slash', detail: '' };
    j++;
  }
  if (isP(tokens[j], '/') && isNum(tokens[j + 1], 4) && tokens[j + 1].k === 'num') {
    const yt = tokens[j + 1] as Token;
    if (yt.s.length === 4 || yt.s.length === 2 || yt.s.length === 1) {
      const y = yt.s.length === 4 ? yt.v : expandYear(yt.v, ctx);
      return { item: monthPeriod(n.v, y), next: suffixR(tokens, j + 2), warn };
    }
  }
  const { y, next } = readYearAfter(tokens, i + 2, ctx);
  return { item: monthPeriod(n.v, y), next };
};

/** Month names, with an optional day before or after and an optional year: "30 maja", "luty 2014", "March 15, 2024", "Jan-10". */
const monthName: Parser = (tokens, i, ctx) => {
  let j = i;
  let day: number | undefined;
  if (isNum(tokens[j]) && tokens[j].v >= 1 && tokens[j].v <= 31) {
    const after = readSmallNumber(tokens, j);
    if (after && word(tokens[after.next])) {
      day = tokens[j].v;
      j = after.next;
      if (['de', 'del'].includes(word(tokens[j]) ?? '') && word(tokens[j + 1])) j++;
    }
  }
  const w = word(tokens[j]);
  if (!w) return undefined;
  const match = lookupMonth(w, ctx.lang);
  if (!match) return undefined;
  let warn: TimeWarning | undefined;
  if (match.kind !== 'exact') warn = { code: match.kind === 'truncated' ? 'truncated-month' : 'misspelt-month', detail: tokens[j].raw };
  j++;
  if (isP(tokens[j], '.')) j++;
  // "March 15, 2024"
  if (day === undefined && isNum(tokens[j]) && tokens[j].v <= 31 && tokens[j].v >= 1 && (isP(tokens[j + 1], ',') || tokens[j + 2] === undefined && !isP(tokens[j - 1], '-')) ) {
    const tail = readYearAfter(tokens, j + 1, ctx);
    if (tail.y !== undefined || tokens[j + 1] === undefined) {
      return { item: monthPeriod(match.month, tail.y, tokens[j].v), next: tail.next, warn };
    }
  }
  // "Jan-10" as Excel shows mmm-yy
  if (isP(tokens[j], '-') && !tokens[j].sp && isNum(tokens[j + 1]) && !tokens[j + 1].sp && (tokens[j + 1] as { s: string }).s.length === 2 && tokens[j + 2] === undefined) {
    return { item: monthPeriod(match.month, expandYear(tokens[j + 1].v, ctx), day), next: j + 2, warn };
  }
  const { y, next } = readYearAfter(tokens, j, ctx);
  return { item: monthPeriod(match.month, y, day), next, warn };
};

/** Seasons: "summer 2020", "wiosna 2014". */
const season: Parser = (tokens, i, ctx) => {
  const w = word(tokens[i]);
  const s = w ? getLexicon().seasons.get(w) : undefined;
  if (!s) return undefined;
  const { y, next } = readYearAfter(tokens, i + 1, ctx);
  const p: Period = { t: 'period', unit: 'month', y, yExplicit: y !== undefined, m1: s[0], m2: s[1] };
  return { item: p, next };
};

/** Decide what "a/b" means: month/year, day/month or month/day. */
function slashPair(a: Token, b: Token, ctx: TimeContext): { p?: Period; warn?: TimeWarning } {
  if (b.s.length === 4) return a.v >= 1 && a.v <= 12 ? { p: monthPeriod(a.v, b.v) } : {};
  if (a.s.length === 4) return b.v >= 1 && b.v <= 12 ? { p: monthPeriod(b.v, a.v) } : {};
  if (a.s.length > 2 || b.s.length > 2) return {};
  const order = ctx.slashOrder;
  const asMonthYear = (): Period | undefined => (a.v >= 1 && a.v <= 12 ? monthPeriod(a.v, expandYear(b.v, ctx)) : undefined);
  const asDayMonth = (): Period | undefined => (a.v >= 1 && a.v <= 31 && b.v >= 1 && b.v <= 12 ? monthPeriod(b.v, undefined, a.v) : undefined);
  const asMonthDay = (): Period | undefined => (a.v >= 1 && a.v <= 12 && b.v >= 1 && b.v <= 31 ? monthPeriod(a.v, undefined, b.v) : undefined);
  if (order === 'month-year') return { p: asMonthYear() ?? asDayMonth() };
  if (order === 'day-month') return { p: asDayMonth() ?? asMonthYear() };
  if (order === 'month-day') return { p: asMonthDay() ?? asMonthYear() };
  if (a.v > 12) return { p: asDayMonth() };
  if (b.v > 12) return { p: asMonthYear() };
  // Both could be months. A second number that matches the plan's year is a year (Vietnamese "03/09").
  const year = ctx.year ?? ctx.fallbackYear;
  if (year === undefined || expandYear(b.v, ctx) === year || ctx.year === undefined) return { p: asMonthYear() };
  return { p: asDayMonth(), warn: { code: 'ambiguous-date', detail: `${a.s}/${b.s}` } };
}

/** Numeric dates: ISO, d.m.y, d/m/y, m/yy, d m y, d.m, m-yyyy. */
const numericDate: Parser = (tokens, i, ctx) => {
  const a = tokens[i];
  if (!a || a.k !== 'num') return undefined;
  const s1 = tokens[i + 1];
  const glued = (t: Token | undefined) => !!t && !t.sp;
  // yyyy-mm(-dd), yyyy/mm, yyyy.mm.dd
  if (a.s.length === 4 && s1 && s1.k === 'p' && ['-', '/', '.'].includes(s1.c) && glued(s1) && isNum(tokens[i + 2]) && glued(tokens[i + 2])) {
    const m = tokens[i + 2].v;
    if (m >= 1 && m <= 12) {
      if (isP(tokens[i + 3], s1.c) && isNum(tokens[i + 4]) && glued(tokens[i + 4]) && tokens[i + 4].v <= 31) {
        return { item: monthPeriod(m, a.v, tokens[i + 4].v), next: i + 5 };
      }
      return { item: monthPeriod(m, a.v), next: i + 3 };
    }
    return undefined;
  }
  if (a.s.length > 2 || !s1) return undefined;
  // a SEP b SEP c with the same separator (or a doubled slash)
  if (s1.k === 'p' && ['/', '.', '-'].includes(s1.c)) {
    let j = i + 2;
    let warn: TimeWarning | undefined;
    if (s1.c === '/' && isP(tokens[j], '/')) {
      warn = { code: 'doubled-slash', detail: '' };
      j++;
    }
    const b = tokens[j];
    if (isNum(b, 4) && b.k === 'num' && (s1.c !== '-' || (glued(s1) && glued(b)))) {
      const s2 = tokens[j + 1];
      const c = tokens[j + 2];
      // Three parts: a/b/c, a.b.c, a-b-c
      if (b.s.length <= 2 && s2 && s2.k === 'p' && s2.c === s1.c && c && c.k === 'num' && (c.s.length === 4 || c.s.length === 2) && (s1.c !== '-' || glued(c))) {
        const y = c.s.length === 4 ? c.v : expandYear(c.v, ctx);
        const monthFirst = s1.c === '/' && (ctx.slashOrder === 'month-day' || (a.v <= 12 && b.v > 12));
        const [d, m] = monthFirst ? [b.v, a.v] : [a.v, b.v];
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { item: monthPeriod(m, y, d), next: suffixR(tokens, j + 3), warn };
        return undefined;
      }
      // "13. 06 2011": day. month year
      if (s1.c === '.' && b.s.length <= 2 && isYear4(tokens[j + 1]) && b.v >= 1 && b.v <= 12 && a.v <= 31) {
        return { item: monthPeriod(b.v, tokens[j + 1].v, a.v), next: suffixR(tokens, j + 2) };
      }
      if (s1.c === '/') {
        const { p, warn: w2 } = slashPair(a, b, ctx);
        if (p) return { item: p, next: suffixR(tokens, j + 1), warn: warn ?? w2 };
        return undefined;
      }
      if (s1.c === '.' && glued(b)) {
        if (b.s.length === 4 && a.v >= 1 && a.v <= 12) return { item: monthPeriod(a.v, b.v), next: suffixR(tokens, j + 1) };
        if (b.s.length <= 2 && a.v >= 1 && a.v <= 31 && b.v >= 1 && b.v <= 12) {
          const { y, next } = readYearAfter(tokens, j + 1, ctx);
          return { item: monthPeriod(b.v, y, a.v), next };
        }
      }
      if (s1.c === '-' && b.s.length === 4 && a.v >= 1 && a.v <= 12) return { item: monthPeriod(a.v, b.v), next: j + 1 };
    }
    // "15.III.2014": day, Roman month, year
    const r = word(b);
    if (r && romanValue(r) && isP(tokens[j + 1], s1.c) && isYear4(tokens[j + 2])) {
      return { item: monthPeriod(romanValue(r)!, tokens[j + 2].v, a.v), next: j + 3 };
    }
    return undefined;
  }
  // "15 06 2011", "10 09": day month (year), separated by spaces only
  if (s1.k === 'num' && s1.s.length <= 2 && a.v >= 1 && a.v <= 31 && s1.v >= 1 && s1.v <= 12 && s1.sp && (s1.s.length === 2 || isYear4(tokens[i + 2]))) {
    const { y, next } = readYearAfter(tokens, i + 2, ctx);
    return { item: monthPeriod(s1.v, y, a.v), next };
  }
  // "15 III 2014"
  const r = word(s1);
  if (r && romanValue(r) && isYear4(tokens[i + 2]) && a.v <= 31) return { item: monthPeriod(romanValue(r)!, tokens[i + 2].v, a.v), next: i + 3 };
  return undefined;
};

/** A Roman-numeral month before a year, as Polish writes dates: "XII 2014", "IV.2015". Not I alone ("i" is "and"). */
const romanMonth: Parser = (tokens, i) => {
  const w = word(tokens[i]);
  const m = w ? romanValue(w) : undefined;
  if (!m || m === 1 && w === 'i') return undefined;
  let j = i + 1;
  if (isP(tokens[j], '.')) j++;
  if (!isYear4(tokens[j])) return undefined;
  return { item: monthPeriod(m, tokens[j].v), next: suffixR(tokens, j + 1) };
};

/** A year on its own: "2014", "2014 r.", "năm 2020", "rok 2021". */
const year: Parser = (tokens, i, ctx) => {
  let j = i;
  const w = word(tokens[j]);
  if (w && hasClass(w, 'year') && isYear4(tokens[j + 1])) j++;
  if (!isYear4(tokens[j])) return undefined;
  // "2019-Q3", "2019/H2": the year first, glued to its quarter or half
  const sep = tokens[j + 1];
  if (sep && sep.k === 'p' && (sep.c === '-' || sep.c === '/') && !sep.sp && tokens[j + 2] && !tokens[j + 2].sp) {
    const q = quarterOrHalf(tokens, j + 2, ctx);
    if (q && q.item && q.item.t === 'period' && q.item.y === undefined) {
      q.item.y = tokens[j].v;
      q.item.yExplicit = true;
      return q;
    }
  }
  return { item: yearPeriod(tokens[j].v), next: suffixR(tokens, j + 1) };
};

/** A number nobody claimed yet: its unit comes from its neighbours ("T4,5,6", "02 – 04/09", "30 - 31 maja"). */
const bare: Parser = (tokens, i) => {
  const t = tokens[i];
  const n = readSmallNumber(tokens, i);
  if (!n) return undefined;
  if (t.k === 'word' && romanValue(t.w) === undefined) return undefined;
  return { item: { t: 'bare', v: n.v, digits: t.k === 'num' ? t.s.length : 0, roman: t.k === 'word' }, next: n.next };
};

const PARSERS: Parser[] = [wholeYear, vietnameseHalf, quarterOrHalf, relative, calendarMonth, numericDate, monthName, season, romanMonth, year];

/** Turn the tokens of one segment into items, modifiers applied. */
export function scan(tokens: Token[], ctx: TimeContext): ScanResult {
  const items: Item[] = [];
  const ignored: string[] = [];
  const warnings: TimeWarning[] = [];
  let between = false;
  let modifier: 'early' | 'mid' | 'late' | undefined;
  let i = 0;
  while (i < tokens.length) {
    let matched: Match | undefined;
    for (const p of PARSERS) {
      matched = p(tokens, i, ctx);
      if (matched) break;
    }
    if (matched && matched.item) {
      const item = matched.item;
      if (item.t === 'period' && modifier) applyModifier(item, modifier);
      // A year written before its period ("2024 Q3", "2024 March") is that period's year, not a span of its own.
      const prev = items[items.length - 1];
      if (item.t === 'period' && item.unit !== 'year' && item.y === undefined && prev && prev.t === 'period' && prev.unit === 'year' && prev.m1 === 1 && prev.m2 === 12 && prev.y !== undefined) {
        items.pop();
        item.y = prev.y;
        item.yExplicit = true;
      }
      modifier = undefined;
      items.push(item);
      if (matched.warn) warnings.push(matched.warn);
      i = matched.next;
      continue;
    }
    const t = tokens[i];
    const w = word(t);
    if (t.k === 'p') {
      if (t.c === '-' || t.c === '~' || t.c === '→' || t.c === '>' || (t.c === '.' && isP(tokens[i + 1], '.'))) {
        items.push({ t: 'conn', c: 'range' });
        i += t.c === '.' ? 2 : 1;
        continue;
      }
      if (t.c === ',' || t.c === '+' || t.c === '&' || t.c === '/') items.push({ t: 'conn', c: 'list' });
      i++;
      continue;
    }
    if (w) {
      // "I-II kw.": a Roman numeral before a dash or a quarter word is a number, not Polish "i".
      const nextT = tokens[i + 1];
      if (romanValue(w) !== undefined && (isP(nextT, '-') || (word(nextT) && (hasClass(word(nextT)!, 'quarter') || hasClass(word(nextT)!, 'half'))))) {
        items.push({ t: 'bare', v: romanValue(w)!, digits: 0, roman: true });
        i++;
        continue;
      }
      if (hasClass(w, 'week') && isNum(nextT)) {
        i += 2; // a week number says nothing about the month
        continue;
      }
      if (hasClass(w, 'early')) modifier = 'early';
      else if (hasClass(w, 'mid')) modifier = 'mid';
      else if (hasClass(w, 'late')) modifier = 'late';
      else if (hasClass(w, 'between')) between = true;
      else if (hasClass(w, 'range') && items.length > 0) items.push({ t: 'conn', c: 'range' });
      else if (hasClass(w, 'list')) items.push({ t: 'conn', c: 'list' });
      else if (!hasClass(w, 'filler') && !hasClass(w, 'range') && !hasClass(w, 'calendarMonth') && !hasClass(w, 'year') && !hasClass(w, 'relativeMonth') && !hasClass(w, 'whole')) {
        const b = bare(tokens, i, ctx);
        if (b && b.item) {
          items.push(b.item);
          i = b.next;
          continue;
        }
        ignored.push(t.raw);
      }
      i++;
      continue;
    }
    // A number no parser took. "2 weeks" is a duration, not a month.
    const afterNum = word(tokens[i + 1]);
    if (afterNum && hasClass(afterNum, 'week')) {
      i += 2;
      continue;
    }
    const b = bare(tokens, i, ctx);
    if (b && b.item) {
      items.push(b.item);
      i = b.next;
    } else i++;
  }
  return { items, ignored, between, warnings };
}

function applyModifier(p: Period, mod: 'early' | 'mid' | 'late'): void {
  if (p.unit !== 'year' && p.unit !== 'half') return; // "đầu tháng 5" is still May
  const len = p.m2 - p.m1 + 1;
  const third = Math.max(1, Math.round(len / 3));
  if (mod === 'early') p.m2 = p.m1 + third - 1;
  else if (mod === 'mid') {
    p.m1 = p.m1 + third;
    p.m2 = p.m1 + third - 1;
  } else p.m1 = p.m2 - third + 1;
}

export function coarsest(units: Precision[]): Precision | null {
  const order: Precision[] = ['day', 'month', 'quarter', 'half', 'year', 'relative'];
  let best = -1;
  for (const u of units) best = Math.max(best, order.indexOf(u));
  return best < 0 ? null : order[best];
}
