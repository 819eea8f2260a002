// How a speaker mention is matched to a person: by overlapping a person mention, by pronoun, or by role words.
import type { PersonMention } from '../../../model/mentions';
import type { Span, TextSpan } from '../../../model/span';
import { overlaps } from '../../../model/span';

/** Pronouns resolved to the most recent person before them. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Pronouns and words that never name a speaker on their own. */
export const UNRESOLVABLE: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'it', 'who', 'one', 'someone']);

/** Determiners dropped from a description or an organization's name before matching. */
const LEADING_DETERMINER = /^(the|a|an|this|that|his|her|their|its)\s+/i;

/** Words of a role or description, lower-cased, with possessives and punctuation removed. */
export function roleWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
  ).filter((w) => !['the', 'a', 'an', 'of', 'for', 'and'].includes(w));
}

/**
 * The person mention the speaker span overlaps, preferring the one ending last (the head of
 * "Kazakhstan President Kassym-Jomart Tokayev"); a person inside a trailing "for"/"of" phrase
 * ("a spokesman for Hillary Clinton") is not the speaker.
 */
export function overlappingPerson(speaker: TextSpan, people: readonly PersonMention[]): PersonMention | null {
  const hits = people.filter((p) => overlaps(p, speaker));
  const cut = speaker.text.search(/\s(?:for|of|at|from|with)\s/i);
  const headEnd =
    cut >= 0 && !/^\p{Lu}/u.test(speaker.text.slice(0, cut).split(/\s+/).pop() ?? '')
      ? speaker.start + cut
      : speaker.end;
  const inHead = hits.filter((p) => p.start < headEnd);
  return inHead.sort((a, b) => b.end - a.end)[0] ?? null;
}

/** The last person mention ending before `at`. */
export function lastPersonBefore(at: number, people: readonly PersonMention[]): PersonMention | null {
  let best: PersonMention | null = null;
  for (const p of people) if (p.end <= at && (!best || p.end > best.end)) best = p;
  return best;
}

/**
 * The most recent person before `at` whose role shares the description's head word (its last word) and as many of
 * its other words as possible: "The Kazakhstan president" -> role "President of Kazakhstan" / "Kazakhstan President".
 */
export function personByRole(description: string, at: number, people: readonly PersonMention[]): PersonMention | null {
  const words = roleWords(description.replace(LEADING_DETERMINER, ''));
  const head = words[words.length - 1];
  if (!head) return null;
  let best: PersonMention | null = null;
  let bestScore = 0;
  for (const p of people) {
    if (p.start >= at || !p.role) continue;
    const role = new Set(roleWords(p.role));
    if (!role.has(head)) continue;
    const score = words.filter((w) => role.has(w)).length * 1e7 + p.end; // more shared words first, then recency
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

/** The name of a speaker that is no person: "the Kremlin" -> "Kremlin", "The New York Post" -> "New York Post". */
export function organizationName(speaker: TextSpan): string | null {
  const name = speaker.text.replace(LEADING_DETERMINER, '').trim();
  const words = name.split(/\s+/);
  // An organization is written with capitals throughout its head ("Kremlin", "State Department").
  return words.length > 0 && /^\p{Lu}/u.test(words[words.length - 1] ?? '') && /^\p{Lu}/u.test(words[0] ?? '')
    ? name
    : null;
}

/** True when a span is a single word from `set`, case-insensitively. */
export function isWordIn(span: Span & { readonly text: string }, set: ReadonlySet<string>): boolean {
  return set.has(span.text.toLowerCase());
}
