/**
 * New sheets added to a copy of an .xlsx without loading it: the parts of the workbook are copied as they are
 * (still compressed), the new sheets' XML streams into the zip as it is made, and only workbook.xml, its
 * relationships, [Content_Types].xml and styles.xml are rewritten (src/xlsx/write-sheet.ts). Memory stays with
 * the sheets being written, not with the workbook. Undefined when the workbook's parts are not as expected: the
 * caller then writes through ExcelJS.
 */
import { createWriteStream } from 'fs';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import JSZip from 'jszip';
import type { SheetSpec } from '../core';
import { uniqueSheetName } from '../core';
import { registerSheets, sheetXml, stylesWith, workbookSheetNames } from '../xlsx/write-sheet';
import type { NewSheet } from '../xlsx/write-sheet';

const PARTS = { workbook: 'xl/workbook.xml', rels: 'xl/_rels/workbook.xml.rels', types: '[Content_Types].xml', styles: 'xl/styles.xml' };

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? f.async('string') : undefined;
}

/** The zip with the new sheets in it, and the names they got; undefined when the workbook cannot take them so. */
export async function appendSheets(source: Uint8Array, specs: SheetSpec[]): Promise<{ zip: JSZip; names: string[] } | undefined> {
  if (specs.some((s) => s.table)) return undefined; // an Excel table needs a table part: ExcelJS writes those
  const zip = await JSZip.loadAsync(source, { checkCRC32: false });
  const [workbook, rels, types, styles] = await Promise.all([text(zip, PARTS.workbook), text(zip, PARTS.rels), text(zip, PARTS.types), text(zip, PARTS.styles)]);
  // A workbook with macros (whatever its name says) is not copied into an .xlsx.
  if (!workbook || !rels || !types || !styles || /macroEnabled/i.test(types) || zip.file(/vbaProject\.bin$/i).length > 0) return undefined;
  const existing = workbookSheetNames(workbook);
  const styled = stylesWith(styles, specs);
  if (!existing || !styled) return undefined;
  const names: string[] = [];
  const sheets: NewSheet[] = [];
  // Part names are compared without case (Open Packaging Conventions): "Sheet3.xml" takes "sheet3.xml" too.
  const taken = new Set(Object.keys(zip.files).map((f) => f.toLowerCase()));
  let n = 1;
  for (const spec of specs) {
    const name = uniqueSheetName(spec.name, [...existing, ...names]);
    while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n++}.xml`;
    names.push(name);
    sheets.push({ name, path });
  }
  const registered = registerSheets({ workbook, rels, types }, sheets);
  if (!registered) return undefined;
  // No folder entries: a workbook's zip, as Excel writes it, has none.
  const asIs = { createFolders: false };
  zip.file(PARTS.workbook, registered.workbook, asIs);
  zip.file(PARTS.rels, registered.rels, asIs);
  zip.file(PARTS.types, registered.types, asIs);
  zip.file(PARTS.styles, styled.xml, asIs);
  specs.forEach((spec, i) => {
    const chunks = sheetXml(spec, styled.index);
    zip.file(
      sheets[i].path,
      Readable.from((function* () {
        for (const c of chunks) yield Buffer.from(c, 'utf8');
      })()),
      asIs,
    );
  });
  return { zip, names };
}

/** Write the zip to a file as a stream (entries copied as they are, still compressed; new ones compressed as they come). */
export async function writeZip(zip: JSZip, file: string): Promise<void> {
  // Level 1: a 100k-row schedule is written in half the time for a file a sixth larger (JSZip deflates in JavaScript).
  const out = zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 1 } });
  await pipeline(out, createWriteStream(file));
}
