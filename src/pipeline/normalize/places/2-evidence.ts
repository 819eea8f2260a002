import { demonymCountry } from '../../../gazetteer';
import type { GazetteerEntry } from '../../../gazetteer';
import type { Doc } from '../../../model/document';
import type { Candidate, Evidence } from './types';

/** Capitalized words, the only ones that can be demonyms. */
const CAPITALIZED_WORD = /\p{Lu}[\p{L}]+/gu;

function add(support: Map<string, Map<string, number>>, country: string, source: string): void {
  const bySource = support.get(country) ?? new Map<string, number>();
  bySource.set(source, (bySource.get(source) ?? 0) + 1);
  support.set(country, bySource);
}

/**
 * Pass 2: what the whole article says about where its places are. Every place mention supports the country of
 * its likeliest reading, every demonym in the body ("Russian", "Kazakh") its country; the regions the article
 * names are kept so that a city lying in one can be preferred ("Paris" with "Texas").
 */
export function articleEvidence(doc: Doc, found: readonly Candidate[]): Evidence {
  const support = new Map<string, Map<string, number>>();
  const regions: GazetteerEntry[] = [];
  for (const c of found) {
    const top = c.readings[0];
    if (!top) continue;
    if (top.country) add(support, top.country, c.key);
    if (top.kind === 'region' && !regions.includes(top)) regions.push(top);
  }
  for (const s of doc.sentences) {
    for (const m of doc.text.slice(s.start, s.end).matchAll(CAPITALIZED_WORD)) {
      const country = demonymCountry(m[0]);
      if (country) add(support, country, `demonym:${m[0]}`);
    }
  }
  return { support, regions };
}

/** How many mentions support `country`, leaving out those found under the name key `self`. */
export function supportFor(evidence: Evidence, country: string | null, self: string): number {
  if (country === null) return 0;
  let total = 0;
  for (const [source, n] of evidence.support.get(country) ?? []) if (source !== self) total += n;
  return total;
}

/**
 * The article's dominant country: the one with the most support, when it has at least `min` and strictly more
 * than any other; else null.
 */
export function dominantCountry(evidence: Evidence, min: number): string | null {
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const country of evidence.support.keys()) {
    const n = supportFor(evidence, country, '');
    if (n > bestN) [best, bestN, second] = [country, n, bestN];
    else if (n > second) second = n;
  }
  return bestN >= min && bestN > second ? best : null;
}
