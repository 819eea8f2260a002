// The subject of a sentence and the verb after it: the speaker when no cue stands next to a quote.
import { DETERMINERS, NP_BREAKERS, OPENING_ADVERBIALS, SPEAKER_PRONOUNS } from './cues';
import type { TokenRange } from './speaker-np';
import { isGap, npAfter } from './speaker-np';
import type { Token } from './tokens';

/** Longest opening adverbial skipped before a subject ("With 50 days until the election, Minyon Moore ..."). */
export const MAX_OPENING_ADVERBIAL = 12;
/** Longest opening phrase of any kind before the subject's comma ("Deeply worried about …, President Obama"). */
export const MAX_OPENING_PHRASE = 20;

/**
 * The subject at the start of a sentence, after an opening adverbial ("In July, Gingrich dismissed ..."): its first
 * noun phrase when a lower-case word (the verb) or an apposition follows it; null otherwise.
 */
export function sentenceSubject(tokens: readonly Token[], s0: number, limit: number): TokenRange | null {
  const direct = subjectAt(tokens, s0, limit);
  if (direct) return direct;
  // "Deeply worried about young voters, President Obama is …": an opening phrase of any kind ends at a comma.
  for (let k = s0; k < limit && k <= s0 + MAX_OPENING_PHRASE; k++)
    if (tokens[k]?.text === ',') return subjectAt(tokens, k + 1, limit, false);
  return null;
}

function subjectAt(tokens: readonly Token[], s0: number, limit: number, skipAdverbial = true): TokenRange | null {
  let i = s0;
  while (i < limit && !tokens[i]?.isWord && !/["“”«»]/.test(tokens[i]?.text ?? '')) i++;
  const first = tokens[i];
  // "In July, …", "Bemoaning the “phony system,” Trump …": an opening adverbial or participle ends at a comma.
  if (
    skipAdverbial &&
    (OPENING_ADVERBIALS.has(first?.lower ?? '') ||
      (first !== undefined && /ing$/.test(first.lower) && first.lower.length > 5))
  ) {
    let comma = i + 1;
    while (comma < limit && comma <= i + MAX_OPENING_ADVERBIAL && tokens[comma]?.text !== ',') comma++;
    if (tokens[comma]?.text !== ',') return null;
    i = comma + 1;
    // "On July 6, 2015, Sanders ...": the year after a date's comma belongs to the adverbial.
    if (/^\d{4}$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
  }
  const np = npAfter(tokens, i, limit);
  const next = np ? tokens[np.last + 1] : undefined;
  if (!np || !next || np.last + 1 >= limit) return null;
  const t = tokens[np.first] as Token;
  if (/'s$/.test((tokens[np.last] as Token).lower)) return null; // "Boeing’s newest aircraft": a possessive is no subject
  if (!t.isCap && !DETERMINERS.has(t.lower) && !SPEAKER_PRONOUNS.has(t.lower)) return null;
  return next.text === ',' || next.text === '(' || (next.isWord && !next.isCap) ? np : null;
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']); // after a subject: passive or copula

/**
 * The verb right after a subject ending at `last` ("Gingrich cynically dismissed", "Reid has been pounding"), or -1
 * when there is none before `limit` or the clause is passive or a copula ("It was dubbed", "The summit is").
 */
export function activeVerbAfter(tokens: readonly Token[], last: number, limit: number): number {
  let j = last + 1;
  let be = false;
  for (; j < limit; j++) {
    const t = tokens[j];
    if (!t || !isGap(t)) break;
    if (BE_FORMS.has(t.lower)) be = true;
  }
  const v = tokens[j];
  if (
    !v ||
    j >= limit ||
    !v.isWord ||
    v.isCap ||
    DETERMINERS.has(v.lower) ||
    NP_BREAKERS.has(v.lower) ||
    SPEAKER_PRONOUNS.has(v.lower)
  )
    return -1;
  if (be) return v.lower.endsWith('ing') ? j : -1;
  return j;
}
