/**
 * A zip written as a stream to a file: entries copied as they are from another zip (still compressed, byte for
 * byte), and new entries deflated by Node's zlib as their text is made, with a data descriptor after each. The
 * workbook a schedule is added to is never unpacked, and a new sheet's XML is never held whole.
 */
import { createWriteStream } from 'fs';
import type { WriteStream } from 'fs';
import { once } from 'events';
import { promisify } from 'util';
import * as zlib from 'zlib';
import type { ZipEntry } from '../core';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

const deflateRaw = promisify(zlib.deflateRaw);
/** zlib's own CRC-32 (Node 20.15 and later), else ours. */
const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 of a chunk, continuing from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  return nativeCrc ? nativeCrc(bytes, crc) : tableCrc32(bytes, crc);
}

/** CRC-32 from the table, a byte at a time. */
export function tableCrc32(bytes: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An entry as it is written: a zip entry's fields, its name in bytes, and where its local header starts. */
type Entry = Omit<ZipEntry, 'name' | 'dataStart'> & { name: Buffer };
type Written = Entry & { offset: number };

/** The fields a local header and a central directory record share, in the same order, from `at`. */
function fields(b: Buffer, at: number, e: Entry): void {
  b.writeUInt16LE(e.flags, at);
  b.writeUInt16LE(e.method, at + 2);
  b.writeUInt16LE(e.time, at + 4);
  b.writeUInt16LE(e.date, at + 6);
  b.writeUInt32LE(e.crc, at + 8);
  b.writeUInt32LE(e.compressedSize, at + 12);
  b.writeUInt32LE(e.size, at + 16);
  b.writeUInt16LE(e.name.length, at + 20);
}

/** Today as a DOS time and date, for the entries we write. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return { time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1), date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate() };
}

export class ZipWriter {
  private out: WriteStream;
  private offset = 0;
  private written: Written[] = [];

  constructor(file: string) {
    this.out = createWriteStream(file);
  }

  private async write(b: Buffer): Promise<void> {
    this.offset += b.length;
    if (!this.out.write(b)) await once(this.out, 'drain');
  }

  private header(e: Entry): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    fields(h, 6, e);
    return Buffer.concat([h, e.name]);
  }

  /** An entry of another zip, copied still compressed. */
  async copy(entry: ZipEntry, source: Uint8Array): Promise<void> {
    const e: Entry = { name: Buffer.from(entry.name, 'utf8'), method: entry.method, flags: (entry.flags & ~0x0008) | 0x0800, crc: entry.crc, compressedSize: entry.compressedSize, size: entry.size, time: entry.time, date: entry.date };
    this.written.push({ ...e, offset: this.offset });
    await this.write(this.header(e));
    await this.write(Buffer.from(source.buffer, source.byteOffset + entry.dataStart, entry.compressedSize));
  }

  /**
   * A new entry, its text deflated chunk by chunk as it comes (sizes and checksum in a descriptor after it). A piece
   * is deflated on zlib's own thread while the next one is made; at most two pieces are held.
   */
  async add(name: string, chunks: Iterable<string>): Promise<void> {
    const { time, date } = dosNow();
    const e: Entry = { name: Buffer.from(name, 'utf8'), method: 8, flags: 0x0808, crc: 0, compressedSize: 0, size: 0, time, date };
    const offset = this.offset;
    await this.write(this.header(e));
    let pending: Buffer[] = [];
    let pendingSize = 0;
    let deflating: Promise<Buffer> | undefined;
    const written = async () => {
      if (!deflating) return;
      const z = await deflating;
      deflating = undefined;
      e.compressedSize += z.length;
      await this.write(z);
    };
    const flush = async (last: boolean) => {
      const raw = Buffer.concat(pending);
      pending = [];
      pendingSize = 0;
      e.crc = crc32(raw, e.crc);
      e.size += raw.length;
      // Each piece ends at a byte boundary (a full flush) so that the pieces join into one deflate stream.
      const next = deflateRaw(raw, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH });
      // Awaited below, after the piece before it is written; a failure is not unhandled meanwhile.
      next.catch(() => undefined);
      await written();
      deflating = next;
    };
    for (const c of chunks) {
      const b = Buffer.from(c, 'utf8');
      pending.push(b);
      pendingSize += b.length;
      if (pendingSize >= 1 << 20) await flush(false);
    }
    await flush(true);
    await written();
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(e.crc, 4);
    d.writeUInt32LE(e.compressedSize, 8);
    d.writeUInt32LE(e.size, 12);
    await this.write(d);
    this.written.push({ ...e, offset });
  }

  /** The central directory, and the file closed. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.written) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      fields(c, 8, e);
      c.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([c, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, 'finish');
  }

  /** Stop: the file is left for the caller to remove. */
  destroy(): void {
    this.out.destroy();
  }
}
