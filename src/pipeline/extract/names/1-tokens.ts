// Pass 1 of name finding: a small tokenizer that keeps exact offsets and the shape of each word. It keeps the
// period of initials and known abbreviations ("P.", "St.", "U.S.") and splits possessives ("Putin's" -> "Putin").
import { ABBREVIATIONS } from './words';

/** The shape of a token, as far as names care. */
export type TokenShape = 'cap' | 'upper' | 'initial' | 'lower' | 'num' | 'punct';

/** One token of a sentence with absolute offsets into the document text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly shape: TokenShape;
  /** True when a line break separates this token from the previous one. */
  readonly lineStart: boolean;
  /** True when a possessive ("'s", "'") follows this token directly. */
  readonly possessive: boolean;
}

// Acronyms with periods (U.S., U.N.), then words with inner apostrophes/hyphens, numbers, any other character.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‘-][\p{L}\p{M}\p{N}]+)*\.?|\d[\d.,:/-]*\d|\d|\S/gu;

/** Letters-only ASCII words ("Putin", "said", "NATO"): most tokens, shaped without regular expressions. */
const ASCII_LETTERS = /^[A-Za-z]+$/;

/** Code of "a": in an ASCII letters-only word, a first character at or above it is lower case. */
const LOWER_A = 0x61;

/** Character codes the tokenizer tests without regular expressions. */
const S_CODE = 0x73; // "s"
const APOSTROPHE = 0x27; // "'"
const RIGHT_QUOTE = 0x2019; // "’"
const NEWLINE = 0x0a;

/** The shape of a word as written. */
function shapeOf(word: string): TokenShape {
  if (ASCII_LETTERS.test(word)) {
    // No period, hyphen or other letters: only lower, upper or cap apply, decided by the ASCII cases.
    const c = word.charCodeAt(0);
    if (c >= LOWER_A) return 'lower';
    return word.length >= 2 && word === word.toUpperCase() ? 'upper' : 'cap';
  }
  if (/^\d/.test(word)) return 'num';
  if (!/^\p{L}/u.test(word)) return 'punct';
  if (/^\p{Lu}\.$/u.test(word)) return 'initial';
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return 'upper';
  if (/^(?:al|el|ul|ad|ash|as|at|an|ar|az)-\p{Lu}/u.test(word)) return 'cap';
  if (!/^\p{Lu}/u.test(word)) return 'lower';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}

/** Whether a trailing period belongs to the word (initials and abbreviations) rather than ending the sentence. */
function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  return /^\p{Lu}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase()) || /^(?:\p{L}\.){2,}$/u.test(word);
}

/** Whether `word` ends in a possessive "'s" or "’s" (/['’]s$/, without a regular expression). */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== S_CODE) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === APOSTROPHE || mark === RIGHT_QUOTE;
}

/** Whether `slice` has a line break in `[from, to)` (the gap between two tokens, usually one space). */
function breakBetween(slice: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (slice.charCodeAt(k) === NEWLINE) return true;
  return false;
}

/** Tokenizes `text.slice(start, end)`, returning tokens with offsets into `text`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let prevEnd = 0;
  for (const m of slice.matchAll(TOKEN)) {
    let word = m[0];
    const at = m.index;
    if (word.endsWith('.') && word.length > 1 && !keepsPeriod(word)) word = word.slice(0, -1);
    const lineStart = out.length === 0 || breakBetween(slice, prevEnd, at);
    const poss = word.length > 3 && endsPossessive(word) && shapeOf(word) !== 'lower';
    const base = poss ? word.slice(0, -2) : word;
    out.push({ start: start + at, end: start + at + base.length, text: base, shape: shapeOf(base), lineStart, possessive: poss });
    if (poss) out.push(punct(start + at + base.length, word.slice(-2)));
    if (word.length < m[0].length) out.push(punct(start + at + word.length, '.'));
    prevEnd = at + m[0].length;
  }
  return out;
}

/** A punctuation token at `start` (possessive marks and sentence periods split off words). */
function punct(start: number, text: string): Token {
  return { start, end: start + text.length, text, shape: 'punct', lineStart: false, possessive: false };
}

/** `word` without one final period (what `replace(/\.$/, '')` gives, without a regular expression on a hot path). */
export function withoutPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
