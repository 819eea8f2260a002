/**
 * Tuning data for sentence splitting. A period after one of these words does not end a sentence when the next
 * word could continue it ("Mr. Putin", "St. Petersburg", "Gen. Smith", "Jan. 5").
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'st', 'ste', 'mt', 'ft', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle', 'sr', 'jr', 'no', 'nos',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'v', 'etc', 'approx', 'dept', 'est', 'fig', 'inc', 'corp', 'co', 'ltd', 'bros', 'univ', 'ave', 'blvd',
  'rd', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/**
 * Abbreviations that usually end a sentence when followed by a capitalized word
 * ("... listed on the NYSE, Inc. The company ..." is rare; "in the U.S. The ..." is common).
 */
export const FINAL_CAPABLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['u.s', 'u.k', 'u.n', 'etc', 'inc', 'corp', 'co', 'ltd', 'a.m', 'p.m', 'jr', 'sr']);

/** Lines longer than this that end without sentence punctuation are treated as hard-wrapped prose, not paragraphs. */
export const HARD_WRAP_MIN_LINE = 60;
