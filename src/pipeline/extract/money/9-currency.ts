/**
 * Pass 9: turns what the text wrote into an ISO 4217 code, and says which evidence decided it. A sign, code or
 * name that names one currency decides by itself (`symbol`, `code`, `name`). A unit several currencies share
 * (a bare "$", "dollars", "cents", "Rs", "rupees", "Sh", "R", "K" ...: ./data/families.ts) is read as the reader
 * of the article would read it:
 *   1. `explicit`: a statement names the article's currency ("all figures in Australian dollars");
 *   2. `dateline`, `url`, `places`: the strongest country evidence whose currency is a member ("$" in a story
 *      datelined SYDNEY is AUD, "R" in a .co.za story is ZAR). For the dollar, the first country evidence decides
 *      even when it is not a dollar country: "$" in a story from Nairobi is the international (default) dollar;
 *   3. `explicit`: the article writes exactly one member in full elsewhere ("C$300 million", "Pakistani rupees")
 *      and not the fallback (never "US$", the prefix other papers use to set US amounts apart);
 *      then, for units with no usual reading, the one member whose country any of the article's places lies in;
 *   4. the fallback: the `defaultCurrency` option for dollars and cents (`default-option`), sterling for
 *      "pounds" (`default-unit`); otherwise null, never a guess (the stage adds a message), and a lone capital
 *      letter ("R5") is not money at all.
 */
import type { CurrencyForm } from './3-currency';
import type { CurrencyContext, CountrySource } from './currency-context';
import { COUNTRY_CURRENCY } from './data/countries';
import type { Family } from './data/families';
import { FAMILIES } from './data/families';
import type { CurrencyRef } from './data/symbols';

/** Which evidence decided a mention's currency. */
export type CurrencySource =
  'symbol' | 'code' | 'name' | 'explicit' | CountrySource | 'default-option' | 'default-unit';

/** A resolved currency; `keep` is false for a letter sign without the country that makes it money. */
export interface Resolved {
  readonly code: string | null;
  readonly source: CurrencySource | null;
  readonly keep: boolean;
  /** The family left unresolved (for the message), or null. */
  readonly unresolved: Family | null;
}

/** Article-level inputs of the resolution. */
export interface ResolveContext extends CurrencyContext {
  /** Codes the article writes in full (signs, codes, names of one currency). */
  readonly named: ReadonlySet<string>;
  /** The `defaultCurrency` option. */
  readonly defaultCurrency: string;
}

/** The dollar other countries' papers mark with a prefix ("US$") to set it apart from their own. */
const INTERNATIONAL_DOLLAR = 'USD';

const FORM_SOURCE: Readonly<Record<CurrencyForm, CurrencySource>> = {
  symbol: 'symbol',
  code: 'code',
  word: 'name',
  abbreviation: 'symbol',
};

function done(
  code: string | null,
  source: CurrencySource | null,
  keep = true,
  unresolved: Family | null = null,
): Resolved {
  return { code, source, keep, unresolved };
}

/** Step 2: the country evidence; `stop` when the dollar's first country is not a dollar country. */
function byCountry(f: Family, ctx: ResolveContext): Resolved | 'stop' | null {
  for (const ev of ctx.countries) {
    const local = COUNTRY_CURRENCY.get(ev.country);
    if (local !== undefined && f.codes.has(local)) return done(local, ev.source);
    if (f.fallback === 'option') return 'stop';
  }
  return null;
}

/**
 * Step 3: the one member the article writes in full, when it does not also write the fallback. "US$" never
 * decides: papers outside the US write it to set US amounts apart from their own bare "$".
 */
function byNamed(f: Family, ctx: ResolveContext, fallback: string | null): Resolved | null {
  if (fallback !== null && ctx.named.has(fallback)) return null;
  const members = [...f.codes].filter((c) => c !== fallback && c !== INTERNATIONAL_DOLLAR && ctx.named.has(c));
  return members.length === 1 && members[0] ? done(members[0], 'explicit') : null;
}

/**
 * Step 3b, for units with no usual reading ("Rs", "shillings", "R"): the one member whose country any of the
 * article's places lies in ("Rs 10 billion" in a story that names Islamabad and no other rupee country).
 */
function byAnyPlace(f: Family, ctx: ResolveContext): Resolved | null {
  const members = new Set<string>();
  for (const country of ctx.placeCountries) {
    const local = COUNTRY_CURRENCY.get(country);
    if (local !== undefined && f.codes.has(local)) members.add(local);
  }
  const [only] = members;
  return members.size === 1 && only ? done(only, 'places') : null;
}

/**
 * The code for a reference, the evidence that decided it, and whether the amount is money at all. `converts` is
 * the currency of the amount a parenthetical conversion follows ("50 million Canadian dollars ($40 million)"):
 * the conversion is in another currency, so it is neither that one nor taken from the names the article writes.
 */
export function resolveCurrency(
  ref: CurrencyRef,
  form: CurrencyForm,
  ctx: ResolveContext,
  converts: string | null = null,
): Resolved {
  const f = ref === null ? undefined : FAMILIES.get(ref);
  if (ref === null) return done(null, null);
  if (!f) return done(ref, FORM_SOURCE[form]);
  if (ctx.stated !== null && f.codes.has(ctx.stated) && ctx.stated !== converts) return done(ctx.stated, 'explicit');
  const fallback = f.fallback === 'option' ? ctx.defaultCurrency : f.fallback;
  const country = byCountry(f, ctx);
  if (country !== null && country !== 'stop' && country.code !== converts) return country;
  const named = country === 'stop' || converts !== null ? null : byNamed(f, ctx, fallback);
  if (named) return named;
  const place = f.fallback === null ? byAnyPlace(f, ctx) : null;
  if (place) return place;
  if (f.needsCountry) return done(null, null, false);
  if (fallback !== null) return done(fallback, f.fallback === 'option' ? 'default-option' : 'default-unit');
  return done(null, null, true, f);
}
