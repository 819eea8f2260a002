/**
 * Pass 4: legacy 8-bit and CJK encodings. When bytes are not UTF-8 (more invalid sequences than valid multi-byte
 * characters), chardet ranks candidate encodings on a sample and the runtime's TextDecoder (WHATWG encodings, full
 * ICU) decodes with the best one it supports. ISO-8859-1 is read as windows-1252, its superset, as the WHATWG
 * standard and browsers do: 0x80-0x9F are curly quotes and dashes in real files, not C1 controls.
 */
import { guessEncodings } from './chardet';

/** Bytes given to the detector: enough for a stable guess, bounded so a large file costs little. */
export const DETECT_SAMPLE_BYTES = 65536;
/** Below this confidence (0-100) the guess is ignored and windows-1252, the common case, is used. */
const MIN_CONFIDENCE = 20;
/** Used when detection is unsure: the encoding of most legacy Western news files. */
export const FALLBACK_ENCODING = 'windows-1252';

/** chardet names that TextDecoder knows under another label. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ['ISO-8859-1', 'windows-1252'],
  ['ISO-8859-9', 'windows-1254'],
  ['Shift_JIS', 'shift_jis'],
  ['EUC-JP', 'euc-jp'],
  ['EUC-KR', 'euc-kr'],
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['KOI8-R', 'koi8-r'],
  ['ISO-2022-JP', 'iso-2022-jp'],
]);

/** Unicode encodings are decided by the BOM and UTF-8 passes, never by a statistical guess. */
const UNICODE = /^UTF-/i;

function decoderFor(label: string): { decode(b: Uint8Array): string } | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The encoding chosen for non-UTF-8 bytes, and whether it was detected (true) or the fallback (false). */
export function chooseLegacy(bytes: Uint8Array): { label: string; detected: boolean; confidence: number } {
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  for (const g of guessEncodings(sample)) {
    if (g.confidence < MIN_CONFIDENCE) break;
    if (UNICODE.test(g.name)) continue;
    const label = LABELS.get(g.name) ?? g.name.toLowerCase();
    if (decoderFor(label)) return { label, detected: true, confidence: g.confidence };
  }
  return { label: FALLBACK_ENCODING, detected: false, confidence: 0 };
}

/** Windows-1252 bytes 0x80-0x9F (the rest of the code page is Latin-1); undefined positions map to U+FFFD. */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** Byte -> UTF-16 code unit for Windows-1252: Latin-1 everywhere but 0x80-0x9F. Built once, never changed. */
const CP1252_TABLE: Readonly<Uint16Array> = (() => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) t[i] = i >= 0x80 && i < 0xa0 ? CP1252_HIGH.charCodeAt(i - 0x80) : i;
  return t;
})();

/** Windows-1252 by table into UTF-16 code units, turned into a string by Buffer's native UTF-16 decoder. */
function decodeCp1252(b: Uint8Array): string {
  const units = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) units[i] = CP1252_TABLE[b[i] ?? 0] ?? 0xfffd;
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

/**
 * Labels the WHATWG standard reads as windows-1252. Node 20's TextDecoder decodes these as plain Latin-1 (0x92
 * becomes U+0092, not a right quote), so they go through the table above instead.
 */
const CP1252_LABELS: ReadonlySet<string> = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'cp819',
  'ibm819',
  'iso-ir-100',
  'csisolatin1',
]);

/**
 * Decodes with `label`; windows-1252 is always available, other labels fall back to it when the runtime lacks
 * them (`supported: false`). `label` in the result is the encoding actually used.
 */
export function decodeLegacy(bytes: Uint8Array, label: string): { text: string; label: string; supported: boolean } {
  if (CP1252_LABELS.has(label)) return { text: decodeCp1252(bytes), label: FALLBACK_ENCODING, supported: true };
  const d = decoderFor(label);
  if (d) return { text: d.decode(bytes), label, supported: true };
  return { text: decodeCp1252(bytes), label: FALLBACK_ENCODING, supported: false };
}
