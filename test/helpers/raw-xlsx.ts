/** A workbook written part by part with JSZip, for shapes ExcelJS will not write (hostile sizes, far cells). */
import JSZip from 'jszip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline-string cells for rows of text, starting at A1. */
export function rowsXml(rows: string[][], from = 1): string {
  return rows
    .map((r, i) => `<row r="${i + from}">${r.map((t, c) => (t === '' ? '' : `<c r="${String.fromCharCode(65 + c)}${i + from}" t="inlineStr"><is><t>${esc(t)}</t></is></c>`)).join('')}</row>`)
    .join('');
}

export async function rawXlsx(sheetData: string, extra = '', sheetName = 'Plan'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The zip with the sizes it declares for the sheet (local header and central directory) set to a lie. */
export function lieAboutSizes(zip: Buffer, size = 100): Buffer {
  const out = Buffer.from(zip);
  const named = (at: number, nameLen: number) => out.subarray(at, at + nameLen).toString().endsWith('sheet1.xml');
  for (let i = 0; i + 46 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && named(i + 30, out.readUInt16LE(i + 26))) out.writeUInt32LE(size, i + 22);
    else if (sig === 0x02014b50 && named(i + 46, out.readUInt16LE(i + 28))) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

export const PLAN_ROWS = [
  ['Goal', 'Activity', 'Time', 'Owner', 'Expected outcome'],
  ['1. Safer streets', 'Map the dark corners with residents', 'March 2025', 'Ward office', 'A map'],
  ['', 'Fit new street lights', 'Q2 2025', 'City works', '40 lights'],
];
