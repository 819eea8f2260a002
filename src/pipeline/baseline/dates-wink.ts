// A baseline for measuring extract/dates: wink-nlp's DATE entities alone, one sentence at a time, with no
// normalized value (wink gives none). Not in the default stage list; .scratch-style comparisons swap it in for
// extract/dates and score both with the same scorer.
import { winkAnalyse } from '../../adapters/wink';
import type { Doc } from '../../model/document';
import type { DateMention } from '../../model/mentions';
import type { Stage } from '../stage';

const STAGE = 'baseline/dates-wink';

/** wink's DATE entities as date mentions (value null), for comparison with extract/dates. */
export const winkDatesBaseline: Stage = {
  name: STAGE,
  run(doc: Doc): Doc {
    const dates: DateMention[] = [];
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      for (const e of winkAnalyse(sentence).entities) {
        if (e.label !== 'DATE') continue;
        const start = s.start + e.start;
        const end = s.start + e.end;
        dates.push({
          kind: 'date',
          start,
          end,
          text: doc.text.slice(start, end),
          stage: STAGE,
          rule: 'wink-entity',
          type: 'DATE',
          value: null,
          rangeStart: null,
          rangeEnd: null,
          inferred: [],
        });
      }
    }
    return { ...doc, dates };
  },
};
