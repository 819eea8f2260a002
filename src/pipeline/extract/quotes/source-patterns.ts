// Attribution patterns around a direct quote: after it ("…,” he said), before it (Tokayev said: “…”), or after a
// dash (“…” ― Sonya Herridge). Pass 3 (3-source.ts) decides which one applies.
import type { Span } from '../../../model/span';
import { countWork } from '../../../model/work-meter';
import { LISTENER_VERBS, RELATIVE_PRONOUNS, TIME_WORDS } from './cues';
import type { TokenRange } from './speaker-np';
import { cueEnd, npAfter, npBefore } from './speaker-np';
import { sentenceSubject } from './subject';
import type { Token } from './tokens';
import { tokenAt } from './tokens';
import type { Attribution, PlacedRegion } from './types';

/** How far before a full quote's opening mark its cue may stand ("Smith said in a statement on Monday: “"). */
export const HEAD_CUE_WINDOW = 9;
/** How far after a quote a cue may follow a speaker with an apposition ("…,” Flynn, a top Trump surrogate, said). */
export const APPOSITION_WINDOW = 30;

const DASHES = new Set(['―', '—', '–', '-']);

function spanOf(tokens: readonly Token[], r: TokenRange): Span {
  return { start: (tokens[r.first] as Token).start, end: (tokens[r.last] as Token).end };
}

function attribution(
  tokens: readonly Token[],
  np: TokenRange | null,
  cueFirst: number,
  cueLast: number,
  rule: string,
  tail: boolean,
): Attribution {
  const cue = { start: (tokens[cueFirst] as Token).start, end: (tokens[cueLast] as Token).end };
  const speaker = np ? spanOf(tokens, np) : null;
  return { speaker, cue, rule, tailEnd: tail ? Math.max(cue.end, speaker?.end ?? 0) : null };
}

/**
 * True when what follows a cue cannot be a clause of its own: the end, punctuation, a time or place phrase, a listener.
 */
function cueEndsAttribution(tokens: readonly Token[], after: number, limit: number, cueWord: string): boolean {
  const t = tokens[after];
  if (!t || after >= limit) return true;
  if (!t.isWord) return t.text !== '“' && t.text !== '"';
  return TIME_WORDS.has(t.lower) || t.lower === 'to' || LISTENER_VERBS.has(cueWord) || t.lower === 'in';
}

/** "said Smith", "said the spokesman, who ...": a speaker after the cue must end at punctuation or the limit. */
function invertedSpeaker(tokens: readonly Token[], ce: number, limit: number): TokenRange | null {
  const np = npAfter(tokens, ce + 1, limit);
  if (!np) return null;
  const next = tokens[np.last + 1];
  return !next || np.last + 1 >= limit || !next.isWord || next.lower === 'who' ? np : null;
}

/** The attribution right after a quote's closing mark, between `i0` and `i1` (token indices). */
export function tailAttribution(
  tokens: readonly Token[],
  i0: number,
  i1: number,
  attached: boolean,
): Attribution | null {
  let i = i0;
  while (i < i1 && !tokens[i]?.isWord && !DASHES.has(tokens[i]?.text ?? '')) i++;
  const t = tokens[i];
  if (!t || i >= i1) return null;
  if (DASHES.has(t.text)) {
    const np = npAfter(tokens, i + 1, i1);
    return np && tokens[np.first]?.isCap ? attribution(tokens, np, i, i, 'dash-source', true) : null;
  }
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const np = npAfter(tokens, i + 2, i1);
    return np ? attribution(tokens, np, i, i + 1, 'according-to-after', true) : null;
  }
  const ce = cueEnd(tokens, i);
  if (ce >= 0) {
    const np = invertedSpeaker(tokens, ce, i1);
    return np ? attribution(tokens, np, i, ce, 'cue-speaker-after', true) : null;
  }
  for (let k = i + 1; k < i1 && k <= i + APPOSITION_WINDOW; k++) {
    const ke = cueEnd(tokens, k);
    if (ke < 0) continue;
    if (!attached && !cueEndsAttribution(tokens, ke + 1, i1, (tokens[k] as Token).lower)) return null;
    const np = npBefore(tokens, k, i);
    if (np && np.first === i) return attribution(tokens, np, k, ke, 'speaker-cue-after', true);
    // "Scott Pruitt, the attorney general of Oklahoma, said": the name before the apposition is the speaker.
    const head = npAfter(tokens, i, k);
    const sep = tokens[(head?.last ?? i1) + 1]?.text;
    return head && tokens[i]?.isCap && (sep === ',' || sep === '(')
      ? attribution(tokens, head, k, ke, 'speaker-apposition-cue-after', true)
      : null;
  }
  return null;
}

