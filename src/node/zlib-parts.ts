/**
 * The parts of an .xlsx inflated by Node's own zlib, a chunk at a time, from the entries its central directory lists
 * (core/io/zip.ts): several times faster than JSZip's JavaScript inflate, and the inflation runs beside the scan.
 * Undefined for a zip it does not take as it is (an entry neither stored nor deflated, a Zip64 size): the reader then
 * uses JSZip.
 */
import { createInflateRaw } from 'zlib';
import type { ZipEntry } from '../core';
import { zipEntries } from '../core';
import type { ZipParts } from '../xlsx/parts';

const CHUNK = 64 * 1024;

function inflate(data: Uint8Array, chunk: (bytes: Uint8Array) => void): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: CHUNK });
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      z.destroy();
      reject(e);
    };
    z.on('data', (bytes: Buffer) => {
      if (failed) return;
      try {
        chunk(bytes);
      } catch (e) {
        fail(e);
      }
    });
    z.on('error', fail);
    z.on('end', () => {
      if (!failed) resolve(true);
    });
    z.end(data);
  });
}

async function stored(data: Uint8Array, chunk: (bytes: Uint8Array) => void): Promise<boolean> {
  for (let at = 0; at < data.length; at += CHUNK) chunk(data.subarray(at, at + CHUNK));
  return true;
}

export function zlibParts(bytes: Uint8Array): ZipParts | undefined {
  const entries = zipEntries(bytes);
  if (!entries || entries.some((e) => (e.method !== 0 && e.method !== 8) || e.compressedSize === 0xffffffff || e.size === 0xffffffff)) return undefined;
  const byPath = new Map<string, ZipEntry>();
  for (const e of entries) if (!byPath.has(e.name)) byPath.set(e.name, e);
  return {
    has: (path) => byPath.has(path),
    stream: (path, chunk) => {
      const e = byPath.get(path);
      if (!e) return Promise.resolve(false);
      const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
      return e.method === 8 ? inflate(data, chunk) : stored(data, chunk);
    },
  };
}
