/**
 * Look inside a zip (an .xlsx) before unpacking it: the sizes its central directory declares.
 * A file that would unpack to far more than it weighs (a zip bomb) is refused before ExcelJS sees it.
 */
export interface ZipCheck {
  ok: boolean;
  entries: number;
  uncompressed: number;
  reason?: string;
}

export const MAX_UNCOMPRESSED = 1024 * 1024 * 1024; // 1 GiB of XML is more than any plan
export const MAX_RATIO = 200;

export function inspectZip(buf: Buffer): ZipCheck {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return { ok: false, entries: 0, uncompressed: 0, reason: 'not a zip file' };
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, entries: 0, uncompressed: 0, reason: 'the zip directory is missing (truncated file?)' };
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return { ok: false, entries: n, uncompressed: total, reason: 'the zip directory is damaged' };
    total += buf.readUInt32LE(p + 24);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  if (total > MAX_UNCOMPRESSED || (total > 50 * 1024 * 1024 && total / buf.length > MAX_RATIO)) {
    return { ok: false, entries: count, uncompressed: total, reason: `it would unpack to ${Math.round(total / 1048576)} MB (a zip bomb?)` };
  }
  return { ok: true, entries: count, uncompressed: total };
}
