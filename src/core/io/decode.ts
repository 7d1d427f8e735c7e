/**
 * Bytes of a text file to a string: UTF-8 (with or without BOM), UTF-16 (LE/BE), and the legacy
 * code pages our users' files come in: Windows-1250 (Polish) and Windows-1258 (Vietnamese).
 * Uses TextDecoder, a standard global in browsers and Node.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1258' | 'windows-1252';

const PL = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;
const VI = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/g;

export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: many zero bytes at odd or even positions.
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4000);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  if (oddZero > n / 4) return 'utf-16le';
  if (evenZero > n / 4) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // not UTF-8: a legacy code page
  }
  const score = (enc: Encoding, re: RegExp) => (new TextDecoder(enc).decode(bytes).match(re) ?? []).length;
  const pl = score('windows-1250', PL);
  const vi = score('windows-1258', VI);
  if (pl === 0 && vi === 0) return 'windows-1252';
  return vi > pl ? 'windows-1258' : 'windows-1250';
}

export function decodeText(bytes: Uint8Array, encoding: Encoding = detectEncoding(bytes)): { text: string; encoding: Encoding } {
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
  return { text, encoding };
}
