import type { Doc } from '../../../model/document';
import type { Span } from '../../../model/span';
import { contains } from '../../../model/span';
import { lowerBound, startOf } from '../../../model/span-index';
import type { TokenTable } from '../../../text/tokens';
import { buildTokenTable } from '../../../text/tokens';
import { quoteTokens } from './tokens';
import type { ParagraphView } from './types';

/**
 * The sentences inside paragraph `p`. segment/ gives sentences sorted by start, so only those starting inside `p`
 * are looked at (a filter over all sentences per paragraph was quadratic on long articles).
 */
function sentencesOf(p: Span, sentences: readonly Span[], sorted: boolean): Span[] {
  if (!sorted) return sentences.filter((s) => contains(p, s));
  const out: Span[] = [];
  for (let i = lowerBound(sentences, p.start, startOf); i < sentences.length; i++) {
    const s = sentences[i] as Span;
    if (s.start >= p.end) break;
    if (contains(p, s)) out.push(s);
  }
  return out;
}

/**
 * The token table the quote passes read: the document's, built by segment/ over sentences that cover every
 * paragraph's text but its spaces. A document whose sentences a caller set by hand may not cover its paragraphs,
 * so its paragraphs are tokenized as the table's ranges instead (the tokens of a range do not depend on where its
 * sentences break, as sentences only break at spaces).
 */
function tableOf(doc: Doc): TokenTable {
  return doc.tokens.sentences === doc.sentences
    ? doc.tokens
    : buildTokenTable(doc.text, doc.paragraphs, doc.paragraphs);
}

/** The index range of the table's tokens inside `p` (tokens are sorted by start and never cross a paragraph). */
function tokenRange(table: TokenTable, p: Span): readonly [number, number] {
  const starts = table.starts;
  const from = lowerBound(starts, p.start, (x) => x);
  let to = lowerBound(starts, p.end, (x) => x);
  while (to > from && (table.ends[to - 1] ?? 0) > p.end) to--;
  return [from, to];
}

/** Tokens and sentences of every paragraph of the body, in order. */
export function paragraphViews(doc: Doc): ParagraphView[] {
  const sorted = doc.sentences.every((s, i) => i === 0 || (doc.sentences[i - 1] as Span).start <= s.start);
  const table = tableOf(doc);
  return doc.paragraphs.map((p) => {
    const [from, to] = tokenRange(table, p);
    return {
      span: p,
      tokens: quoteTokens(table, doc.text, from, to),
      sentences: sentencesOf(p, doc.sentences, sorted),
    };
  });
}
