// The quote passes' tokens: a view over the document's token table (text/tokens, built once by segment/), not a
// tokenizer of its own. The passes read a coarser word than the shared token in a few places, and a finer one in
// others, so the view refines the table's tokens in two documented steps:
// 1. split: each shared token is cut into pieces by character class: runs of word characters (letters, marks,
//    digits) and single other characters. Most tokens ("said", "Putin", "2022") are one piece; "Inc." is "Inc" + ".",
//    "1,250" is "1" + "," + "250", "10:30" is "10" + ":" + "30".
// 2. join: touching pieces (no space between: within one shared token or across two) form one quote word when
//    word pieces meet ("5" + "bn") or one joiner (’ ' - . &) stands between two word pieces ("AT" "&" "T",
//    "Putin" "'s", "U.S" + "." + "A"), so "AT&T", "Putin's" and "Kassym-Jomart" are one word; then a period
//    after a known abbreviation or a single capital joins the word ("Gov.", "J.", "U.S."), as the speaker passes
//    expect (QUOTE_TOKEN_ABBREVIATIONS says why that list is narrower than the table's).
import type { Span } from '../../../model/span';
import { lowerBound, startOf } from '../../../model/span-index';
import { countWork } from '../../../model/work-meter';
import { QUOTE_TOKEN_ABBREVIATIONS } from '../../../text/lexicon/abbreviations';
import type { TokenTable } from '../../../text/tokens';

/** A word or punctuation token with its offsets in the document text. */
export interface Token extends Span {
  readonly text: string;
  /** Lower-cased text, with a curly apostrophe folded to a straight one. */
  readonly lower: string;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly isCap: boolean;
}

// A period after these words (or after a single capital, an initial) belongs to the word: "Gov. Mike Pence".
const DOTTED = QUOTE_TOKEN_ABBREVIATIONS;

/** Characters that join two word pieces into one word: apostrophes, hyphen, period, ampersand. */
const JOINERS = new Set(['’', "'", '-', '.', '&']);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Length (1 or 2 code units) of the word character at `i`, or 0 when the character there is not a letter, mark or
 * digit. ASCII is decided without a regular expression: most characters are.
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  const n = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + n)) ? n : 0;
}

/**
 * Pieces of a run of shared tokens, as parallel lists: offsets, word or not, touching the previous piece. The
 * first `n` entries are the current run's: the lists are reused from run to run, never shrunk.
 */
interface Pieces {
  n: number;
  readonly starts: number[];
  readonly ends: number[];
  readonly word: boolean[];
  readonly touches: boolean[];
}

/** Step 1: cuts each shared token of [from, to) into word runs and single other characters, into `p`. */
function piecesOf(table: TokenTable, text: string, from: number, to: number, p: Pieces): void {
  p.n = 0;
  for (let k = from; k < to; k++) {
    const end = table.ends[k] ?? 0;
    let i = table.starts[k] ?? 0;
    let touches = k > from && i === table.ends[k - 1];
    while (i < end) {
      let j = i + wordCharAt(text, i);
      const word = j > i;
      if (word) for (let n = wordCharAt(text, j); j < end && n > 0; n = wordCharAt(text, j)) j += n;
      else j = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
      const x = p.n++;
      p.starts[x] = i;
      p.ends[x] = Math.min(j, end);
      p.word[x] = word;
      p.touches[x] = touches;
      touches = true;
      i = Math.min(j, end);
    }
  }
}

function makeToken(text: string, start: number, end: number, isWord: boolean): Token {
  const t = text.slice(start, end);
  const lower = t.toLowerCase();
  const c = t.charCodeAt(0);
  return {
    start,
    end,
    text: t,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    isWord,
    isCap: c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(String.fromCodePoint(t.codePointAt(0) ?? c)),
  };
}

/** Whether piece `i` exists, touches the piece before it and is a word run. */
function touchingWord(p: Pieces, i: number): boolean {
  return i < p.n && (p.touches[i] ?? false) && (p.word[i] ?? false);
}

/** Step 2 from word piece `i`: the last piece of its quote word (before any kept period). */
function wordEnd(text: string, p: Pieces, i: number): number {
  let j = i;
  for (;;) {
    if (touchingWord(p, j + 1)) j++;
    else if (j + 1 < p.n && p.touches[j + 1] && JOINERS.has(text[p.starts[j + 1] ?? 0] ?? '') && touchingWord(p, j + 2))
      j += 2;
    else return j;
  }
}

/** Whether the period after `word` belongs to it: a known abbreviation or a single capital ("Gov.", "J."). */
function keepsPeriod(word: string): boolean {
  return DOTTED.has(word.toLowerCase()) || (word.length <= 2 && [...word].length === 1 && CAPITAL.test(word));
}

/** Step 2 over the pieces of one run of touching shared tokens: their quote tokens, appended to `out`. */
function joinPieces(text: string, p: Pieces, out: Token[]): void {
  for (let i = 0; i < p.n; i++) {
    const start = p.starts[i] ?? 0;
    if (!p.word[i]) {
      out.push(makeToken(text, start, p.ends[i] ?? 0, false));
      continue;
    }
    i = wordEnd(text, p, i);
    let end = p.ends[i] ?? 0;
    const next = i + 1;
    if (next < p.n && p.touches[next] && text[p.starts[next] ?? 0] === '.' && keepsPeriod(text.slice(start, end))) {
      end = p.ends[next] ?? 0;
      i = next;
    }
    out.push(makeToken(text, start, end, true));
  }
}

/**
 * The quote tokens of the table's tokens [from, to) (offsets into `text`, the document text), in order: shared
 * tokens refined as the file comment says, one run of touching tokens at a time (a space ends every join, so the
 * pieces alive at once are those of one run). Linear in the characters of the tokens.
 */
export function quoteTokens(table: TokenTable, text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const p: Pieces = { n: 0, starts: [], ends: [], word: [], touches: [] };
  let pieces = 0;
  for (let k = from; k < to;) {
    let e = k + 1;
    while (e < to && table.starts[e] === table.ends[e - 1]) e++;
    piecesOf(table, text, k, e, p);
    joinPieces(text, p, out);
    pieces += p.n;
    k = e;
  }
  countWork(pieces); // each piece is visited once when cut and once when joined (the linearity guard reads it)
  return out;
}

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  return lowerBound(tokens, pos, startOf);
}
