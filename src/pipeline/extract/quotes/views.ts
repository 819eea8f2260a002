import type { Doc } from '../../../model/document';
import type { Span } from '../../../model/span';
import { contains } from '../../../model/span';
import { lowerBound, startOf } from '../../../model/span-index';
import { tokenize } from './tokens';
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

/** Tokens and sentences of every paragraph of the body, in order. */
export function paragraphViews(doc: Doc): ParagraphView[] {
  const sorted = doc.sentences.every((s, i) => i === 0 || (doc.sentences[i - 1] as Span).start <= s.start);
  return doc.paragraphs.map((p) => ({
    span: p,
    tokens: tokenize(doc.text, p.start, p.end),
    sentences: sentencesOf(p, doc.sentences, sorted),
  }));
}
