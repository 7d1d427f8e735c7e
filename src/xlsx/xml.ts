/**
 * A small streaming XML scanner for the parts of an .xlsx: open tags with their attributes, close tags and text,
 * chunk by chunk. It does what a workbook's XML needs and no more (no DTD, no namespaces resolved: names stay as
 * written, "x:row" included), and it is several times faster than a general SAX parser on sheet XML.
 *
 * Memory stays with the chunk: text is handed on as it comes (a run of whitespace is never held whole), and a tag,
 * comment or CDATA section cut by a chunk's end is resumed where its scan stopped, never scanned again from its
 * start. Markup that is not well formed (a close tag that closes nothing open, a part that ends inside an element)
 * throws an XmlError.
 */

export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * A tag's attributes read where they stand, one at a time, nothing built: the hot path of a sheet's cells (three
 * attributes a cell, a million cells). Valid only during the call it is handed to.
 */
export class XmlAttributes {
  s = '';
  from = 0;
  to = 0;
  /** The value of `key`, decoded; undefined when the tag has none. */
  get(key: string): string | undefined {
    const { s, to } = this;
    let i = this.from;
    while (i < to) {
      if (isSpace(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const v = valueAt(s, i, to);
      if (v.nameEnd - i === key.length && s.startsWith(key, i)) return valueOf(s, v.open, v.close);
      i = v.close + 1;
    }
    return undefined;
  }
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  /** Instead of `open`: the tag's name and its attributes as a view (XmlAttributes), for a part read at volume. */
  openView?(name: string, attributes: XmlAttributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class XmlError extends Error {}

/** One tag longer than this is not a workbook's (a cell's attributes are a few dozen characters). */
const MAX_TAG = 1 << 20;

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character and the five predefined entity references decoded; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/**
 * A text to keep, detached from the chunk it was cut from. The scanner hands on slices of its chunk, and a slice
 * keeps the whole chunk alive: the shared strings of a big workbook would hold all of sharedStrings.xml twice.
 * A short text is copied by the slice itself; a longer one is copied through a new string it is sliced from.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Where the attribute valueAt last read ends its name, and where its quoted value opens and closes (no object a call). */
const at = { nameEnd: 0, open: 0, close: 0 };

/** The attribute that starts at i, its places left in `at`. */
function valueAt(s: string, i: number, to: number): typeof at {
  const eq = s.indexOf('=', i);
  if (eq < 0 || eq >= to) throw new XmlError('an attribute without a value');
  let nameEnd = eq;
  while (nameEnd > i && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
  let q = eq + 1;
  while (q < to && isSpace(s.charCodeAt(q))) q++;
  const quote = s.charCodeAt(q);
  if (quote !== 34 && quote !== 39) throw new XmlError(`attribute ${s.slice(i, nameEnd)} is not quoted`);
  const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
  if (close < 0 || close >= to) throw new XmlError(`attribute ${s.slice(i, nameEnd)} is not closed`);
  at.nameEnd = nameEnd;
  at.open = q;
  at.close = close;
  return at;
}

/** A quoted value, decoded; normalised as XML says (a tab or line break is a space). A plain value is sliced as it is. */
function valueOf(s: string, open: number, close: number): string {
  for (let k = open + 1; k < close; k++) {
    const code = s.charCodeAt(k);
    if (code === 38 || code < 32) return decodeEntities(s.slice(open + 1, close).replace(/[\t\n\r]/g, ' '));
  }
  return s.slice(open + 1, close);
}

/** The attributes of a tag's body (what follows its name), values decoded. */
function attributesOf(s: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    if (isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const v = valueAt(s, i, to);
    out[s.slice(i, v.nameEnd)] = valueOf(s, v.open, v.close);
    i = v.close + 1;
  }
  return out;
}

/** Whether s holds `name` at `at`, then only spaces up to `end`: a close tag's name, read without slicing it. */
function namedAt(s: string, at: number, end: number, name: string): boolean {
  if (!s.startsWith(name, at)) return false;
  for (let i = at + name.length; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

export class XmlScanner {
  private buf = '';
  private stack: string[] = [];
  private view = new XmlAttributes();
  /** Where the scan of markup cut by the last chunk resumes (relative to buf), and its open quote. */
  private resumeAt = 0;
  private quote = 0;

  constructor(private h: XmlHandlers) {}

  write(chunk: string): this {
    const s = this.buf.length ? this.buf + chunk : chunk;
    this.buf = s.slice(this.scan(s));
    return this;
  }

  close(): void {
    if (this.buf.length) {
      if (this.buf.indexOf('<') >= 0 || this.stack.length) throw new XmlError('the XML ends inside a tag');
      this.emitText(this.buf);
      this.buf = '';
    }
    if (this.stack.length) throw new XmlError(`the XML ends inside <${this.stack[this.stack.length - 1]}>`);
  }

  private emitText(t: string): void {
    if (t && this.h.text && this.stack.length) this.h.text(decodeEntities(t));
  }

  /** Scans s; returns where the unconsumed rest starts. */
  private scan(s: string): number {
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text to the chunk's end: handed on now, but an entity reference cut in two waits for its end.
        const amp = s.lastIndexOf('&');
        const keep = amp >= i && amp > s.length - 12 && s.indexOf(';', amp) < 0 ? amp : s.length;
        this.emitText(s.slice(i, keep));
        return keep;
      }
      if (lt > i) this.emitText(s.slice(i, lt));
      const end = this.markup(s, lt);
      if (end < 0) return lt;
      this.resumeAt = 0;
      this.quote = 0;
      i = end;
    }
    return s.length;
  }

  /** The markup starting at lt, handled; returns the index after it, or -1 when the chunk cuts it. */
  private markup(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 33 /* ! */) return this.special(s, lt);
    if (next === 63 /* ? */) return this.until(s, lt, '?>');
    const gt = this.tagEnd(s, lt);
    if (gt < 0) return -1;
    if (next === 47 /* / */) {
      const open = this.stack.pop();
      if (open === undefined || !namedAt(s, lt + 2, gt, open)) throw new XmlError(`</${s.slice(lt + 2, gt).trim()}> closes ${open ? `<${open}>` : 'nothing'}`);
      this.h.close?.(open);
      return gt + 1;
    }
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let n = lt + 1;
    while (n < bodyEnd && !isSpace(s.charCodeAt(n))) n++;
    const name = s.slice(lt + 1, n);
    if (!name) throw new XmlError('a tag without a name');
    if (this.h.openView) {
      this.view.s = s;
      this.view.from = n;
      this.view.to = bodyEnd;
      this.h.openView(name, this.view);
      this.view.s = '';
    } else this.h.open?.({ name, attributes: n < bodyEnd ? attributesOf(s, n, bodyEnd) : {} });
    if (selfClosing) this.h.close?.(name);
    else this.stack.push(name);
    return gt + 1;
  }

  /** The ">" that ends the tag at lt (quotes respected), resuming a scan a chunk cut. */
  private tagEnd(s: string, lt: number): number {
    let i = lt === 0 && this.resumeAt > 0 ? this.resumeAt : lt + 1;
    let quote = lt === 0 ? this.quote : 0;
    for (; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (quote) {
        const close = s.indexOf(quote === 34 ? '"' : "'", i);
        if (close < 0) {
          i = s.length;
          break;
        }
        i = close;
        quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === 62) return i;
    }
    if (s.length - lt > MAX_TAG) throw new XmlError('a tag longer than a workbook writes');
    this.resumeAt = i - lt;
    this.quote = quote;
    return -1;
  }

  /** Comments, CDATA (its text handed on) and a DOCTYPE without an internal subset. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) return this.until(s, lt, '-->');
    if (s.length - lt < 9) return -1;
    if (s.startsWith('<![CDATA[', lt)) {
      const end = this.until(s, lt, ']]>');
      if (end > 0) this.emitRaw(s.slice(lt + 9, end - 3));
      return end;
    }
    if (s.startsWith('<!DOCTYPE', lt)) {
      const end = this.until(s, lt, '>');
      if (end > 0 && s.slice(lt, end).includes('[')) throw new XmlError('a workbook part declares its own entities');
      return end;
    }
    throw new XmlError('markup that is not XML');
  }

  private emitRaw(t: string): void {
    if (t && this.h.text && this.stack.length) this.h.text(t);
  }

  /** The index after the first `end` from lt, resuming a search a chunk cut; -1 when it is not there yet. */
  private until(s: string, lt: number, end: string): number {
    const from = lt === 0 && this.resumeAt > 0 ? this.resumeAt : lt + 2;
    const at = s.indexOf(end, from);
    if (at >= 0) return at + end.length;
    this.resumeAt = Math.max(2, s.length - lt - end.length + 1);
    return -1;
  }
}
