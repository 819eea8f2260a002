/**
 * ISO 4217 alphabetic currency codes.
 *
 * Source: the "list one" (current currencies and funds) data shipped in the npm package currency-codes@2.2.0
 * (MIT), copied here once so the pipeline needs no runtime dependency for 179 codes. HISTORIC_CODES adds
 * withdrawn codes (ISO 4217 list three) that still appear in archived news, so "420 million markka" gets FIM.
 */
export const ISO_CODES: readonly string[] = [
  'AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BHD', 'BIF',
  'BMD', 'BND', 'BOB', 'BOV', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHE', 'CHF', 'CHW', 'CLF',
  'CLP', 'CNY', 'COP', 'COU', 'CRC', 'CUC', 'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB',
  'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HTG', 'HUF', 'IDR',
  'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD',
  'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR',
  'MVR', 'MWK', 'MXN', 'MXV', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK',
  'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP',
  'SLE', 'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD',
  'TZS', 'UAH', 'UGX', 'USD', 'USN', 'UYI', 'UYU', 'UYW', 'UZS', 'VED', 'VES', 'VND', 'VUV', 'WST', 'XAF', 'XAG',
  'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XCD', 'XDR', 'XOF', 'XPD', 'XPF', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX', 'YER',
  'ZAR', 'ZMW', 'ZWG',
];

/** Withdrawn ISO 4217 codes (list three) of currencies replaced by the euro and other redenominations. */
export const HISTORIC_CODES: readonly string[] = [
  'ATS', 'BEF', 'DEM', 'ESP', 'FIM', 'FRF', 'GRD', 'IEP', 'ITL', 'LUF', 'NLG', 'PTE', 'SKK', 'SIT', 'EEK', 'LVL',
  'LTL', 'CYP', 'MTL', 'HRK', 'ZWD', 'VEF', 'SUR', 'BYR', 'TRL', 'ZMK', 'GHC', 'MRO', 'STD', 'SLL', 'XEU',
];

/**
 * Codes that are also common English words when written in capitals ("ALL 5 solutions", "TOP 10"). They are
 * read as currencies only after a number ("500 TRY"), never before one.
 */
export const WORDLIKE_CODES: ReadonlySet<string> = new Set([
  'ALL', 'BAM', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'RON', 'SOS', 'TOP', 'TRY',
]);

/** Codes that name no currency (ISO 4217 test and "no currency" codes): never read as money. */
export const NON_CURRENCY_CODES: ReadonlySet<string> = new Set(['XTS', 'XXX']);

/**
 * Codes safe to read in lower case ("usd 20", "rmb 10"): the major currencies, whose lower-case forms are not
 * English words. Every other code must be written in capitals.
 */
export const LOWERCASE_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'AUD', 'CHF', 'HKD', 'NZD', 'SGD', 'INR', 'RUB', 'KRW', 'SEK', 'NOK', 'DKK',
  'BRL', 'MXN', 'TWD', 'ZAR', 'THB', 'PLN', 'MYR', 'AED', 'UAH', 'KZT',
]);
