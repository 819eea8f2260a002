import { compromiseSpans } from '../../adapters/compromise';
import type { Doc } from '../../model/document';
import type { QuoteMention } from '../../model/mentions';
import { message } from '../../model/message';
import type { Stage } from '../stage';

const STAGE = 'baseline/quotes-compromise';

/**
 * Baseline for the accuracy table, not part of the default pipeline: compromise's `.quotations()` over each body
 * span, as direct quotes with no speaker (compromise attributes nothing). It reads apostrophes such as
 * "organization’s" as closing quotes, which is why extract/quotes does not use it.
 */
export const quotesCompromise: Stage = {
  name: STAGE,
  run(doc: Doc): Doc {
    const quotes: QuoteMention[] = [];
    let dropped = 0;
    for (const b of doc.body) {
      const res = compromiseSpans(doc.text.slice(b.start, b.end), ['quotations']);
      dropped += res.dropped;
      for (const s of res.spans) {
        const start = b.start + s.start;
        const end = b.start + s.end;
        quotes.push({
          kind: 'quote',
          start,
          end,
          text: doc.text.slice(start, end),
          quoteKind: 'direct',
          speaker: null,
          speakerName: null,
          cue: null,
          utterance: `Q${quotes.length + 1}`,
          stage: STAGE,
          rule: 'compromise-quotations',
        });
      }
    }
    const messages = dropped
      ? [
          ...doc.messages,
          message(
            STAGE,
            'library-span-dropped',
            'info',
            `${dropped} compromise quotation(s) did not match the text and were dropped`,
          ),
        ]
      : doc.messages;
    return { ...doc, quotes, messages };
  },
};
