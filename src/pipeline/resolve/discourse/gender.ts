// Gender per person entity, from the strongest evidence the article gives: a title (Mr, Ms, Dame), a gendered noun
// right before a mention ("spokeswoman Jane Doe"), the given name, then the he/she pronouns that follow a sentence
// about that person alone.
import { givenNameGender } from '../../../adapters/name-gender';
import type { PersonMention } from '../../../model/mentions';
import type { GenderInfo, Occurrence } from './types';
import { GENDERED_NOUNS, GENDERED_TITLES } from './words';

/** How far before a mention a title or gendered noun is looked for ("Ms ", "spokeswoman "). */
const PREFIX_WINDOW = 24;
/** Pronoun votes needed (net of contrary ones) to give an entity a gender no title or name gave. */
const MIN_PRONOUN_VOTES = 1;

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;

/** Gender stated by a title or gendered noun inside the mention or right before it. */
export function statedGender(text: string, m: PersonMention): GenderInfo {
  const before = text
    .slice(Math.max(0, m.start - PREFIX_WINDOW), m.start)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const own = m.text.toLowerCase().split(/\s+/);
  const words = [...before.slice(-2), ...own.slice(0, -1)];
  for (const w of words.reverse()) {
    const t = GENDERED_TITLES.get(w) ?? GENDERED_TITLES.get(w.replace(/\.$/, ''));
    if (t) return { gender: t, source: 'title' };
    const n = GENDERED_NOUNS.get(w);
    if (n) return { gender: n, source: 'noun' };
  }
  return { gender: null, source: null };
}

/** Gender of a canonical name's first word when the given-name lists agree on it ("Jane Tembo" -> f). */
export function givenGender(name: string): GenderInfo {
  const words = name.split(/\s+/).filter((w) => !GENDERED_TITLES.has(w.toLowerCase()));
  if (words.length < 2) return { gender: null, source: null };
  const g = givenNameGender((words[0] ?? '').replace(/\.$/, ''));
  return g ? { gender: g, source: 'given-name' } : { gender: null, source: null };
}

/**
 * Votes from he/she pronouns: a pronoun in a sentence that follows (or is) a sentence mentioning exactly one person
 * votes for that person's gender. `sentenceOccurrences[i]` are the occurrences in sentence i.
 */
export function pronounVotes(
  text: string,
  sentences: readonly { start: number; end: number }[],
  sentenceOccurrences: readonly (readonly Occurrence[])[],
): Map<string, number> {
  const votes = new Map<string, number>();
  sentences.forEach((s, i) => {
    const here = new Set((sentenceOccurrences[i] ?? []).map((o) => o.entity));
    const prev = new Set((sentenceOccurrences[i - 1] ?? []).map((o) => o.entity));
    const only = here.size === 1 ? [...here][0] : here.size === 0 && prev.size === 1 ? [...prev][0] : undefined;
    const sentence = text.slice(s.start, s.end);
    // A sentence with a quote is left out: its "she said" is what the votes are meant to help resolve.
    if (only === undefined || /[“”"«»]/.test(sentence)) return;
    for (const m of sentence.matchAll(PRONOUN)) {
      const w = (m[1] ?? '').toLowerCase();
      votes.set(
        only,
        (votes.get(only) ?? 0) + (w.startsWith('h') && w !== 'her' && w !== 'hers' && w !== 'herself' ? 1 : -1),
      );
    }
  });
  return votes;
}

/** The gender the pronoun votes give, when they are clear enough. */
export function votedGender(net: number | undefined): GenderInfo {
  if (net === undefined || Math.abs(net) < MIN_PRONOUN_VOTES) return { gender: null, source: null };
  return { gender: net > 0 ? 'm' : 'f', source: 'pronoun' };
}
