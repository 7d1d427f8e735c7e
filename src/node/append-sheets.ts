/**
 * New sheets added to a copy of an .xlsx without loading it: the parts of the workbook are copied as they are
 * (still compressed, zip-writer.ts), the new sheets' XML streams into the zip as it is made, and only workbook.xml, its
 * relationships, [Content_Types].xml and styles.xml are rewritten (src/xlsx/write-sheet.ts). Memory stays with
 * the sheets being written, not with the workbook. Undefined when the workbook's parts are not as expected: the
 * caller then writes through ExcelJS.
 */
import { inflateRawSync } from 'zlib';
import type { SheetSpec, ZipEntry } from '../core';
import { uniqueSheetName, zipEntries } from '../core';
import { ZipWriter } from './zip-writer';
import { registerSheets, sheetXml, stylesWith, workbookSheetNames } from '../xlsx/write-sheet';
import type { NewSheet } from '../xlsx/write-sheet';

const PARTS = { workbook: 'xl/workbook.xml', rels: 'xl/_rels/workbook.xml.rels', types: '[Content_Types].xml', styles: 'xl/styles.xml' };

/** A small part's text, unpacked from the entries the directory lists (stored or deflated); nothing otherwise. */
function text(source: Uint8Array, entries: ZipEntry[], path: string): string | undefined {
  const e = entries.find((x) => x.name === path);
  if (!e || (e.method !== 0 && e.method !== 8)) return undefined;
  const data = source.subarray(e.dataStart, e.dataStart + e.compressedSize);
  try {
    return (e.method === 8 ? inflateRawSync(data, { maxOutputLength: 64 * 1024 * 1024 }) : Buffer.from(data)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** What `writeZip` writes: the user's entries as they are (a few rewritten), then the new sheets. */
export interface Appended {
  names: string[];
  source: Uint8Array;
  entries: ZipEntry[];
  /** Parts rewritten, by path: workbook.xml, its relationships, [Content_Types].xml, styles.xml. */
  replaced: Map<string, string>;
  added: { path: string; chunks: Iterable<string> }[];
}

/** The new sheets, placed in the user's workbook, and the names they got; undefined when it cannot take them so. */
export async function appendSheets(source: Uint8Array, specs: SheetSpec[]): Promise<Appended | undefined> {
  if (specs.some((s) => s.table)) return undefined; // an Excel table needs a table part: ExcelJS writes those
  const entries = zipEntries(source);
  // An encrypted entry cannot be copied into a workbook that opens.
  if (!entries || entries.some((e) => e.flags & 1)) return undefined;
  const [workbook, rels, types, styles] = [PARTS.workbook, PARTS.rels, PARTS.types, PARTS.styles].map((p) => text(source, entries, p));
  // A workbook with macros (whatever its name says) is not copied into an .xlsx.
  if (!workbook || !rels || !types || !styles || /macroEnabled/i.test(types) || entries.some((e) => /vbaProject\.bin$/i.test(e.name))) return undefined;
  const existing = workbookSheetNames(workbook);
  const styled = stylesWith(styles, specs);
  if (!existing || !styled) return undefined;
  const names: string[] = [];
  const sheets: NewSheet[] = [];
  // Part names are compared without case (Open Packaging Conventions): "Sheet3.xml" takes "sheet3.xml" too.
  const taken = new Set(entries.map((e) => e.name.toLowerCase()));
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
  const replaced = new Map([[PARTS.workbook, registered.workbook], [PARTS.rels, registered.rels], [PARTS.types, registered.types], [PARTS.styles, styled.xml]]);
  return { names, source, entries: entries.filter((e) => !e.name.endsWith('/')), replaced, added: specs.map((spec, i) => ({ path: sheets[i].path, chunks: sheetXml(spec, styled.index) })) };
}

/**
 * Write the workbook to a file as a stream: the user's entries copied still compressed, the rewritten parts and
 * the new sheets deflated by Node's zlib as their XML is made (no folder entries: Excel writes none).
 */
export async function writeZip(appended: Appended, file: string): Promise<void> {
  const out = new ZipWriter(file);
  try {
    for (const e of appended.entries) {
      const text = appended.replaced.get(e.name);
      if (text === undefined) await out.copy(e, appended.source);
      else await out.add(e.name, [text]);
    }
    for (const a of appended.added) await out.add(a.path, a.chunks);
    await out.finish();
  } catch (e) {
    out.destroy();
    throw e;
  }
}
