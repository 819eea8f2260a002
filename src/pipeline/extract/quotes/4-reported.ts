// Pass 4: reported speech. "Putin stated that <content>", "Peskov stated <clause>", "<content>, sources said.",
// "According to X, <content>", "<content>, according to X."
import type { Span } from '../../../model/span';
import { trimSpan } from '../../../model/span';
import {
  BARE_CLAUSE_VERBS,
  CUE_GAP_WORDS,
  DETERMINERS,
  NP_BREAKERS,
  DIRECT_ONLY_CUES,
  INVERSION_VERBS,
  LISTENER_VERBS,
  SPEAKER_PRONOUNS,
  TIME_WORDS,
} from './cues';
import { hasFiniteVerb } from './extra-cues';
import { cueEnd, npAfter, npBefore } from './speaker-np';
import type { TokenRange } from './speaker-np';
import type { Token } from './tokens';

const SAY = new Set(['say', 'says', 'said']);

/** Reported content shorter than this many words is not a statement ("he said so"). */
export const MIN_CONTENT_WORDS = 3;
/** How many tokens a cue may be separated from its "that" ("said in a statement on Monday that"). */
export const THAT_WINDOW = 8;

/** One reported statement: the content, who said it and the cue. */
export interface Reported {
  readonly content: Span;
  readonly speaker: Span | null;
  readonly cue: Span;
  readonly rule: string;
}

/** The sentence's tokens [s0, s1) and a test for tokens inside direct quotes (never cues). */
export interface SentenceTokens {
  readonly tokens: readonly Token[];
  readonly s0: number;
  readonly s1: number;
  readonly quoted: (i: number) => boolean;
  /** Start offsets of cues already attributing a full direct quote ("…,” Trump said this month). */
  readonly usedCues: ReadonlySet<number>;
}

function span(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** Content from token `a` to the sentence end, without the final punctuation; null when too short. */
function contentSpan(text: string, st: SentenceTokens, a: number, b: number): Span | null {
  let e = b;
  while (e > a && /^[.!?;:,]$/.test(st.tokens[e - 1]?.text ?? '')) e--;
  const words = st.tokens.slice(a, e).filter((t) => t.isWord).length;
  if (words < MIN_CONTENT_WORDS || e <= a) return null;
  return trimSpan(text, (st.tokens[a] as Token).start, (st.tokens[e - 1] as Token).end);
}

/**
 * True when the tokens from `a` to the sentence end hold only a time or place phrase ("on Monday", "in a statement").
 */
function onlyAdjuncts(st: SentenceTokens, a: number): boolean {
  const rest = st.tokens.slice(a, st.s1).filter((t) => t.isWord);
  return rest.length === 0 || (rest.length <= 6 && TIME_WORDS.has(rest[0]?.lower ?? ''));
}

/** Where the content starts after a cue ending at `ce`: after "that", or at a bare clause; -1 when none. */
function contentStart(st: SentenceTokens, cueWord: string, ce: number): number {
  let a = ce + 1;
  for (let k = a; k < st.s1 && k <= a + THAT_WINDOW; k++) {
    const t = st.tokens[k] as Token;
    if (t.lower === 'that' && !st.quoted(k)) return k + 1;
    if (!t.isWord && t.text !== ',') break;
  }
  if (LISTENER_VERBS.has(cueWord)) {
    const listener = npAfter(st.tokens, a, st.s1); // "told reporters the plan was dead"
    if (!listener) return -1;
    a = listener.last + 1;
  }
  const t = st.tokens[a];
  if (!t || !BARE_CLAUSE_VERBS.has(cueWord) || st.quoted(a) || TIME_WORDS.has(t.lower)) return -1;
  const next = st.tokens[a + 1];
  // After say/said/says a bare noun can open the clause too: "Johnson said local officials should …".
  const bareNoun =
    SAY.has(cueWord) &&
    t.isWord &&
    !t.isCap &&
    !NP_BREAKERS.has(t.lower) &&
    !CUE_GAP_WORDS.has(t.lower) &&
    !!next?.isWord;
  const clause =
    (SPEAKER_PRONOUNS.has(t.lower) && t.lower !== 'who') ||
    (DETERMINERS.has(t.lower) && t.lower !== 'that') ||
    t.lower === 'no' ||
    (t.isCap && !!next?.isWord) ||
    bareNoun;
  return clause ? a : -1;
}

/** "<content>, Smith said." / "<content>, said Smith.": the attribution closes the sentence after a comma. */
function trailing(text: string, st: SentenceTokens, k: number, ce: number, np: TokenRange | null): Reported | null {
  const inverted = np || !INVERSION_VERBS.has(st.tokens[k]?.lower ?? '') ? null : npAfter(st.tokens, ce + 1, st.s1);
  const start = inverted ? st.tokens[inverted.first] : undefined;
  if (start && !start.isCap && !DETERMINERS.has(start.lower)) return null;
  const who = np ?? inverted;
  if (!who) return null;
  const commaAt = np ? np.first - 1 : k - 1;
  if (st.tokens[commaAt]?.text !== ',' || !onlyAdjuncts(st, (inverted ? inverted.last : ce) + 1)) return null;
  const content = contentSpan(text, st, st.s0, commaAt);
  return content
    ? {
        content,
        speaker: span(st.tokens, who.first, who.last),
        cue: span(st.tokens, k, ce),
        rule: 'content-speaker-cue',
      }
    : null;
}

function accordingTo(text: string, st: SentenceTokens): Reported | null {
  for (let k = st.s0; k < st.s1 - 2; k++) {
    if (st.tokens[k]?.lower !== 'according' || st.tokens[k + 1]?.lower !== 'to' || st.quoted(k)) continue;
    const np = npAfter(st.tokens, k + 2, st.s1);
    if (!np) return null;
    const cue = span(st.tokens, k, k + 1);
    const speaker = span(st.tokens, np.first, np.last);
    const content =
      k === st.s0
        ? st.tokens[np.last + 1]?.text === ','
          ? contentSpan(text, st, np.last + 2, st.s1)
          : null
        : st.tokens[k - 1]?.text === ','
          ? contentSpan(text, st, st.s0, k - 1)
          : null;
    return content ? { content, speaker, cue, rule: 'according-to' } : null;
  }
  return null;
}

/** The reported statement of one sentence, or null. */
export function reportedIn(text: string, st: SentenceTokens): Reported | null {
  const acc = accordingTo(text, st);
  if (acc) return acc;
  for (let k = st.s0; k < st.s1; k++) {
    const ce = cueEnd(st.tokens, k);
    const word = st.tokens[k]?.lower ?? '';
    if (ce < 0 || st.quoted(k) || DIRECT_ONLY_CUES.has(word) || st.usedCues.has(st.tokens[k]?.start ?? -1)) continue;
    const np = npBefore(st.tokens, k, st.s0);
    const tail = trailing(text, st, k, ce, np);
    if (tail) return tail;
    if (!np) continue;
    const a = contentStart(st, word, ce);
    // Without "that" the content must be a clause: "Smith claimed the final wicket" reports nothing.
    const clause = a >= 0 && (st.tokens[a - 1]?.lower === 'that' || hasFiniteVerb(st.tokens, a, st.s1));
    const content = clause ? contentSpan(text, st, a, st.s1) : null;
    if (content)
      return {
        content,
        speaker: span(st.tokens, np.first, np.last),
        cue: span(st.tokens, k, ce),
        rule: 'speaker-cue-content',
      };
  }
  return null;
}
