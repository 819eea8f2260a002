import { demonymCountry, liesWithin, lookupPlace } from '../../../gazetteer';
import type { GazetteerEntry } from '../../../gazetteer';
import type { Doc } from '../../../model/document';
import { DEMONYM_PLACE_NOUN, DEMONYM_WINDOW } from './rules';
import { sentenceIndex, type SentenceAt } from './sentence-index';
import type { Candidate } from './types';

/** "Paris, Texas": a comma (and spaces) between a place and the larger place qualifying it. */
const QUALIFIER_GAP = /^,\s*$/;

/**
 * Pass 3a: readings fixed by a qualifier right after the place ("Paris, Texas", "Moscow, Russia", "Atlanta,
 * Georgia"). Returns, by candidate index, the reading chosen for both names of each such pair: the pair of
 * readings that fit together, likeliest first.
 */
export function qualifiedPairs(doc: Doc, found: readonly Candidate[]): ReadonlyMap<number, GazetteerEntry> {
  const out = new Map<number, GazetteerEntry>();
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (!a || !b || !QUALIFIER_GAP.test(doc.text.slice(a.mention.end, b.mention.start))) continue;
    // A town the gazetteer knows only when qualified ("Mobile, Alabama": "Mobile" alone is the word).
    const inner = a.readings.length > 0 ? a.readings : lookupPlace(`${a.mention.text}, ${b.mention.text}`);
    const pair = bestPair(inner, b.readings);
    if (!pair) continue;
    out.set(i, pair[0]);
    out.set(i + 1, pair[1]);
  }
  return out;
}

function bestPair(
  inner: readonly GazetteerEntry[],
  outer: readonly GazetteerEntry[],
): [GazetteerEntry, GazetteerEntry] | null {
  let best: [GazetteerEntry, GazetteerEntry] | null = null;
  let bestCost = Infinity;
  inner.forEach((a, i) =>
    outer.forEach((b, j) => {
      if (i + j < bestCost && liesWithin(a, b)) [best, bestCost] = [[a, b], i + j];
    }),
  );
  return best;
}

/**
 * Pass 3b: the country a demonym gives a place it introduces as a place of that country: "the Russian city of
 * St. Petersburg", "the Kazakh capital, Astana". A demonym alone is not enough: in "American troops in Georgia"
 * the troops are American, not Georgia.
 */
export function demonymBefore(
  doc: Doc,
  c: Candidate,
  sentenceAt: SentenceAt = sentenceIndex(doc.sentences),
): string | null {
  const sentence = sentenceAt(c.mention.start);
  const from = Math.max(sentence?.start ?? 0, c.mention.start - DEMONYM_WINDOW);
  const m = DEMONYM_PLACE_NOUN.exec(doc.text.slice(from, c.mention.start));
  return m?.[1] ? demonymCountry(m[1]) : null;
}
