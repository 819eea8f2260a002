/**
 * Pass 1: the money tokens of a range of the document's token table (text/tokens, built once by segment/): a view
 * over the shared tokens, not a tokenizer of its own. Money reads a finer unit than the shared token ("US$5" is
 * "US" "$" "5", "5bn" is "5" "bn") and, rarely, a coarser one ("Rs1,200" is shared "Rs1" "," "200" but money's
 * "Rs" "1,200"), so the view refines the table in two steps:
 * 1. split: each shared token is cut into runs of letters (with combining marks, so "ரூ" is one word), runs of
 *    ASCII digits, and single other characters;
 * 2. join: two touching pieces (no space between) are one token when `joinsAt` says so: letters on both sides, digits
 *    on both sides, or a "," or "." between two digits ("1,250.50", "12,34,567.89" are one number).
 * A token is a `num` (digits with inner separators), a `word` (letters) or a `sym` (one other character); spaces
 * only set `gap` on the next token.
 */
import { countWork } from '../../../model/work-meter';
import type { TokenTable } from '../../../text/tokens';

/** What a token is made of. */
export type TokenKind = 'num' | 'word' | 'sym';

/** A token with document offsets. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The characters as written. */
  readonly text: string;
  /** Lower-cased text, for table look-ups. */
  readonly lower: string;
  /** True when whitespace separates this token from the previous one (or it starts the sentence). */
  readonly gap: boolean;
  /**
   * True when the whole sentence has no capital letter (lower-cased corpora): "us $ 150 million" is then US
   * dollars, while in normal text a lower-case "us" before "$" is the pronoun ("it cost us $5").
   */
  readonly caseless: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length (1 or 2 code units) of the letter or mark at `i`, else 0; ASCII decided without a regular expression. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const n = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return LETTER.test(text.slice(i, i + n)) ? n : 0;
}

/** Whether the character ending at `q` is a letter or mark. */
function letterBefore(text: string, q: number): boolean {
  const c = text.charCodeAt(q - 1);
  const astral = c >= 0xdc00 && c <= 0xdfff && q >= 2;
  return letterAt(text, astral ? q - 2 : q - 1) > 0;
}

function isSeparator(c: number): boolean {
  return c === 44 || c === 46; // "," "."
}

/**
 * Whether money reads the two touching characters on either side of `q` as one token: letters on both sides,
 * digits on both sides, or a "," or "." between two digits (on either side of `q`).
 */
export function joinsAt(text: string, q: number): boolean {
  const a = text.charCodeAt(q - 1);
  const b = text.charCodeAt(q);
  if (isDigit(a)) return isDigit(b) || (isSeparator(b) && isDigit(text.charCodeAt(q + 1)));
  if (isSeparator(a)) return isDigit(b) && isDigit(text.charCodeAt(q - 2));
  return letterAt(text, q) > 0 && letterBefore(text, q);
}

/** What the piece starting at `i` is made of: its first character decides. */
function pieceKind(text: string, i: number): TokenKind {
  if (isDigit(text.charCodeAt(i))) return 'num';
  return letterAt(text, i) > 0 ? 'word' : 'sym';
}

/** End of the piece of kind `kind` starting at `i` inside a shared token ending at `end`. */
function pieceEnd(text: string, kind: TokenKind, i: number, end: number): number {
  if (kind === 'sym') return i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  let j = i + (kind === 'num' ? 1 : letterAt(text, i));
  if (kind === 'num') while (j < end && isDigit(text.charCodeAt(j))) j++;
  else
    while (j < end) {
      const n = letterAt(text, j);
      if (n === 0) break;
      j += n;
    }
  return Math.min(j, end);
}

/** Whether shared token `k` follows a space or starts its sentence (its first money token has `gap`). */
function gapBefore(table: TokenTable, k: number): boolean {
  return k === 0 || table.sentence[k] !== table.sentence[k - 1] || table.starts[k] !== table.ends[k - 1];
}

function makeToken(text: string, kind: TokenKind, start: number, end: number, gap: boolean, caseless: boolean): Token {
  const t = text.slice(start, end);
  // only words differ in case; digits and signs keep their text (no lower-casing cost)
  return { kind, start, end, text: t, lower: kind === 'word' ? t.toLowerCase() : t, gap, caseless };
}

/**
 * The money tokens of the table's tokens [from, to), offsets into `text` (the document text); `caseless` as the
 * caller found it for the sentence. Linear in the characters of the tokens.
 */
export function moneyTokens(table: TokenTable, text: string, from: number, to: number, caseless: boolean): Token[] {
  const out: Token[] = [];
  // the token being built: [start, end) of kind `kind`, after a gap or not; start -1 before the first
  let start = -1;
  let end = 0;
  let kind: TokenKind = 'sym';
  let gapped = false;
  for (let k = from; k < to; k++) {
    const stop = table.ends[k] ?? 0;
    let i = table.starts[k] ?? 0;
    let gap = gapBefore(table, k);
    while (i < stop) {
      const pk = pieceKind(text, i);
      const j = pieceEnd(text, pk, i, stop);
      if (start >= 0 && !gap && joinsAt(text, i)) end = j;
      else {
        if (start >= 0) out.push(makeToken(text, kind, start, end, gapped, caseless));
        start = i;
        end = j;
        kind = pk;
        gapped = gap;
      }
      gap = false;
      i = j;
    }
  }
  if (start >= 0) out.push(makeToken(text, kind, start, end, gapped, caseless));
  countWork(to - from + out.length); // shared tokens read and money tokens made (the linearity guard reads it)
  return out;
}

/**
 * Whether a money token starts at shared token `k`: it follows a space or its sentence start, or money does not
 * join it to the token before. Windows over a long sentence are cut only there, so no money token is cut in two.
 */
export function startsMoneyToken(table: TokenTable, text: string, k: number): boolean {
  return gapBefore(table, k) || !joinsAt(text, table.starts[k] ?? 0);
}
