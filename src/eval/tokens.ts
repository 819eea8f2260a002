import { upperBound } from '../model/span-index';

/** Word tokens: Python's Unicode `\w+` for practical purposes (letters, digits, underscore). */
export const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** A token's [start, end) in the text. */
export type TokenSpan = readonly [number, number];

/** The spans of every word token of the text, in order. */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Indices of the tokens overlapping any of the [start, end) fragments (binary search for the first). */
export function tokensIn(toks: readonly TokenSpan[], frags: readonly (readonly [number, number])[]): Set<number> {
  const set = new Set<number>();
  for (const [s, e] of frags) {
    for (let i = upperBound(toks, s, (t) => t[1]); i < toks.length && (toks[i]?.[0] ?? Infinity) < e; i++) set.add(i);
  }
  return set;
}

/** The word tokens of a text. */
export function words(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}
