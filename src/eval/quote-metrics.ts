import type { Accumulator } from './accumulator';
import type { JsonObject } from './json';
import { asObject } from './json';
import { goldSpeakerLastName, nameContains } from './speaker';
import type { EvalSpan, Pair } from './spans';
import { greedy, overlaps, toSpan } from './spans';
import { tokenSpans, tokensIn } from './tokens';

/** A match@0.5 pair needs token Jaccard >= this, or this share of the gold tokens (GGT's gold-referenced ratio). */
const MATCH_THRESHOLD = 0.5;

/** A gold quote's fragments ([start, end) pairs), or its whole span when it has none. */
function fragmentsOf(s: EvalSpan): [number, number][] {
  const f = s.rec.fragments;
  if (Array.isArray(f) && f.length)
    return f.map((x: unknown) => (Array.isArray(x) ? [Number(x[0]), Number(x[1])] : [NaN, NaN]));
  return [[s.start, s.end]];
}

function matchScore(a: Set<number>, b: Set<number>): number | null {
  if (!a.size || !b.size) return null;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  if (!inter) return null;
  const jaccard = inter / (a.size + b.size - inter);
  const goldShare = inter / b.size;
  return jaccard >= MATCH_THRESHOLD || goldShare >= MATCH_THRESHOLD ? Math.max(jaccard, goldShare) : null;
}

/** Content token overlap and match@0.5 of one record's quotes. */
export function addQuoteTokens(
  acc: Accumulator,
  g: JsonObject,
  preds: readonly EvalSpan[],
  golds: readonly EvalSpan[],
): void {
  const toks = tokenSpans(typeof g.text === 'string' ? g.text : '');
  const gset = golds.map((x) => tokensIn(toks, fragmentsOf(x)));
  const pset = preds.map((x) => tokensIn(toks, [[x.start, x.end]]));
  const gu = new Set(gset.flatMap((s) => [...s]));
  const pu = new Set(pset.flatMap((s) => [...s]));
  acc.tokGold += gu.size;
  acc.tokPred += pu.size;
  for (const t of pu) if (gu.has(t)) acc.tokOverlap++;
  acc.match05 += greedy(pset, gset, matchScore).length;
}

/** The last name-like token of a resolved gold speaker name (lower-cased, trailing dots and 's dropped), or null. */
function lastNameToken(name: string): string | null {
  const toks = name.match(/[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu) ?? [];
  const last = toks[toks.length - 1];
  return last === undefined
    ? null
    : last
        .replace(/[.]+$/, '')
        .replace(/['\u2019]s$/, '')
        .toLowerCase();
}

/**
 * Speaker accuracy over lenient pairs whose gold quote has a speaker span; and, where the gold gives the resolved
 * speaker's name (`speaker_name`, real-world sets), whether the predicted speakerName is that person.
 */
export function addSpeakers(acc: Accumulator, pairs: readonly Pair[]): void {
  for (const [pp, gg] of pairs) {
    const g = gg.rec;
    if (typeof g.speaker_name === 'string' && g.speaker_name) {
      acc.speakerCanonN++;
      if (nameContains(pp.rec.speakerName, lastNameToken(g.speaker_name))) acc.speakerCanon++;
    }
    if (g.speaker_start === null || g.speaker_start === undefined) continue;
    acc.speakerN++;
    const goldSpeaker = { start: Number(g.speaker_start), end: Number(g.speaker_end) };
    const predSpeaker = toSpan(asObject(pp.rec.speaker));
    if (predSpeaker || pp.rec.speakerName) acc.speakerGiven++;
    const spanOk = predSpeaker !== null && overlaps(predSpeaker, goldSpeaker);
    if (spanOk) acc.speakerSpan++;
    if (spanOk || nameContains(pp.rec.speakerName, goldSpeakerLastName(g.speaker))) acc.speakerName++;
  }
}
