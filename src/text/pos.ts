// Parts of speech for the text layer, on request. wink-nlp's tagger costs 1.5 to 4 times the text layer's own
// tokenizer and splitter (scripts/measure-text-layer.js; README "Text layer"); on every sentence of every article
// it would spend most of the pipeline's margin over compromise, so segment/ does not run it: a pass that needs tags
// (the subject of "said", the head of a noun phrase) asks for the few sentences it looks at.
import { winkTags } from '../adapters/wink';
import type { Doc } from '../model/document';
import { sentenceTokenRange } from './tokens';

/**
 * Universal POS tags (PROPN, NOUN, VERB, ...) of the text-layer tokens of sentence `k`, one per token in table
 * order: the tag of wink's token starting where ours starts, else of the wink token covering our start, else "X"
 * (punctuation wink did not return). Empty when the table was not built for the document's sentences.
 */
export function sentencePos(doc: Doc, k: number): string[] {
  const s = doc.sentences[k];
  if (!s || doc.tokens.sentences !== doc.sentences) return [];
  const tags = winkTags(doc.text.slice(s.start, s.end));
  const [from, to] = sentenceTokenRange(doc.tokens, k);
  const out: string[] = [];
  let j = 0;
  for (let i = from; i < to; i++) {
    const start = (doc.tokens.starts[i] ?? 0) - s.start;
    while (j < tags.length && (tags[j]?.end ?? 0) <= start) j++;
    const t = tags[j];
    out.push(t && t.start <= start ? t.pos : 'X');
  }
  return out;
}
