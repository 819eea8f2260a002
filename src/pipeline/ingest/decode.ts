import type { Message } from '../../model/message';
import { message } from '../../model/message';
import { bomOf, decodeUtf32, sniffUtf16 } from './decode/1-bom';
import type { UnicodeEncoding } from './decode/1-bom';
import { binaryReason, magicFormat } from './decode/2-binary';
import type { Utf8Scan } from './decode/3-utf8';
import { lenientUtf8, scanUtf8, strictUtf8 } from './decode/3-utf8';
import { chooseLegacy, decodeLegacy } from './decode/4-legacy';
import { declaredCharset } from './decode/html-charset';

/** Decoded text, the encoding it was read in, and any problems found while decoding. */
export interface Decoded {
  readonly text: string;
  /** WHATWG label of the encoding used ("utf-8", "utf-16le", "windows-1252", ...). */
  readonly encoding: string;
  readonly messages: readonly Message[];
}

/** How to decode. */
export interface DecodeOptions {
  /** The bytes are HTML: a `<meta charset>` declaration is honoured for bytes that are not UTF-8. */
  readonly html?: boolean;
}

const SOURCE = 'ingest/decode';
/**
 * Bytes are read as a legacy encoding only when invalid sequences outnumber valid multi-byte UTF-8 characters by
 * this factor: legacy 8-bit text almost never forms valid UTF-8 by chance, so even one valid "é" next to two bad
 * bytes says "UTF-8 with damage", not "windows-1252".
 */
const LEGACY_RATIO = 20;
/** Invalid UTF-8 sequences reported one by one; the rest are summed up in one more message. */
export const MAX_INVALID_MESSAGES = 10;

const warn = (ruleId: string, text: string, span: Message['span'] = null): Message =>
  message(SOURCE, ruleId, 'warning', text, span);

/** One warning per invalid sequence (up to MAX_INVALID_MESSAGES) with its byte offset, plus a summary. */
function invalidMessages(scan: Utf8Scan, bomLength: number): Message[] {
  const out = scan.invalid.map((s) =>
    warn('invalid-utf8', `invalid UTF-8 at byte offset ${s.byteOffset + bomLength} replaced with U+FFFD`, {
      start: s.charOffset,
      end: s.charOffset + 1,
    }),
  );
  const more = scan.invalidCount - scan.invalid.length;
  if (more > 0) out.push(warn('invalid-utf8', `${more} more invalid UTF-8 sequences replaced with U+FFFD`));
  return out;
}

function decodeUnicode(bytes: Uint8Array, encoding: UnicodeEncoding, messages: Message[]): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const r = decodeUtf32(bytes, encoding === 'utf-32le');
    if (r.replaced > 0)
      messages.push(warn('invalid-utf32', `${r.replaced} invalid UTF-32 code units replaced with U+FFFD`));
    return r.text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    messages.push(
      warn(
        'invalid-utf16',
        `invalid ${encoding.toUpperCase()} (unpaired surrogates or an odd byte count) replaced with U+FFFD`,
      ),
    );
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  }
}

/**
 * Bytes with no BOM that are not valid UTF-8: UTF-8 with a few bad bytes, a declared HTML charset, or a legacy guess.
 */
function decodeNotUtf8(bytes: Uint8Array, options: DecodeOptions, messages: Message[]): Decoded {
  const scan = scanUtf8(bytes, MAX_INVALID_MESSAGES);
  const declared = options.html ? declaredCharset(bytes) : null;
  const declaredUtf8 = declared === 'utf-8' || declared === 'utf8';
  if (declaredUtf8 || (declared === null && scan.validMultiByte * LEGACY_RATIO >= scan.invalidCount)) {
    messages.push(...invalidMessages(scan, 0));
    return { text: lenientUtf8(bytes), encoding: 'utf-8', messages };
  }
  if (declared !== null) {
    const d = decodeLegacy(bytes, declared);
    if (d.supported) {
      messages.push(
        message(
          SOURCE,
          'declared-encoding',
          'info',
          `decoded as ${d.label}, the charset the HTML declares (${declared})`,
        ),
      );
      return { text: d.text, encoding: d.label, messages };
    }
  }
  const choice = chooseLegacy(bytes);
  const d = decodeLegacy(bytes, choice.label);
  const how =
    choice.detected && d.supported
      ? `detected with confidence ${choice.confidence}/100`
      : 'the default for text that is not UTF-8';
  messages.push(message(SOURCE, 'legacy-encoding', 'info', `not UTF-8: decoded as ${d.label} (${how})`));
  return { text: d.text, encoding: d.label, messages };
}

/** The result for bytes that are not text: no text and a fatal `binary-input` message. */
function binary(why: string): Decoded {
  return {
    text: '',
    encoding: 'binary',
    messages: [message(SOURCE, 'binary-input', 'fatal', `binary input: ${why}; skipped`)],
  };
}

/**
 * Bytes -> text. A BOM (UTF-8, UTF-16 LE/BE, UTF-32) decides the encoding and is dropped; binary input (magic
 * numbers, NUL bytes, control characters) gives a fatal `binary-input` message and no text; valid UTF-8 is
 * decoded as is; invalid UTF-8 bytes become U+FFFD with a warning giving each byte offset; bytes that are mostly
 * not UTF-8 are decoded in the legacy encoding chardet detects (windows-1252 when unsure), with an info message.
 * Message spans, like every offset, index the decoded text.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const messages: Message[] = [];
  const bom = bomOf(bytes);
  if (bom)
    return {
      text: decodeUnicode(bytes.subarray(bom.length), bom.encoding, messages),
      encoding: bom.encoding,
      messages,
    };
  const magic = magicFormat(bytes);
  if (magic) return binary(`starts like a ${magic}`);
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    messages.push(
      warn(
        'utf16-without-bom',
        `decoded as ${utf16.toUpperCase()}: NUL bytes in every other position and no byte-order mark`,
      ),
    );
    return { text: decodeUnicode(bytes, utf16, messages), encoding: utf16, messages };
  }
  const why = binaryReason(bytes);
  if (why) return binary(why);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', messages };
  return decodeNotUtf8(bytes, options, messages);
}
