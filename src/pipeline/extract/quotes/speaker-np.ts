// Speaker phrases next to a cue verb, found by walking tokens away from the cue (no tagger needed).
import {
  CUE_GAP_WORDS,
  DETERMINERS,
  ROLE_NOUNS,
  NP_BREAKERS,
  NP_PREPOSITIONS,
  NP_PREPOSITIONS_BEFORE_CUE,
  PARTICLE_CUES,
  SENTENCE_ADVERBS,
  SPEAKER_PRONOUNS,
  SPEECH_VERBS,
  TIME_NOUNS,
  TIME_WORDS,
} from './cues';
import { isExtraCue } from './extra-cues';
import type { Token } from './tokens';

/** Longest speaker phrase, in tokens ("Republican vice-presidential nominee Gov. Mike Pence (R-IN)"). */
export const MAX_NP_TOKENS = 12;
/** Most auxiliaries/adverbs allowed between a speaker and its cue ("has also repeatedly said"). */
export const MAX_CUE_GAP = 3;

/** A token range [first, last] (inclusive) of a phrase. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** Past forms that are verbs and never nouns, so a speaker phrase cannot run through them. */
function isVerbForm(t: Token): boolean {
  return (
    SPEECH_VERBS.has(t.lower) &&
    (/ed$/.test(t.lower) || ['said', 'told', 'wrote', 'says', 'tells', 'saying', 'telling'].includes(t.lower))
  );
}

/** True for words that may stand between a speaker and its cue: auxiliaries, negations, adverbs. */
export function isGap(t: Token): boolean {
  return CUE_GAP_WORDS.has(t.lower) || /n't$/.test(t.lower) || (/ly$/.test(t.lower) && !t.isCap && t.lower.length > 4);
}

/** True when `t` can sit inside a noun phrase. */
function nounish(t: Token): boolean {
  const participle = !t.isCap && t.lower.length > 5 && t.lower.endsWith('ing'); // "including", "saying"
  return (
    t.isWord &&
    !participle &&
    !NP_BREAKERS.has(t.lower) &&
    !SPEAKER_PRONOUNS.has(t.lower) &&
    !isVerbForm(t) &&
    !isGap(t)
  );
}

/** Steps left from `j` over auxiliaries, adverbs and a time phrase ("this week", "on Friday") before a cue. */
function skipGaps(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  for (let gaps = 0; k >= floor && gaps < MAX_CUE_GAP + 2; gaps++) {
    const t = tokens[k];
    if (!t) break;
    if (isGap(t)) k--;
    else if (
      (TIME_NOUNS.has(t.lower) || /^\d{4}$/.test(t.text)) &&
      k - 1 >= floor &&
      TIME_WORDS.has(tokens[k - 1]?.lower ?? '')
    )
      k -= 2;
    else break;
  }
  return k;
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** True when the past form at `i` follows a form of "be" (over adverbs): a passive, with no speaker before it. */
function isPassive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!/ed$/.test(t.lower) && !['said', 'told', 'written'].includes(t.lower)) return false;
  let j = i - 1;
  while (j >= 0 && /ly$/.test(tokens[j]?.lower ?? '')) j--;
  return BE_FORMS.has(tokens[j]?.lower ?? '');
}

/** The cue at token `i`: its last token (a particle cue like "pointed out" spans two tokens), or -1. */
export function cueEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  const particle = PARTICLE_CUES.get(t.lower);
  if (particle !== undefined) return tokens[i + 1]?.lower === particle ? i + 1 : -1;
  if (!SPEECH_VERBS.has(t.lower) && !isExtraCue(tokens, i)) return -1;
  const prev = tokens[i - 1];
  // A capital is a cue only where a sentence can start ("Said Ellis: …"), never "United States".
  if (t.isCap && prev?.isWord) return -1;
  if (isPassive(tokens, i)) return -1; // "the glitch was reported", "it was announced that": nobody speaks
  // "the report", "his comments": a determiner makes the word a noun.
  if (prev && DETERMINERS.has(prev.lower) && !isVerbForm(t)) return -1;
  return i;
}

