/**
 * Units several currencies share, and the local signs whose currency depends on the article's country.
 *
 * Source: ISO 4217 currency names (a "rupee" is INR, PKR, LKR, NPR, MUR or SCR) and the signs national papers
 * print before amounts (AP and Reuters style books; central-bank notation): "R" rand, "K" kwacha/kina/kyat, "N"
 * naira, "P" pula, "Sh"/"KSh" shilling, "Rs" rupee, "Dh" dirham. A shared unit is written in the tables as its
 * family key (the `default` reference for "$" and "dollars", `~rupee` ...); which member the reader understands is
 * decided per article from its country (./countries.ts and ../currency-context.ts).
 */

import { DOLLAR_CODES } from './symbols';

/** What a shared unit may name, and what it means when the article does not say which country it is from. */
export interface Family {
  /** ISO 4217 codes of the members. */
  readonly codes: ReadonlySet<string>;
  /**
   * Without country evidence: `option` = the `defaultCurrency` option (the international dollar), a code = the
   * usual reading ("pounds" are sterling), `null` = unknown (the currency stays null, with a message).
   */
  readonly fallback: 'option' | string | null;
  /**
   * The sign is money only in an article from a member's country: a capital "R", "K", "N" or "P" glued to a
   * number is a road, a grade or a model name elsewhere ("R5", "K9").
   */
  readonly needsCountry: boolean;
  /** How messages name the unit. */
  readonly label: string;
}

/** The currencies written with a plain "$" at home: the one list, in symbols.ts. */
const DOLLARS = [...DOLLAR_CODES];

function family(codes: readonly string[], fallback: Family['fallback'], label: string, needsCountry = false): Family {
  return { codes: new Set(codes), fallback, needsCountry, label };
}

/** Family key (a currency reference) -> its members. `default` is the dollar ("$", "dollars"). */
export const FAMILIES: ReadonlyMap<string, Family> = new Map<string, Family>([
  ['default', family(DOLLARS, 'option', 'dollar')],
  // "cents" are hundredths of the local dollar, rand, shilling, euro or rupee; elsewhere of the default dollar
  ['~cent', family([...DOLLARS, 'ZAR', 'EUR', 'KES', 'UGX', 'TZS', 'LKR', 'MUR', 'SCR'], 'option', 'cent')],
  ['~pound', family(['GBP', 'EGP', 'LBP', 'SYP', 'SDG', 'SSP', 'GIP', 'FKP'], 'GBP', 'pound')],
  ['~rupee', family(['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'], null, 'rupee')],
  ['~shilling', family(['KES', 'UGX', 'TZS', 'SOS'], null, 'shilling')],
  ['~franc', family(['CHF', 'XOF', 'XAF', 'CDF', 'RWF', 'BIF', 'GNF', 'DJF', 'KMF', 'MGA'], null, 'franc')],
  ['~cfa', family(['XOF', 'XAF'], null, 'CFA franc')],
  ['~peso', family(['MXN', 'ARS', 'PHP', 'CLP', 'COP', 'CUP', 'DOP', 'UYU'], null, 'peso')],
  ['~dinar', family(['KWD', 'IQD', 'JOD', 'BHD', 'RSD', 'DZD', 'TND', 'LYD', 'MKD'], null, 'dinar')],
  ['~riyal', family(['SAR', 'QAR', 'IRR', 'OMR', 'YER'], null, 'riyal')],
  ['~dirham', family(['AED', 'MAD'], null, 'dirham')],
  ['~krona', family(['SEK', 'NOK', 'DKK', 'ISK'], null, 'krona/krone')],
  ['~lira', family(['TRY'], null, 'lira')],
  ['~kwacha', family(['ZMW', 'MWK'], null, 'kwacha')],
  // single capital letters glued to a number: money only in a paper from one of these countries
  ['~R', family(['ZAR'], null, '"R" (rand)', true)],
  ['~K', family(['ZMW', 'MWK', 'PGK', 'MMK'], null, '"K" (kwacha, kina, kyat)', true)],
  ['~N', family(['NGN'], null, '"N" (naira)', true)],
  ['~P', family(['BWP', 'PHP'], null, '"P" (pula, peso)', true)],
  ['~Br', family(['ETB'], null, '"Br" (birr)', true)],
]);

/**
 * Abbreviations written as a capitalized word right before a number ("KSh 5 billion", "Rs. 500", "Sh20,000"),
 * with a trailing dot when present. Lower-case keys; each maps to a code or a family key.
 */
export const LOCAL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['rs', '~rupee'],
  ['ksh', 'KES'],
  ['kshs', 'KES'],
  ['ush', 'UGX'],
  ['ushs', 'UGX'],
  ['tsh', 'TZS'],
  ['tshs', 'TZS'],
  ['sh', '~shilling'],
  ['shs', '~shilling'],
  ['tk', 'BDT'],
  ['mk', 'MWK'],
  ['zk', 'ZMW'],
  ['dh', '~dirham'],
  ['dhs', '~dirham'],
  ['frw', 'RWF'],
  ['fcfa', '~cfa'],
  ['cfa', '~cfa'],
  ['br', '~Br'],
]);

/** One capital letter glued to a number ("R5 million", "K20,000", "N5bn"): the family it stands for. */
export const LETTER_SIGNS: ReadonlyMap<string, string> = new Map([
  ['R', '~R'],
  ['K', '~K'],
  ['N', '~N'],
  ['P', '~P'],
]);

/** True when a currency reference is a family key (a unit several currencies share), not an ISO code. */
export function isFamily(ref: string): boolean {
  return FAMILIES.has(ref);
}