/** The attribution before a quote's opening mark: the nearest cue within `window` tokens before `h1`. */
export function headAttribution(
  tokens: readonly Token[],
  h0: number,
  h1: number,
  window: number,
  s0 = h0,
): Attribution | null {
  for (let k = h1 - 1; k >= h0 && k >= h1 - window; k--) {
    countWork(1);
    const t = tokens[k] as Token;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const np = npAfter(tokens, k + 2, h1);
      return np ? attribution(tokens, np, k, k + 1, 'according-to-before', false) : null;
    }
    const ce = cueEnd(tokens, k);
    if (ce < 0 || ce >= h1) continue;
    const np = npBefore(tokens, k, h0);
    if (np && RELATIVE_PRONOUNS.has(tokens[np.first]?.lower ?? '')) continue; // "anybody who complains": look further back
    if (np) return attribution(tokens, np, k, ce, 'speaker-cue-before', false);
    // "Brian Fallon, the press secretary, noted …", "Clinton mocked it, saying …", "Scott beamed and asked …":
    // with no phrase right before the cue, the sentence's subject speaks.
    const subject = sentenceSubject(tokens, afterLastClose(tokens, s0, k), k);
    if (subject) return attribution(tokens, subject, k, ce, 'subject-cue-before', false);
    const after = npAfter(tokens, ce + 1, h1); // "Said Ellis: “…”"
    const sep = tokens[(after?.last ?? h1) + 1]?.text;
    if (after && (sep === ':' || sep === ',')) return attribution(tokens, after, k, ce, 'cue-speaker-before', false);
    return attribution(tokens, null, k, ce, 'cue-before', false);
  }
  return null;
}

/** The token after the last closing quote mark in [s0, k), or s0: a subject is never inside a quote. */
function afterLastClose(tokens: readonly Token[], s0: number, k: number): number {
  countWork(k - s0);
  for (let j = k - 1; j >= s0; j--) if (/^[”"»]$/.test(tokens[j]?.text ?? '')) return j + 1;
  return s0;
}

/** The sentence of the paragraph that contains `pos`, or null. */
export function sentenceAt(pr: PlacedRegion, pos: number): Span | null {
  return pr.para.sentences.find((s) => s.start <= pos && pos < s.end) ?? null;
}

/** Token range of the text right after the region's closing mark up to the end of that sentence or `limit`, and
 * whether that text is glued to the quote ("…,” he said; “…” ― Name) rather than a new sentence. */
export function tailRange(text: string, pr: PlacedRegion, limit: number): [number, number, boolean] | null {
  const close = pr.region.close;
  if (!close) return null;
  const tokens = pr.para.tokens;
  const i0 = tokenAt(tokens, close.end);
  const first = tokens[i0];
  if (!first || first.start >= limit) return null;
  const sentence = sentenceAt(pr, first.start);
  const end = Math.min(limit, sentence?.end ?? pr.para.span.end);
  const attached = text[close.start - 1] === ',' || !first.isWord || sentenceAt(pr, close.start) === sentence;
  return [i0, tokenAt(tokens, end), attached];
}
