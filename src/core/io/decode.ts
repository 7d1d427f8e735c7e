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
    // not UTF-8 throughout: almost all of it (a stray byte in a UTF-8 file), or a legacy code page
  }
  if (mostlyUtf8(bytes)) return 'utf-8';
  const score = (enc: Encoding, re: RegExp) => (new TextDecoder(enc).decode(bytes).match(re) ?? []).length;
  const pl = score('windows-1250', PL);
  const vi = score('windows-1258', VI);
  if (pl === 0 && vi === 0) return 'windows-1252';
  return vi > pl ? 'windows-1258' : 'windows-1250';
}

/** The byte offsets where UTF-8 breaks (a byte no sequence allows), and how many multi-byte characters are whole. */
export function utf8Breaks(bytes: Uint8Array, max = 1000): { breaks: number[]; whole: number } {
  const breaks: number[] = [];
  let whole = 0;
  let i = 0;
  while (i < bytes.length && breaks.length < max) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n > 0 && i + n < bytes.length + 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      whole++;
      i += n + 1;
    } else {
      breaks.push(i);
      i++;
    }
  }
  return { breaks, whole };
}

/** A UTF-8 file with a few stray bytes: at least twice as many whole multi-byte characters as breaks (a legacy code page has almost none). */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const { breaks, whole } = utf8Breaks(bytes);
  return whole >= 2 && breaks.length * 2 <= whole;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** What the reader had to repair, in plain words ("byte 1,234 is not UTF-8 …"). */
  warnings: string[];
}

export function decodeText(bytes: Uint8Array, encoding: Encoding = detectEncoding(bytes)): Decoded {
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
  const warnings: string[] = [];
  if (encoding === 'utf-8') {
    const { breaks } = utf8Breaks(bytes, 6);
    if (breaks.length > 0) {
      const at = breaks.slice(0, 5).map((b) => `byte ${b.toLocaleString('en')} (line ${lineAt(bytes, b)})`).join(', ');
      warnings.push(`read as UTF-8, but ${breaks.length > 5 ? 'some bytes are' : breaks.length === 1 ? 'one byte is' : `${breaks.length} bytes are`} not UTF-8 and show as \uFFFD: ${at}${breaks.length > 5 ? ', …' : ''}`);
    }
  }
  return { text, encoding, warnings };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
