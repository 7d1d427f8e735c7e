/** The zip writer's checksum and its deflated pieces, as any unzip reads them. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { crc32, tableCrc32, ZipWriter } from '../../src/node/zip-writer';

test("the CRC-32 of zlib and of our table agree, over a text cut anywhere", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4000 }), fc.nat(), (bytes, cut) => {
      const at = bytes.length ? cut % bytes.length : 0;
      const whole = tableCrc32(bytes);
      expect(crc32(bytes)).toBe(whole);
      expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(whole);
    }),
  );
  expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
});

test('a new entry of many pieces (deflated while the next is made) unpacks to its text, its checksum checked', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-zip-'));
  try {
    const file = path.join(dir, 'out.zip');
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>Hoạt động ${i} – ${(i * 7919) % 10007}</t></is></c></row>`);
    const w = new ZipWriter(file);
    await w.add('sheet.xml', rows);
    await w.add('empty.xml', []);
    await w.finish();
    const zip = await JSZip.loadAsync(fs.readFileSync(file), { checkCRC32: true });
    expect(await zip.file('sheet.xml')!.async('string')).toBe(rows.join(''));
    expect(await zip.file('empty.xml')!.async('string')).toBe('');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
