/**
 * Pass 9: turns what the text wrote into an ISO 4217 code. A bare "$", "dollars" or "cents" is the article's
 * dollar: the currency an explicit statement names ("all figures in Australian dollars"), else the
 * `defaultCurrency` option (USD unless configured). Such codes are marked inferred. A unit shared by several
 * currencies ("rupees", "francs") stays null: never guessed.
 */
import type { Span } from '../../../model/span';
import { lookupCurrencyPhrase } from './3-currency';
import type { CurrencyRef } from './data/symbols';

/** "all figures in Canadian dollars", "amounts are in Australian dollars", "prices in New Zealand dollars". */
const STATED_DOLLAR = /\b(?:figures|amounts|prices|values|sums)\s+(?:are\s+)?in\s+([A-Za-z]+(?:\s[A-Za-z]+)?\s+dollars)\b/i;

/** The dollar an explicit statement in the body names, or null. */
export function statedDollar(text: string, body: readonly Span[]): string | null {
  for (const b of body) {
    const m = STATED_DOLLAR.exec(text.slice(b.start, b.end));
    const ref = m?.[1] ? lookupCurrencyPhrase(m[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
    if (typeof ref === 'string' && ref !== 'default') return ref;
  }
  return null;
}

/** The code for a reference and whether it was inferred rather than written. */
export function resolveCurrency(ref: CurrencyRef, dollar: string): { code: string | null; inferred: boolean } {
  if (ref === 'default') return { code: dollar, inferred: true };
  return { code: ref, inferred: false };
}
