/**
 * What an article says about where it is from, for the currency a reader understands by a bare "$", "R", "Rs" or
 * "shillings": a statement ("all figures in Australian dollars"), the dateline ("NAIROBI, Kenya (AP) —"), the
 * country-code domain of its `url` (.ca, .com.au, .co.za) and the country most of its places lie in. Read once per
 * article; the money stage runs after normalize/places, so every place mention carries its country.
 */
import { lookupPlace } from '../../../gazetteer';
import type { Doc } from '../../../model/document';
import { lookupCurrencyPhrase } from './3-currency';
import { COUNTRY_CURRENCY, GENERIC_TLDS, TLD_COUNTRY } from './data/countries';
import { isFamily } from './data/families';

/** Where a country came from, strongest first. */
export type CountrySource = 'dateline' | 'url' | 'places';

/** One piece of evidence for the article's country (ISO 3166-1 alpha-2). */
export interface CountryEvidence {
  readonly country: string;
  readonly source: CountrySource;
}

/** The article's currency context. */
export interface CurrencyContext {
  /** The code a statement about the article's figures names ("amounts are in Canadian dollars"), or null. */
  readonly stated: string | null;
  /** Country evidence, strongest first: dateline, url, places. */
  readonly countries: readonly CountryEvidence[];
  /** Every country the article's places lie in (weak evidence, for units with no usual reading such as "Rs"). */
  readonly placeCountries: ReadonlySet<string>;
}

/** "All figures in Canadian dollars", "amounts are in rand", "(prices in New Zealand dollars)". */
const STATED =
  /\b(?:figures|amounts|prices|values|sums|numbers)\s+(?:are\s+|quoted\s+|given\s+)?in\s+([A-Za-z.]+(?:\s[A-Za-z.]+){0,2})/gi;

/** Paragraphs at the top of the body that may hold the dateline (a headline and a byline may come first). */
const DATELINE_PARAGRAPHS = 4;

/**
 * A wire dateline at the start of a paragraph: a place in capitals or title case, an optional ", Region" and
 * date, an optional "(Agency)", then a dash or colon: "NAIROBI, Kenya (AP) —", "SYDNEY, Nov 30 (Reuters) -",
 * "Lusaka: ". The place must be in the gazetteer, so "Mr Smith —" is not one.
 */
const DATELINE =
  /^([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3})(?:, ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^)\n]{1,40}\))? ?[-\u2013\u2014:] /;

/** Places of the dominant country must outnumber the next country's by this ratio. */
const PLACES_DOMINANCE = 1.5;
/** The dominant country needs at least this many place mentions. */
const PLACES_MIN = 2;

/** The currency a statement in the body names, or null. */
function statedCurrency(doc: Doc): string | null {
  for (const b of doc.body) {
    for (const m of doc.text.slice(b.start, b.end).matchAll(STATED)) {
      const words = (m[1] ?? '').toLowerCase().replace(/\./g, '').split(/\s+/);
      // the longest currency phrase at the start of the words ("canadian dollars unless")
      for (let n = words.length; n > 0; n--) {
        const ref = lookupCurrencyPhrase(words.slice(0, n).join(' '));
        if (typeof ref === 'string' && !isFamily(ref)) return ref;
      }
    }
  }
  return null;
}

/** The country of a place name, its likeliest gazetteer reading. */
function countryOf(name: string): string | null {
  return lookupPlace(name)[0]?.country ?? null;
}

/** The dateline's country: its region part ("Kenya", "Texas") when given, else its place. */
function datelineCountry(doc: Doc): string | null {
  const bodyStart = doc.body[0]?.start ?? 0;
  for (const p of doc.paragraphs.filter((x) => x.start >= bodyStart).slice(0, DATELINE_PARAGRAPHS)) {
    const m = DATELINE.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m?.[1]) continue;
    const country = (m[2] ? countryOf(m[2]) : null) ?? countryOf(m[1]);
    if (country) return country;
  }
  return null;
}

/** The country a `url`'s country-code domain names (".co.ke" -> KE, ".uk" -> GB), or null. */
export function urlCountry(url: string | null): string | null {
  const host = url ? /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1] : undefined;
  const tld = host?.toLowerCase().split('.').pop() ?? '';
  if (tld.length !== 2 || GENERIC_TLDS.has(tld)) return null;
  const country = TLD_COUNTRY.get(tld) ?? tld.toUpperCase();
  return COUNTRY_CURRENCY.has(country) ? country : null;
}

/** The country most of the article's places lie in, when it clearly dominates. */
function placesCountry(doc: Doc): string | null {
  const counts = new Map<string, number>();
  for (const p of doc.places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [top, second] = ranked;
  if (!top || top[1] < PLACES_MIN || (second && top[1] < second[1] * PLACES_DOMINANCE)) return null;
  return top[0];
}

/** Reads the article's currency context once. */
export function currencyContext(doc: Doc): CurrencyContext {
  const countries: CountryEvidence[] = [];
  const add = (country: string | null, source: CountrySource): void => {
    if (country) countries.push({ country, source });
  };
  add(datelineCountry(doc), 'dateline');
  add(urlCountry(doc.url), 'url');
  add(placesCountry(doc), 'places');
  const placeCountries = new Set(doc.places.flatMap((p) => (p.country ? [p.country] : [])));
  return { stated: statedCurrency(doc), countries, placeCountries };
}
