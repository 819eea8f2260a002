/**
 * Pass 1: one left-to-right scan of a sentence into tokens. Digit runs keep their inner separators
 * ("1,250.50", "12,34,567.89") so a number is one token; letters (with combining marks, so "ரூ" is one word)
 * form words; any other visible character is a one-character symbol. Whitespace only sets `gap` on the next
 * token. No regular expression runs over the whole sentence, so the cost is linear in its length.
 */

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
const SPACE = /\s/u;
const CAPITAL = /\p{Lu}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && SPACE.test(text[i] ?? '');
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return LETTER.test(text[i] ?? '');
}

/** End of a digit run starting at `i`: digits, with "," or "." allowed only between two digits. */
function numberEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 44 || c === 46) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

/** End of the token starting at `i` (not a space) and its kind. */
function tokenEnd(text: string, i: number, end: number): { kind: TokenKind; j: number } {
  if (isDigit(text.charCodeAt(i))) return { kind: 'num', j: numberEnd(text, i, end) };
  if (!isLetterAt(text, i)) return { kind: 'sym', j: i + 1 };
  let j = i + 1;
  while (j < end && isLetterAt(text, j)) j++;
  return { kind: 'word', j };
}

/** True when no token spans position `p`: a token may start at `p` (or `p` is whitespace). */
function isBoundary(text: string, p: number): boolean {
  if (isSpaceAt(text, p) || isSpaceAt(text, p - 1)) return true;
  if (isLetterAt(text, p - 1) && isLetterAt(text, p)) return false;
  const a = text.charCodeAt(p - 1);
  const b = text.charCodeAt(p);
  if (isDigit(a) && isDigit(b)) return false;
  // "1,250": a separator between two digits belongs to the number on both sides
  if ((a === 44 || a === 46) && isDigit(b) && isDigit(text.charCodeAt(p - 2))) return false;
  return !((b === 44 || b === 46) && isDigit(a) && isDigit(text.charCodeAt(p + 1)));
}

/** The first token boundary at or after `p` (and not past `end`); linear in the distance moved. */
export function boundaryFrom(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && !isBoundary(text, q)) q++;
  return Math.min(q, end);
}

/**
 * Tokens of `text.slice(start, end)` with offsets into `text`; `start` must be a token boundary. The first
 * token's `gap` is true when `start` begins the sentence or follows whitespace.
 */
export function tokenize(text: string, start: number, end: number, atSentenceStart = true): Token[] {
  const out: Token[] = [];
  const caseless = !CAPITAL.test(text.slice(start, end));
  let i = start;
  let gap = atSentenceStart || isSpaceAt(text, start - 1);
  while (i < end) {
    if (isSpaceAt(text, i)) {
      gap = true;
      i++;
      continue;
    }
    const { kind, j } = tokenEnd(text, i, end);
    const t = text.slice(i, j);
    // only words differ in case; digits and signs keep their text (no lower-casing cost)
    out.push({ kind, start: i, end: j, text: t, lower: kind === 'word' ? t.toLowerCase() : t, gap, caseless });
    gap = false;
    i = j;
  }
  return out;
}
