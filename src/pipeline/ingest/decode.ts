import type { Message } from '../../model/message';

/** Decoded text plus any problems found while decoding. */
export interface Decoded {
  readonly text: string;
  readonly messages: readonly Message[];
}

/** Decodes UTF-8 bytes (with or without BOM); the BOM is not part of the text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(hasBom ? bytes.subarray(3) : bytes);
  return { text, messages: [] };
}
