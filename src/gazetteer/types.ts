import type { PlaceKind } from '../model/mentions';

/**
 * One place the gazetteer knows: its canonical name, kind, ISO 3166-1 alpha-2 country and where the data has them,
 * GeoNames id, coordinates and population.
 */
export interface GazetteerEntry {
  /** Canonical name (the dataset's English name, e.g. "United States", "Saint Petersburg"). */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is); null for areas spanning countries ("Europe"). */
  readonly country: string | null;
  readonly geonameId: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number | null;
  /**
   * First-level administrative code: for a city, the GeoNames admin1 code of the region it lies in; for a region,
   * its own code. The two schemes agree for US states (both postal codes: "TX"), see `liesInRegion`.
   */
  readonly admin1: string | null;
}

/** An entry with every name it is known by (canonical first) and the score that orders readings of one name. */
export interface IndexedEntry {
  readonly entry: GazetteerEntry;
  readonly names: readonly string[];
  /** Higher is the likelier reading of a shared name; see `rank.ts`. */
  readonly rank: number;
}

/**
 * Countries whose city admin1 codes (GeoNames) and region codes (country-region-data) use the same scheme, so a
 * city can be matched to the region it lies in ("Paris" + "Texas" -> Paris, TX). Elsewhere the two datasets
 * number regions differently and no such link is made.
 */
const SHARED_ADMIN1_SCHEME: ReadonlySet<string> = new Set(['US']);

/** Whether `city` lies in `region` by their admin1 codes (only where both datasets share the code scheme). */
export function liesInRegion(city: GazetteerEntry, region: GazetteerEntry): boolean {
  return (
    city.kind === 'city' &&
    region.kind === 'region' &&
    city.country !== null &&
    city.country === region.country &&
    SHARED_ADMIN1_SCHEME.has(city.country) &&
    city.admin1 !== null &&
    city.admin1 === region.admin1
  );
}

/** Whether `inner` lies in `outer`: anything in a country, or a city in a region (by admin1 code, see above). */
export function liesWithin(inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (outer.kind === 'country')
    return inner.kind !== 'country' && inner.country !== null && inner.country === outer.country;
  return liesInRegion(inner, outer);
}
