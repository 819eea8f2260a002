/**
 * The charset an HTML file declares in its first bytes (`<meta charset="...">` or `<meta http-equiv=
 * "Content-Type" content="text/html; charset=...">`), a simplified form of the WHATWG "prescan" that browsers run
 * over the first 1024 bytes.
 */

/** Bytes the prescan reads, as in the WHATWG standard. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i;

/** The declared charset label in lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // the declaration is ASCII: reading bytes as Latin-1 keeps every ASCII byte and never fails
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const m = META_CHARSET.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}
