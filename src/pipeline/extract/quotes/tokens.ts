import type { Span } from '../../../model/span';
import { lowerBound, startOf } from '../../../model/span-index';
import { QUOTE_TOKEN_ABBREVIATIONS } from '../../../text/lexicon/abbreviations';

/** A word or punctuation token with its offsets in the document text. */
export interface Token extends Span {
  readonly text: string;
  /** Lower-cased text, with a curly apostrophe folded to a straight one. */
  readonly lower: string;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly isCap: boolean;
}

// Words keep inner apostrophes, hyphens, dots and ampersands ("Russia’s", "Kassym-Jomart", "U.S", "AT&T").
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

// A period after these words (or after a single capital, an initial) belongs to the word: "Gov. Mike Pence".
const DOTTED = QUOTE_TOKEN_ABBREVIATIONS;

function makeToken(text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  return {
    start,
    end,
    text: t,
    lower: t.toLowerCase().replace(/’/g, "'"),
    isWord: /^[\p{L}\p{N}]/u.test(t),
    isCap: /^\p{Lu}/u.test(t),
  };
}

/** Tokenizes `[start, end)` of `text`; offsets are absolute. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let covered = start;
  // matchAll works on a copy of the pattern, so no lastIndex is shared between calls.
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    if (s < covered) continue; // the period already joined to "Gov."
    let e = s + m[0].length;
    if (text[e] === '.' && e < end && (DOTTED.has(m[0].toLowerCase()) || /^\p{Lu}$/u.test(m[0]))) e++;
    out.push(makeToken(text, s, e));
    covered = e;
  }
  return out;
}

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  return lowerBound(tokens, pos, startOf);
}
