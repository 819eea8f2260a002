/**
 * Currency symbols and the letter prefixes that pin a dollar (or pound) sign to one country.
 *
 * Source: the Unicode "Currency Symbols" block (U+20A0..U+20CF) and common signs outside it, with the code each
 * sign names in the Unicode character names and in CLDR's English symbol data; prefixed forms ("US$", "C$",
 * "HK$", "GB£") follow CLDR narrow/alternate symbols and AP/Reuters style. A sign shared by several currencies
 * maps to the currency the sign is named after in Unicode (U+00A5 YEN SIGN -> JPY). `null` means money in a known
 * unit that has no ISO 4217 code (bitcoin); a family key such as `~rupee` (the rupee sign) is a sign several
 * currencies share, resolved per article (./families.ts).
 */

/**
 * What a sign, code or word names: an ISO 4217 code, `default` (the configured default currency: a bare "$" or
 * "dollars", USD unless `defaultCurrency` says otherwise) or `null` (a known unit without one ISO code).
 */
export type CurrencyRef = string | 'default' | null;

/** Single-character (or single-word) signs that may stand before or after a number. */
export const SYMBOLS: ReadonlyMap<string, CurrencyRef> = new Map<string, CurrencyRef>([
  ['$', 'default'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₸', 'KZT'],
  ['₾', 'GEL'],
  ['₼', 'AZN'],
  ['₡', 'CRC'],
  ['₲', 'PYG'],
  ['₭', 'LAK'],
  ['₮', 'MNT'],
  ['₵', 'GHS'],
  ['₿', null],
  ['₨', '~rupee'],
  ['ரூ', 'LKR'],
  ['৳', 'BDT'],
  ['₠', 'XEU'],
]);

/**
 * Letters written before a sign (with or without dots and spaces: "US$", "u.s $", "hk $", "usd$") and the code
 * the combination names. Keys are the letters in lower case, without dots, followed by the sign.
 */
export const PREFIXED_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['us$', 'USD'],
  ['usd$', 'USD'],
  ['a$', 'AUD'],
  ['au$', 'AUD'],
  ['aud$', 'AUD'],
  ['c$', 'CAD'],
  ['ca$', 'CAD'],
  ['can$', 'CAD'],
  ['cad$', 'CAD'],
  ['nz$', 'NZD'],
  ['nzd$', 'NZD'],
  ['hk$', 'HKD'],
  ['hkd$', 'HKD'],
  ['s$', 'SGD'],
  ['sg$', 'SGD'],
  ['sgd$', 'SGD'],
  ['nt$', 'TWD'],
  ['r$', 'BRL'],
  ['mx$', 'MXN'],
  ['j$', 'JMD'],
  ['tt$', 'TTD'],
  ['rd$', 'DOP'],
  ['z$', 'ZWD'],
  ['n$', 'NAD'],
  ['fj$', 'FJD'],
  ['ec$', 'XCD'],
  ['gh₵', 'GHS'],
  ['gh¢', 'GHS'],
  ['gb£', 'GBP'],
  ['uk£', 'GBP'],
  ['e£', 'EGP'],
  ['jp¥', 'JPY'],
  ['cn¥', 'CNY'],
  ['rmb¥', 'CNY'],
]);

/**
 * Abbreviations written as words right before a number: "Fr. 20", "Rp 10,000" (local ones in ./families.ts). A trailing
 * dot is part
 * of the abbreviation when present. Each needs a number right after it and a capital first letter as written.
 */
export const PREFIX_ABBREVIATIONS: ReadonlyMap<string, CurrencyRef> = new Map<string, CurrencyRef>([
  ['fr', 'CHF'],
  ['sfr', 'CHF'],
  ['rp', 'IDR'],
  ['rm', 'MYR'],
  ['zł', 'PLN'],
  ['kč', 'CZK'],
]);

/** Widely used non-ISO letter codes, read like ISO codes before or after a number ("rmb 10", "40 rmb"). */
export const CODE_ALIASES: ReadonlyMap<string, CurrencyRef> = new Map<string, CurrencyRef>([
  ['RMB', 'CNY'],
  ['BTC', null],
  ['XBT', null],
  ['NIS', 'ILS'],
]);

/**
 * Codes of currencies written with a plain "$" at home. When an article names one of these explicitly ("C$300
 * million", "australian dollars") and never the US dollar, its bare "$" amounts are read in that currency.
 */
export const DOLLAR_CODES: ReadonlySet<string> = new Set([
  'USD',
  'AUD',
  'CAD',
  'NZD',
  'HKD',
  'SGD',
  'TWD',
  'JMD',
  'TTD',
  'NAD',
  'FJD',
  'ZWD',
  'BSD',
  'BBD',
  'BZD',
  'BMD',
  'BND',
  'KYD',
  'LRD',
  'SBD',
  'SRD',
  'XCD',
  'GYD',
]);
