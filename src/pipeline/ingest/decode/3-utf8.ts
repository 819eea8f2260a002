/**
 * Pass 3: UTF-8. Valid UTF-8 is decoded by the runtime in one call. Otherwise one scan follows the WHATWG
 * Encoding Standard's UTF-8 decoder step by step (the algorithm TextDecoder implements), so each invalid sequence
 * is found with its byte offset and the index of the U+FFFD that replaces it in the decoded text; it also counts
 * the valid multi-byte characters, which tells UTF-8 with a few bad bytes apart from a legacy 8-bit encoding.
 */

/** One invalid sequence: where it starts in the bytes and where its U+FFFD sits in the decoded text. */
export interface InvalidSequence {
  readonly byteOffset: number;
  readonly charOffset: number;
}

/** What the scan found. `invalid` lists at most `limit` sequences; `invalidCount` counts them all. */
export interface Utf8Scan {
  readonly validMultiByte: number;
  readonly invalidCount: number;
  readonly invalid: readonly InvalidSequence[];
}

/** Returns the text when the bytes are valid UTF-8, else null (no exception escapes). */
export function strictUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

/** Decodes with U+FFFD for invalid sequences, exactly as the scan below counts them. */
export function lenientUtf8(b: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(b);
}

/** Bytes a lead byte needs after it, and the allowed range of the first continuation byte (WHATWG). */
function leadOf(c: number): { need: number; lower: number; upper: number } | null {
  if (c >= 0xc2 && c <= 0xdf) return { need: 1, lower: 0x80, upper: 0xbf };
  if (c === 0xe0) return { need: 2, lower: 0xa0, upper: 0xbf };
  if (c === 0xed) return { need: 2, lower: 0x80, upper: 0x9f };
  if (c >= 0xe1 && c <= 0xef) return { need: 2, lower: 0x80, upper: 0xbf };
  if (c === 0xf0) return { need: 3, lower: 0x90, upper: 0xbf };
  if (c === 0xf4) return { need: 3, lower: 0x80, upper: 0x8f };
  if (c >= 0xf1 && c <= 0xf3) return { need: 3, lower: 0x80, upper: 0xbf };
  return null;
}

/** How many continuation bytes follow the lead byte at `i` within the allowed ranges (at most `lead.need`). */
function continuations(b: Uint8Array, i: number, lead: { need: number; lower: number; upper: number }): number {
  let seen = 0;
  let lower = lead.lower;
  let upper = lead.upper;
  for (let j = i + 1; seen < lead.need && j < b.length && (b[j] ?? 0) >= lower && (b[j] ?? 0) <= upper; j++) {
    lower = 0x80;
    upper = 0xbf;
    seen++;
  }
  return seen;
}

/** Scans the bytes as the WHATWG UTF-8 decoder does, recording up to `limit` invalid sequences. */
export function scanUtf8(b: Uint8Array, limit: number): Utf8Scan {
  const invalid: InvalidSequence[] = [];
  let invalidCount = 0;
  let validMultiByte = 0;
  let chars = 0;
  const bad = (byteOffset: number): void => {
    if (invalid.length < limit) invalid.push({ byteOffset, charOffset: chars });
    invalidCount++;
    chars++;
  };
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      chars++;
      i++;
      continue;
    }
    const lead = leadOf(c);
    if (!lead) {
      bad(i);
      i++;
      continue;
    }
    const seen = continuations(b, i, lead);
    const j = i + 1 + seen;
    if (seen === lead.need) {
      validMultiByte++;
      chars += lead.need === 3 ? 2 : 1;
    } else bad(i);
    // an invalid continuation byte is not consumed: it starts the next step, as in the standard
    i = j;
  }
  return { validMultiByte, invalidCount, invalid };
}
