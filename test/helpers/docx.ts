/**
 * A small .docx writer for tests: paragraphs (optionally in a Word list: numbered "1.", "1)", or bulleted, the
 * numbers kept in numbering.xml as Word keeps them, not in the text) and tables (with gridSpan and vMerge).
 */
import JSZip from 'jszip';

export type DocxBlock =
  | { p: string; list?: 'decimal' | 'paren' | 'bullet'; restart?: boolean }
  /** A multilevel outline as Word's default numbered list nests it: "1." and, indented under it, "1." again. */
  | { p: string; outline: 0 | 1 }
  | { table: { text: string; span?: number; vMerge?: 'restart' | 'continue' }[][] };

const OUTLINE_NUM = 900;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LEVEL = { decimal: 0, paren: 1, bullet: 2 } as const;

function run(text: string): string {
  return text.split('\n').map((line, i) => `${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(line)}</w:t>`).join('');
}

function paragraph(b: Extract<DocxBlock, { p: string }>, numId: number): string {
  const level = 'outline' in b ? b.outline : b.list ? LEVEL[b.list] : undefined;
  const id = 'outline' in b ? OUTLINE_NUM : numId;
  const num = level !== undefined ? `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr></w:pPr>` : '';
  return `<w:p>${num}<w:r>${run(b.p)}</w:r></w:p>`;
}

function table(rows: Extract<DocxBlock, { table: unknown }>['table']): string {
  const tr = rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr>${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.vMerge ? `<w:vMerge${c.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}</w:tcPr>${c.text.split('\n').map((l) => `<w:p><w:r>${run(l)}</w:r></w:p>`).join('')}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl>${tr.join('')}</w:tbl>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="·"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  </w:abstractNum>
  NUMS
</w:numbering>`;

/** The bytes of a .docx. A list restarts its numbering where a block says so (a new numId, as Word does). */
export async function writeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  let numId = 1;
  const body = blocks.map((b) => {
    if ('table' in b) return table(b.table);
    if ('restart' in b && b.restart) numId++;
    return paragraph(b, numId);
  });
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`);
  const nums = Array.from({ length: numId }, (_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="0"/></w:num>`).join('') + `<w:num w:numId="${OUTLINE_NUM}"><w:abstractNumId w:val="1"/></w:num>`;
  zip.file('word/numbering.xml', NUMBERING.replace('NUMS', nums));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A plan typed as text ("1.", "1)", "·" at the start of lines) as Word lists: the typed numbers removed. */
export function listBlocks(text: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  let restart = true;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{1,2})([.)])\s*(.*)$/.exec(line);
    const b = /^[·•]\s*(.*)$/.exec(line);
    if (m) {
      blocks.push({ p: m[3], list: m[2] === '.' ? 'decimal' : 'paren', restart: restart && m[1] === '1' && m[2] === '.' });
      restart = false;
    } else if (b) blocks.push({ p: b[1], list: 'bullet' });
    else {
      if (/^ZADANIE/.test(line)) restart = true;
      blocks.push({ p: line });
    }
  }
  return blocks;
}
