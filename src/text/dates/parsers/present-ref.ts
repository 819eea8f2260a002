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
  ['in recent years', 'PAST_REF'],
  ['recent years', 'PAST_REF'],
  ['recent months', 'PAST_REF'],
  ['recent weeks', 'PAST_REF'],
  ['recent days', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['the future', 'FUTURE_REF'],
  ['the near future', 'FUTURE_REF'],
  ['the coming years', 'FUTURE_REF'],
  ['coming years', 'FUTURE_REF'],
  ['coming months', 'FUTURE_REF'],
  ['the coming months', 'FUTURE_REF'],
  ['the coming weeks', 'FUTURE_REF'],
  ['coming weeks', 'FUTURE_REF'],
  ['future', 'FUTURE_REF'],
]);

const REF =
  /\b(right\s+now|now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|recently|lately|the\s+(?:near\s+)?future|future|the\s+past|(?:in\s+)?recent\s+(?:years|months|weeks|days)|(?:the\s+)?coming\s+(?:years|months|weeks))(?![\w-])/gi;

/** "now that" is a conjunction; "future" only as a noun phrase head or "in future". */
const NOT_REF_AFTER = /^\s*(?:that\b|[a-z]+s?\b)/;

export const presentRef: DateParser = {
  name: 'ref',
  trigger: /now|current|recent|lately|past|future|these\s+days|present|moment|coming/i,
  pattern: REF,
  build(m, ctx: ParseContext) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const value = REF_PHRASES.get(phrase);
    if (value === undefined) return null;
    const next = after(m, ctx, 12);
    if (phrase === 'now' && /^\s*that\b/i.test(next)) return null;
    // "Now, he said ..." opening a sentence is a discourse marker, not a time.
    if (phrase === 'now' && (m.index ?? 0) === 0 && /^,/.test(next)) return null;
    if ((phrase === 'future' || phrase === 'the future' || phrase === 'the past') && NOT_REF_AFTER.test(next))
      return null;
    return candidate(this.name, m, ctx, { kind: 'ref', value });
  },
};
