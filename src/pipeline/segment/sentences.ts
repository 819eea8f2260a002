import type { Doc } from '../../model/document';
import { appendAll } from '../../model/append-all';
import { readSpans } from '../../model/read-spans';
import type { Span } from '../../model/span';
import { buildTokenTable } from '../../text/tokens';
import type { Stage } from '../stage';
import { splitParagraphs } from './split-paragraphs';
import { splitSentences } from './split-sentences';

/** Paragraphs and sentences of the body spans and the headline (model/read-spans), as spans of the unchanged text. */
export const segmentText: Stage = {
  name: 'segment/sentences',
  run(doc: Doc): Doc {
    const paragraphs: Span[] = [];
    for (const b of readSpans(doc)) appendAll(paragraphs, splitParagraphs(doc.text, b.start, b.end));
    const sentences: Span[] = [];
    for (const p of paragraphs) appendAll(sentences, splitSentences(doc.text, p.start, p.end));
    // The text layer: every extractor reads these tokens instead of tokenizing the sentences again.
    return { ...doc, paragraphs, sentences, tokens: buildTokenTable(doc.text, sentences, paragraphs) };
  },
};
