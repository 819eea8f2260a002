// Pass 1 of name finding: the tokens of each sentence, read from the document's text layer (text/tokens, built once
// by segment/). The tokenizer itself lives in text/tokenize: it keeps the period of initials and known
// abbreviations ("P.", "St.", "U.S.") and splits possessives ("Putin's" -> "Putin").
import type { Doc } from '../../../model/document';
import { scanTokens } from '../../../text/tokenize';
import type { TokenShape } from '../../../text/token-shape';
import { LINE_START, POSSESSIVE, sentenceTokenRange, shapeAt } from '../../../text/tokens';

export type { TokenShape } from '../../../text/token-shape';

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

/** Tokenizes `text.slice(start, end)`, returning tokens with offsets into `text` (for text outside the sentences). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  scanTokens(text, start, end, (s, e, shape, lineStart, possessive) => {
    out.push({ start: s, end: e, text: text.slice(s, e), shape, lineStart, possessive });
  });
  return out;
}

/**
 * The tokens of sentence `k` of the document, as objects: from the text layer when segment/ built it for these
 * sentences, else tokenized here (a document whose sentences a caller set by hand).
 */
export function docSentenceTokens(doc: Doc, k: number): Token[] {
  const table = doc.tokens;
  const s = doc.sentences[k];
  if (table.sentences !== doc.sentences) return s ? tokenize(doc.text, s.start, s.end) : [];
  const [from, to] = sentenceTokenRange(table, k);
  const out: Token[] = [];
  for (let i = from; i < to; i++) {
    const start = table.starts[i] ?? 0;
    const end = table.ends[i] ?? 0;
    const flags = table.flags[i] ?? 0;
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      shape: shapeAt(table, i),
      lineStart: (flags & LINE_START) !== 0,
      possessive: (flags & POSSESSIVE) !== 0,
    });
  }
  return out;
}

/** `word` without one final period (what `replace(/\.$/, '')` gives, without a regular expression on a hot path). */
export function withoutPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
