/**
 * Our XML scanner (src/xlsx/xml.ts) against saxes, a general SAX parser, on workbook-like XML cut into chunks at
 * every kind of place: inside names, attribute values, entity references, comments and CDATA.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XmlError, XmlScanner } from '../../src/xlsx/xml';

type Event = string;

/** Events as one list of strings, consecutive text merged, text outside the root left out. */
function normalise(raw: [string, string][]): Event[] {
  const out: Event[] = [];
  let depth = 0;
  let text = '';
  const flush = () => {
    if (text) out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  for (const [kind, value] of raw) {
    if (kind === 'text') {
      if (depth > 0) text += value;
      continue;
    }
    flush();
    depth += kind === 'open' ? 1 : -1;
    out.push(`${kind} ${value}`);
  }
  flush();
  return out;
}

function ours(chunks: string[]): Event[] {
  const raw: [string, string][] = [];
  const s = new XmlScanner({
    open: (t) => raw.push(['open', `${t.name} ${JSON.stringify(t.attributes)}`]),
    close: (n) => raw.push(['close', n]),
    text: (x) => raw.push(['text', x]),
  });
  for (const c of chunks) s.write(c);
  s.close();
  return normalise(raw);
}

function reference(xml: string): Event[] {
  const raw: [string, string][] = [];
  const p = new SaxesParser();
  p.on('opentag', (t) => raw.push(['open', `${t.name} ${JSON.stringify(t.attributes)}`]));
  p.on('closetag', (t) => raw.push(['close', t.name]));
  p.on('text', (x) => raw.push(['text', x]));
  p.on('cdata', (x) => raw.push(['text', x]));
  p.write(xml).close();
  return normalise(raw);
}

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">',
  '<!-- a comment with <c> and - a dash - inside -->',
  '<sheetData><row r="1" spans="1:3" hidden="1">',
  '<c r="A1" t="s" s="2"><v>0</v></c>',
  '<c r="B1" t="inlineStr"><is><t xml:space="preserve">  Tổng &amp; razem &lt;3 &#x1F600; &#260;  </t></is></c>',
  `<c r="C1" t='str'><f>"a&gt;b"</f><v>x &quot;y&quot; &apos;z&apos;</v></c>`,
  '<c r="D1" s="3"/>',
  '</row><row r="2"><c r="A2"><v>45292</v></c></row></sheetData>',
  '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
  '<x:extLst><x:ext uri="a>b" note=\'it says "1 > 0"\'><![CDATA[raw <text> & more]]></x:ext></x:extLst>',
  '<legacy attr="tab\there\nline"/>',
  '</worksheet>',
].join('');

/** The text cut at the given points. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const p of at) {
    chunks.push(text.slice(last, p));
    last = p;
  }
  chunks.push(text.slice(last));
  return chunks;
}

describe('the XML scanner of our .xlsx reader', () => {
  it('gives the same tags, attributes and text as a general SAX parser on workbook XML', () => {
    expect(ours([SHEET])).toEqual(reference(SHEET));
    expect(ours([SHEET]).join('\n')).toContain('Tổng & razem <3 😀 Ą');
  });

  it('gives the same events wherever the chunks are cut', () => {
    const whole = reference(SHEET);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (points) => {
        expect(ours(cut(SHEET, points))).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('cut one character at a time, still the same', () => {
    expect(ours([...SHEET])).toEqual(reference(SHEET));
  });

  it('reads each attribute in place (the view a sheet is read through) as the SAX parser reads it, wherever the chunks are cut', () => {
    const viewed = (chunks: string[]) => {
      const seen: string[] = [];
      const s = new XmlScanner({ openView: (name, a) => seen.push(`${name} r=${a.get('r')} t=${a.get('t')} note=${a.get('note')} attr=${a.get('attr')} ref=${a.get('ref')} x=${a.get('x')}`) });
      for (const c of chunks) s.write(c);
      s.close();
      return seen;
    };
    const expected = reference(SHEET)
      .filter((e) => e.startsWith('open '))
      .map((e) => {
        const [, name, json] = /^open (\S+) (.*)$/.exec(e)!;
        const a = JSON.parse(json) as Record<string, string>;
        return `${name} r=${a.r} t=${a.t} note=${a.note} attr=${a.attr} ref=${a.ref} x=${a.x}`;
      });
    expect(viewed([SHEET])).toEqual(expected);
    expect(viewed([SHEET]).join('\n')).toContain('note=it says "1 > 0"');
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (points) => {
        expect(viewed(cut(SHEET, points))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
    // An attribute that is not well formed is refused when the reading reaches it.
    expect(() => new XmlScanner({ openView: (_n, a) => void a.get('c') }).write('<a b="1" c=2/>')).toThrow(XmlError);
  });

  it('refuses XML that is not well formed', () => {
    expect(() => ours(['<a><b></a>'])).toThrow(XmlError);
    expect(() => ours(['<a><b>text'])).toThrow(XmlError);
    expect(() => ours(['<a attr=unquoted/>'])).toThrow(XmlError);
    expect(() => ours(['<!DOCTYPE a [<!ENTITY x "xxxx">]><a>&x;</a>'])).toThrow(XmlError);
  });

  it('refuses a tag longer than a workbook writes, without holding the part', () => {
    const s = new XmlScanner({});
    s.write('<a><c r="');
    const piece = 'x'.repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i < 40; i++) s.write(piece);
    }).toThrow(/tag longer/);
  });

  it('hands long text on as it comes: a part of whitespace is not held whole', () => {
    let seen = 0;
    const s = new XmlScanner({ text: (x) => (seen += x.length) });
    s.write('<a>');
    for (let i = 0; i < 100; i++) s.write(' '.repeat(10_000));
    // Nearly all of it is out before the part ends.
    expect(seen).toBeGreaterThan(990_000);
    s.write('</a>');
    s.close();
    expect(seen).toBe(1_000_000);
  });
});
