import type { Doc } from '../../model/document';
import type { Stage } from '../stage';
import { directQuotes } from './quotes/5-utterances';
import { linkPartials, paraphrases, reportedQuotes, toMentions } from './quotes/6-mentions';
import { interviewQuotes } from './quotes/interview';
import { paragraphViews } from './quotes/views';

const STAGE = 'extract/quotes';

/**
 * Quotes with their cue and speaker mention, inside the body. Direct quotes (straight or curly double quotes,
 * guillemets, attributed single quotes) come without their marks; multi-paragraph and interrupted quotes share one
 * utterance id; short fragments are kept only when someone is said to have said them (no scare quotes or titles).
 * Reported speech ("Putin stated that …", "…, sources said", "according to X") comes as `indirect` quotes whose
 * span is the reported content. Interview layouts ("Q: … A: …", "NAME: text") give the answers as direct quotes.
 * `speakerName` is left to `resolve/speakers`.
 */
export const extractQuotes: Stage = {
  name: STAGE,
  run(doc: Doc): Doc {
    const views = paragraphViews(doc);
    const direct = directQuotes(doc.text, doc.paragraphs, views);
    const reported = reportedQuotes(doc.text, views, direct, direct.length);
    const partial = paraphrases(doc.text, views, direct, reported);
    // Interview answers come from paragraphs without quotation marks, so they never overlap the quotes above.
    const answers = interviewQuotes(doc.text, views, direct.length + reported.length, doc.people).filter(
      (a) => !reported.some((r) => r.start < a.end && a.start < r.end),
    );
    return {
      ...doc,
      quotes: toMentions(doc.text, [...linkPartials(direct, reported), ...reported, ...partial, ...answers], STAGE),
    };
  },
};
