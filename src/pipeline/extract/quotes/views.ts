import type { Doc } from '../../../model/document';
import { contains } from '../../../model/span';
import { tokenize } from './tokens';
import type { ParagraphView } from './types';

/** Tokens and sentences of every paragraph of the body, in order. */
export function paragraphViews(doc: Doc): ParagraphView[] {
  return doc.paragraphs.map((p) => ({
    span: p,
    tokens: tokenize(doc.text, p.start, p.end),
    sentences: doc.sentences.filter((s) => contains(p, s)),
  }));
}
