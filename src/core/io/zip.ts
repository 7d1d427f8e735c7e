/**
 * Look inside a zip (an .xlsx) before unpacking it: the sizes its central directory declares. A file that
 * would unpack to far more than it weighs (a zip bomb), or that is no zip at all, is refused before a reader
 * sees it, with a plain reason. Bytes only: the CLI and the browser use the same check.
 */
export interface ZipCheck {
  ok: boolean;
  entries: number;
  uncompressed: number;
  reason?: string;
}

export const MAX_UNCOMPRESSED = 1024 * 1024 * 1024; // 1 GiB of XML is more than any plan
export const MAX_RATIO = 200;

/** Little-endian readers over the bytes, and where the end-of-central-directory record starts (-1: none). */
function directory(bytes: Uint8Array): { u16: (i: number) => number; u32: (i: number) => number; eocd: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (i: number) => view.getUint32(i, true);
  const u16 = (i: number) => view.getUint16(i, true);
  let eocd = -1;
  // The record is the last 22 bytes, or sits before a comment of at most 65,535 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  return { u16, u32, eocd };
}

export function inspectZip(bytes: Uint8Array): ZipCheck {
  if (bytes.length < 22) return { ok: false, entries: 0, uncompressed: 0, reason: 'not a zip file' };
  const { u16, u32, eocd } = directory(bytes);
  if (u32(0) !== 0x04034b50) return { ok: false, entries: 0, uncompressed: 0, reason: 'not a zip file' };
  if (eocd < 0) return { ok: false, entries: 0, uncompressed: 0, reason: 'the zip directory is missing (truncated file?)' };
  const count = u16(eocd + 10);
  let p = u32(eocd + 16);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(p) !== 0x02014b50) return { ok: false, entries: n, uncompressed: total, reason: 'the zip directory is damaged' };
    total += u32(p + 24);
    p += 46 + u16(p + 28) + u16(p + 30) + u16(p + 32);
  }
  if (total > MAX_UNCOMPRESSED || (total > 50 * 1024 * 1024 && total / bytes.length > MAX_RATIO)) {
    return { ok: false, entries: count, uncompressed: total, reason: `it would unpack to ${Math.round(total / 1048576)} MB (a zip bomb?)` };
  }
  return { ok: true, entries: count, uncompressed: total };
}

/** The one message for a workbook no reader could open, in the CLI and in the pane alike. */
export function notXlsx(name: string, reason?: string): string {
  return `${name}: not a valid .xlsx workbook${reason ? `: ${reason}` : ''}`;
}

/** One entry of a zip's central directory, as a writer needs it to copy the entry as it is, still compressed. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date, as written. */
  time: number;
  date: number;
  /** Where the entry's compressed bytes start in the file. */
  dataStart: number;
}

/** The entries of a zip in the order of its central directory; nothing when the directory cannot be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (bytes.length < 22) return undefined;
  const { u16, u32, eocd } = directory(bytes);
  if (eocd < 0) return undefined;
  const out: ZipEntry[] = [];
  let p = u32(eocd + 16);
  const decoder = new TextDecoder('utf-8');
  for (let n = u16(eocd + 10); n > 0; n--) {
    if (p + 46 > bytes.length || u32(p) !== 0x02014b50) return undefined;
    const nameLength = u16(p + 28);
    const local = u32(p + 42);
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50) return undefined;
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    const entry: ZipEntry = { name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), method: u16(p + 10), flags: u16(p + 8), crc: u32(p + 16), compressedSize: u32(p + 20), size: u32(p + 24), time: u16(p + 12), date: u16(p + 14), dataStart };
    if (dataStart + entry.compressedSize > bytes.length) return undefined;
    out.push(entry);
    p += 46 + nameLength + u16(p + 30) + u16(p + 32);
  }
  return out;
}
