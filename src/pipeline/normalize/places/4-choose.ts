import { liesInRegion, REGION_EQUIVALENT_POPULATION } from '../../../gazetteer';
import type { GazetteerEntry } from '../../../gazetteer';
import { supportFor } from './2-evidence';
import { COUNTRY_OVERRIDE_MIN_SUPPORT, DOMINANCE_RATIO } from './rules';
import type { Candidate, Choice, Evidence } from './types';

/** Size used to compare readings; regions and countries have no population in the data. */
function size(e: GazetteerEntry): number {
  return e.population ?? REGION_EQUIVALENT_POPULATION;
}

/** Hints found right next to the mention (pass 3). */
export interface LocalHints {
  readonly qualified: GazetteerEntry | undefined;
  readonly demonym: string | null;
}

/** The reading the article's other places favour over the likeliest one, if any (see rules.ts). */
function byArticle(c: Candidate, top: GazetteerEntry, evidence: Evidence): GazetteerEntry | null {
  const topSupport = supportFor(evidence, top.country, c.key);
  let best: GazetteerEntry | null = null;
  let bestSupport = topSupport;
  for (const r of c.readings.slice(1)) {
    const n = supportFor(evidence, r.country, c.key);
    if (n > bestSupport && r.country !== top.country) [best, bestSupport] = [r, n];
  }
  if (!best) return null;
  if (top.kind === 'country') {
    // Only a region gives a country name another reading ("Georgia" the state); a namesake town never does
    // ("Jamaica" stays the country in an article about New York).
    return best.kind === 'region' && topSupport === 0 && bestSupport >= COUNTRY_OVERRIDE_MIN_SUPPORT ? best : null;
  }
  return size(top) <= DOMINANCE_RATIO * size(best) ? best : null;
}

/**
 * Pass 4: one reading per mention. In order: a qualifier next to it ("Paris, Texas"); a demonym just before it
 * ("Russian city of St. Petersburg"); a region the article names that the city lies in; the article's other
 * places and demonyms (within DOMINANCE_RATIO, see rules.ts); else the likeliest reading (countries first, then
 * by size).
 */
export function choose(c: Candidate, local: LocalHints, evidence: Evidence): Choice {
  // First: a qualified town may have no reading of its own ("Mobile, Alabama").
  if (local.qualified) return { entry: local.qualified, rule: 'qualifier' };
  const top = c.readings[0];
  if (!top) return { entry: null, rule: 'unmatched' };
  const byDemonym = local.demonym ? c.readings.find((r) => r.country === local.demonym) : undefined;
  if (byDemonym) return { entry: byDemonym, rule: 'demonym' };
  if (top.kind !== 'country') {
    const inRegion = c.readings.find((r) => evidence.regions.some((g) => liesInRegion(r, g)));
    if (inRegion) return { entry: inRegion, rule: 'article-region' };
  }
  const favoured = byArticle(c, top, evidence);
  if (favoured) return { entry: favoured, rule: 'article-country' };
  return { entry: top, rule: c.readings.length > 1 ? 'likeliest' : 'unique' };
}
