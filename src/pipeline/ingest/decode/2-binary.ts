/**
 * Pass 2: binary input. A file is binary when it starts with a known magic number (image, PDF, archive,
 * executable, media) or when its first bytes hold NUL bytes or many control characters that no text encoding
 * without a BOM produces. Such a file is skipped with a fatal `binary-input` message naming what was found.
 */
import { MAGIC_NUMBERS } from './magic';

/** Bytes looked at for NULs and control characters (the start of a file shows what it is). */
export const BINARY_SNIFF_BYTES = 8192;
/** Share of control characters (other than tab, newlines, form feed, escape) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.1;

function startsWith(b: Uint8Array, offset: number, sig: readonly number[]): boolean {
  if (b.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[offset + i] !== sig[i]) return false;
  return true;
}

/** A control byte that plain text does not contain: C0 controls other than \t \n \v \f \r and ESC, and DEL. */
function isOddControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f;
}

/** Counts NULs and odd control bytes at the start of the input. */
export function controlStats(b: Uint8Array): { nul: number; firstNul: number; control: number; sampled: number } {
  const n = Math.min(b.length, BINARY_SNIFF_BYTES);
  let nul = 0;
  let firstNul = -1;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) {
      nul++;
      if (firstNul < 0) firstNul = i;
    } else if (isOddControl(c)) control++;
  }
  return { nul, firstNul, control, sampled: n };
}

/** The name of the binary format the bytes start with, or null. Printable short signatures need control bytes too. */
export function magicFormat(b: Uint8Array): string | null {
  for (const m of MAGIC_NUMBERS) {
    if (!startsWith(b, m.offset, m.bytes)) continue;
    const decisive = m.bytes.length >= 5 || m.bytes.some((x) => x < 0x20 || x >= 0x7f);
    if (decisive) return m.name;
    const s = controlStats(b);
    if (s.nul > 0 || s.control > 0) return m.name;
  }
  return null;
}

/** Why bytes with no magic number and no UTF-16 pattern are not text, or null when they may be text. */
export function binaryReason(b: Uint8Array): string | null {
  const s = controlStats(b);
  if (s.nul > 0) return `NUL bytes from byte ${s.firstNul} and no UTF-16 byte-order mark`;
  if (s.control > s.sampled * MAX_CONTROL_SHARE) return `${s.control} control bytes in the first ${s.sampled}`;
  return null;
}
