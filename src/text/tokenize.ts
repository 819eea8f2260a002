// The one tokenizer: exact offsets, the shape of each word, the period of initials and known abbreviations kept
// ("P.", "St.", "U.S."), possessives split off ("Putin's" -> "Putin" + "'s"). It walks one range (a sentence) and
// hands each token to a sink, so the token table can store it without an object per token.
import { TOKEN_ABBREVIATIONS } from './lexicon/abbreviations';
import type { TokenShape } from './token-shape';
import { shapeOf } from './token-shape';

/** Receives each token of a range in order. */
export type TokenSink = (
  start: number,
  end: number,
  shape: TokenShape,
  lineStart: boolean,
  possessive: boolean,
) => void;

// Acronyms with periods (U.S., U.N.), then words with inner apostrophes/hyphens, numbers, any other character.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‘-][\p{L}\p{M}\p{N}]+)*\.?|\d[\d.,:/-]*\d|\d|\S/gu;

/** Character codes the tokenizer tests without regular expressions. */
const S_CODE = 0x73; // "s"
const APOSTROPHE = 0x27; // "'"
const RIGHT_QUOTE = 0x2019; // "’"
const NEWLINE = 0x0a;

/** Whether a trailing period belongs to the word (initials and abbreviations) rather than ending the sentence. */
function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  return /^\p{Lu}$/u.test(bare) || TOKEN_ABBREVIATIONS.has(bare.toLowerCase()) || /^(?:\p{L}\.){2,}$/u.test(word);
}

/** Whether `word` ends in a possessive "'s" or "’s" (/['’]s$/, without a regular expression). */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== S_CODE) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === APOSTROPHE || mark === RIGHT_QUOTE;
}

/** Whether `text` has a line break in `[from, to)` (the gap between two tokens, usually one space). */
function breakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === NEWLINE) return true;
  return false;
}

/**
 * Tokenizes `text.slice(start, end)`, calling `sink` with offsets into `text`. The first token of the range starts
 * a line; a possessive mark and a sentence period split off a word are punctuation tokens of their own.
 */
export function scanTokens(text: string, start: number, end: number, sink: TokenSink): void {
  const slice = text.slice(start, end);
  let prevEnd = 0;
  let first = true;
  for (const m of slice.matchAll(TOKEN)) {
    let word = m[0];
    const at = m.index;
    if (word.endsWith('.') && word.length > 1 && !keepsPeriod(word)) word = word.slice(0, -1);
    const lineStart = first || breakBetween(slice, prevEnd, at);
    first = false;
    const poss = word.length > 3 && endsPossessive(word) && shapeOf(word) !== 'lower';
    const base = poss ? word.slice(0, -2) : word;
    sink(start + at, start + at + base.length, shapeOf(base), lineStart, poss);
    if (poss) sink(start + at + base.length, start + at + word.length, 'punct', false, false);
    if (word.length < m[0].length) sink(start + at + word.length, start + at + word.length + 1, 'punct', false, false);
    prevEnd = at + m[0].length;
  }
}
