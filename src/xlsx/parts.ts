/** The parts of an .xlsx, streamed out of the zip through our XML scanner, every inflated byte counted. */
import type JSZip from 'jszip';
import type { Budget } from './limits';
import { XmlScanner } from './xml';
import type { XmlHandlers } from './xml';

export type Handlers = XmlHandlers;

/**
 * A workbook's zip as the readers need it: whether a part is there, and its inflated bytes a chunk at a time.
 * JSZip in the browser (jszipParts); Node's own zlib in the CLI (src/node/zlib-parts.ts), several times faster.
 */
export interface ZipParts {
  has(path: string): boolean;
  /** The part's bytes in order to `chunk`, false when it is missing; an error `chunk` throws stops the inflation and rejects. */
  stream(path: string, chunk: (bytes: Uint8Array) => void): Promise<boolean>;
}

/** JSZip's own chunked inflation (not in its typings): data arrives a chunk at a time and can be stopped. */
export function jszipParts(zip: JSZip): ZipParts {
  return {
    has: (path) => zip.file(path) !== null,
    stream: (path, chunk) => {
      const file = zip.file(path);
      if (!file) return Promise.resolve(false);
      return new Promise((resolve, reject) => {
        const stream = (file as unknown as { internalStream(t: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
        const stop = (e: unknown) => {
          stream.pause();
          reject(e);
        };
        stream.on('data', (bytes: Uint8Array) => {
          try {
            chunk(bytes);
          } catch (e) {
            stop(e);
          }
        });
        stream.on('error', stop);
        stream.on('end', () => resolve(true));
        stream.resume();
      });
    },
  };
}

/** A part's XML through the handlers, chunk by chunk; false when the part is missing. */
export async function streamPart(zip: ZipParts, path: string, budget: Budget, h: Handlers): Promise<boolean> {
  const parser = new XmlScanner(h);
  const decoder = new TextDecoder('utf-8');
  const found = await zip.stream(path, (bytes) => {
    budget.addBytes(bytes.length);
    parser.write(decoder.decode(bytes, { stream: true }));
  });
  if (found) parser.write(decoder.decode()).close();
  return found;
}

/** A small part as a string (a theme), counted like the others; nothing when it is missing or too big. */
export async function partText(zip: ZipParts, path: string, budget: Budget, max = 4 * 1024 * 1024): Promise<string | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const found = await zip.stream(path, (bytes) => {
    budget.addBytes(bytes.length);
    size += bytes.length;
    if (size <= max) chunks.push(bytes);
  });
  if (!found || size > max) return undefined;
  const whole = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    whole.set(c, at);
    at += c.length;
  }
  return new TextDecoder('utf-8').decode(whole);
}

/** A part's path resolved against the folder of the part that names it ("worksheets/sheet1.xml" from xl/). */
export function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export interface SheetRef {
  name: string;
  path: string;
}

/** The workbook's sheets in its own order, the date system, and the paths of its other parts. */
export async function workbookParts(zip: ZipParts, budget: Budget): Promise<{ sheets: SheetRef[]; date1904: boolean; styles?: string; strings?: string; theme?: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  await streamPart(zip, 'xl/_rels/workbook.xml.rels', budget, {
    open: (t) => {
      if (t.name === 'Relationship') rels.set(String(t.attributes.Id), { target: resolvePath('xl', String(t.attributes.Target ?? '')), type: String(t.attributes.Type ?? '') });
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await streamPart(zip, 'xl/workbook.xml', budget, {
    open: (t) => {
      const a = t.attributes as Record<string, string>;
      if (t.name === 'sheet') {
        const rel = rels.get(a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '');
        if (rel && /\/worksheet$/.test(rel.type)) sheets.push({ name: a.name ?? '', path: rel.target });
      } else if (t.name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  return { sheets, date1904, styles: byType('/styles'), strings: byType('/sharedStrings'), theme: byType('/theme') };
}

/** When the workbook says it was made (docProps/core.xml), for the year of a plan that states none. */
export async function madeYear(zip: ZipParts, budget: Budget, now = Date.now()): Promise<number | undefined> {
  let field = '';
  const dates: Record<string, string> = {};
  await streamPart(zip, 'docProps/core.xml', budget, {
    open: (t) => (field = t.name),
    text: (x) => {
      if (field === 'dcterms:created' || field === 'dcterms:modified') dates[field] = (dates[field] ?? '') + x;
    },
    close: () => (field = ''),
  });
  const stated = (s: string | undefined) => {
    const d = s ? new Date(s.trim()) : undefined;
    return d && !isNaN(d.getTime()) && Math.abs(d.getTime() - now) > 120_000 && d.getUTCFullYear() > 1980 ? d : undefined;
  };
  return (stated(dates['dcterms:created']) ?? stated(dates['dcterms:modified']))?.getUTCFullYear();
}