/** Steps left over a parenthesis "(R-IN)" ending at `j`; returns the index before "(" or j when none. */
function skipParens(tokens: readonly Token[], j: number, floor: number): number {
  if (tokens[j]?.text !== ')') return j;
  for (let k = j - 1; k >= floor && k >= j - 8; k--) if (tokens[k]?.text === '(') return k - 1;
  return j;
}

/**
 * The speaker phrase ending right before token `end` (the cue), skipping auxiliaries and adverbs: "he",
 * "Kremlin Spokesman Dmitry Peskov", "The Kazakhstan president", "a spokesman for the campaign".
 */
export function npBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  let j = skipGaps(tokens, end - 1, floor);
  const last = j;
  const head = tokens[j];
  if (!head || j < floor) return null;
  if (SPEAKER_PRONOUNS.has(head.lower)) return { first: j, last };
  if (DETERMINERS.has(head.lower)) return null; // "a swiftly called meeting": no noun before the cue
  j = skipParens(tokens, j, floor);
  if (!tokens[j] || !nounish(tokens[j] as Token)) return null;
  let first = j;
  while (first - 1 >= floor && last - first < MAX_NP_TOKENS) {
    const p = tokens[first - 1] as Token;
    if (DETERMINERS.has(p.lower) && !(p.lower === 'that' && !p.isCap)) {
      const ext = throughPreposition(tokens, first - 2, floor);
      first = ext ?? first - 1;
      if (ext === null) break;
      continue;
    }
    if (NP_PREPOSITIONS_BEFORE_CUE.has(p.lower)) {
      const ext = throughPreposition(tokens, first - 1, floor);
      if (ext === null) break;
      first = ext;
      continue;
    }
    if (!nounish(p) || (SENTENCE_ADVERBS.has(p.lower) && p.isCap)) break;
    first--;
  }
  return { first, last };
}

/** When token `k` is a preposition preceded by a noun ("spokesman for"), the index of that noun, else null. */
function throughPreposition(tokens: readonly Token[], k: number, floor: number): number | null {
  const prep = tokens[k];
  const noun = tokens[k - 1];
  if (!prep || !noun || k - 1 < floor || !NP_PREPOSITIONS_BEFORE_CUE.has(prep.lower)) return null;
  return nounish(noun) && !DETERMINERS.has(noun.lower) ? k - 1 : null;
}

/** True when a lower-case word may continue a phrase after the cue: only inside a description ("the former
 * secretary of state"), never after a name ("Smith criticized ..."), never a past form after the first word. */
function lowerContinues(w: Token, described: boolean, nameSeen: boolean, words: number): boolean {
  if (w.isCap) return true;
  if (nameSeen) return ROLE_NOUNS.has(w.lower) && !described;
  return words === 0 || !/ed$/.test(w.lower) || !described;
}

/** The speaker phrase starting at token `start`, after the cue ("said Smith", "said the spokesman"). */
export function npAfter(tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  let j = start;
  const t = tokens[j];
  if (!t || j >= limit) return null;
  if (SPEAKER_PRONOUNS.has(t.lower)) return { first: j, last: j };
  const described = DETERMINERS.has(t.lower);
  if (described) j++;
  let last = -1;
  // A name ends the phrase at the next lower-case word ("Smith criticized"), except a name inside a description
  // before its head ("the Kazakhstan president"); a name after a preposition ("members of Congress") ends it too.
  let nameSeen = false;
  let afterPrep = false;
  while (j < limit && j - start < MAX_NP_TOKENS) {
    const w = tokens[j] as Token;
    if (!nounish(w) || (DETERMINERS.has(w.lower) && last >= 0) || (TIME_WORDS.has(w.lower) && last >= 0)) break;
    if (TIME_WORDS.has(w.lower)) return null;
    if (!lowerContinues(w, described, nameSeen, j - start)) break;
    if (w.isCap && (afterPrep || !described)) nameSeen = true;
    last = j++;
    const prep = tokens[j];
    if (prep && NP_PREPOSITIONS.has(prep.lower) && tokens[j + 1] && nounish(tokens[j + 1] as Token)) {
      j++;
      afterPrep = true;
      if (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
    }
  }
  return last >= start ? { first: start, last } : null;
}
