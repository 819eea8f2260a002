/**
 * Pass 1: byte-order marks and BOM-less UTF-16. A BOM decides the encoding and is not part of the text. Without
 * a BOM, UTF-16 shows as a NUL in every other byte of mostly-ASCII text; that pattern is recognised so such a file
 * is decoded (with a warning) rather than rejected as binary for its NUL bytes.
 */

/** Encodings a BOM (or the UTF-16 NUL pattern) can announce. */
export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding a BOM announces and the BOM's length in bytes, or null without a BOM. */
export function bomOf(b: Uint8Array): { encoding: UnicodeEncoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  // UTF-32 LE starts like UTF-16 LE (FF FE) followed by two NULs: test it first
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Bytes looked at to recognise BOM-less UTF-16. */
const UTF16_SNIFF_BYTES = 4096;
/** Share of NULs the high-byte positions must hold (ASCII text in UTF-16 has a NUL there for every letter). */
const UTF16_MIN_NUL_SHARE = 0.7;
/** Share of NULs the low-byte positions may hold at most. */
const UTF16_MAX_OTHER_NUL_SHARE = 0.05;

/** 'utf-16le' / 'utf-16be' when the NUL bytes fall in every other position, as in BOM-less UTF-16 text. */
export function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * UTF16_MIN_NUL_SHARE && evenNul <= pairs * UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16le';
  if (evenNul >= pairs * UTF16_MIN_NUL_SHARE && oddNul <= pairs * UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16be';
  return null;
}

/** Decodes UTF-32 (no runtime decoder has it); invalid code points become U+FFFD. Returns the count replaced. */
export function decodeUtf32(b: Uint8Array, littleEndian: boolean): { text: string; replaced: number } {
  const parts: string[] = [];
  let replaced = 0;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    const ok = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    if (!ok) replaced++;
    parts.push(String.fromCodePoint(ok ? cp : 0xfffd));
  }
  if (b.length % 4 !== 0) {
    replaced++;
    parts.push('\ufffd');
  }
  return { text: parts.join(''), replaced };
}
