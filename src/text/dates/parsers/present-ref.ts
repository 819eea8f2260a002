// TimeML's vague references to the present, past and future: "now", "currently", "recently", "the future".
import type { DateParser, ParseContext } from '../parser';
import { after, candidate } from '../parser';

/** Phrases and the *_REF value TimeML gives them. Kept to phrases that are almost always temporal. */
const REF_PHRASES: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'],
  ['right now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'],
  ['at present', 'PRESENT_REF'],
  ['at the moment', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['the past', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['the future', 'FUTURE_REF'],
  ['the near future', 'FUTURE_REF'],
  ['future', 'FUTURE_REF'],
]);

const REF =
  /\b(right\s+now|now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|recently|lately|the\s+(?:near\s+)?future|future|the\s+past)(?![\w-])/gi;

/**
 * "future" only as a noun phrase head or "in future". ("now that ..." stays a time: TimeML annotates its "now" as
 * PRESENT_REF, the present the clause describes.)
 */
const NOT_REF_AFTER = /^\s*(?:that\b|[a-z]+s?\b)/;

/**
 * "the future" and "the past" are times when a function word or punctuation follows ("in the future if talks fail",
 * "clashed in the past over"), not when a noun does ("the future king") or "of" ("the future of the company").
 */
const FUNCTION_WORD_AFTER =
  /^\s*(?:$|[^\w\s]|(?:is|was|are|were|will|would|could|can|may|might|should|has|have|had|if|but|so|that|which|when|as|for|to|in|on|at|by|with|over|about|from|into|after|before|until|since|during|than|because|unless|while|remains?)\b)/i;

export const presentRef: DateParser = {
  name: 'ref',
  trigger: /now|current|recent|lately|past|future|these\s+days|present|moment/i,
  pattern: REF,
  build(m, ctx: ParseContext) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const value = REF_PHRASES.get(phrase);
    if (value === undefined) return null;
    const next = after(m, ctx, 12);
    // "Now, he said ..." opening a sentence is a discourse marker, not a time.
    if (phrase === 'now' && (m.index ?? 0) === 0 && /^,/.test(next)) return null;
    if (phrase === 'future' && NOT_REF_AFTER.test(next)) return null;
    // "the future and" is the noun; "the past and current emissions" is an adjective pair.
    const coordinated = phrase === 'the future' && /^\s*(?:and|or)\b/i.test(next);
    if ((phrase === 'the future' || phrase === 'the past') && !coordinated && !FUNCTION_WORD_AFTER.test(next))
      return null;
    return candidate(this.name, m, ctx, { kind: 'ref', value });
  },
};
