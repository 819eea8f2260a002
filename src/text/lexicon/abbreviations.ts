// Abbreviations written with a period, listed once by kind. Before this module three lists disagreed: the sentence
// splitter knew 67 words, the name tokenizer 32 and the quote tokenizer 20, so "Cpl. Jones" split a sentence the
// name tokenizer had kept whole, and "Inc." kept its period for names but not for quotes. Each use now derives
// its set from the kinds below, and the reason a kind is in or out is written next to the set.
import { wordSet } from './word-set';

/** The kinds of abbreviation, by what they do next to a name. */
export type AbbreviationKind =
  | 'honorific'
  | 'style'
  | 'generational'
  | 'place'
  | 'street'
  | 'company'
  | 'institution'
  | 'month'
  | 'numbering'
  | 'latin'
  | 'dotted';

/** Every abbreviation, lower case without its final period, by kind. */
export const ABBREVIATIONS_BY_KIND: Readonly<Record<AbbreviationKind, ReadonlySet<string>>> = {
  // Honorifics and ranks before a name, all in HONORIFICS: "Gov. Mike Pence", "Sgt. Pepper", "Fr. Murphy".
  honorific: wordSet('mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl rev fr mme mlle'),
  // Styles of address the name passes do not read as honorifics: "the Rt. Hon. Keith Mitchell", "Messrs. Smith".
  style: wordSet('hon pres supt insp messrs'),
  // After a name: "Martin Luther King Jr."
  generational: wordSet('jr sr'),
  // Before a place name: "St. Petersburg", "Mt. Everest", "Ft. Worth".
  place: wordSet('st mt ft'),
  // After a street name, often at the end of a sentence: "on Sunset Blvd."
  street: wordSet('ste ave blvd rd'),
  // Company suffixes: "Acme Inc.", "Barnett Banks Co."
  company: wordSet('inc corp co ltd'),
  // Other organization words: "Warner Bros.", "Dept. of Justice", "Univ. of Texas".
  institution: wordSet('bros univ dept'),
  // Before a day number: "Jan. 5".
  month: wordSet('jan feb mar apr jun jul aug sep sept oct nov dec'),
  // Before a number: "No. 10 Downing Street".
  numbering: wordSet('no nos'),
  // Inside a clause: "Smith vs. Jones", "e.g. this", "approx. 40".
  latin: wordSet('vs v etc approx est fig e.g i.e'),
  // Letters with inner periods: "U.S.", "a.m."
  dotted: wordSet('u.s u.k u.n a.m p.m'),
};

function union(kinds: readonly AbbreviationKind[]): ReadonlySet<string> {
  return new Set(kinds.flatMap((k) => [...ABBREVIATIONS_BY_KIND[k]]));
}

/**
 * Every abbreviation: a period after one of them does not end a sentence when the next word could continue it
 * ("Mr. Putin", "St. Petersburg", "Jan. 5"). Used by the sentence splitter; "Cpl." and "Fr." joined it from the
 * name tokenizer's list (no dev-set output changed).
 */
export const ABBREVIATIONS: ReadonlySet<string> = union(Object.keys(ABBREVIATIONS_BY_KIND) as AbbreviationKind[]);

/**
 * Abbreviations that often end a sentence too ("in the U.S. The ...", "... Acme Inc. It ..."): before a capitalized
 * sentence opener ("The", "He") their period is final.
 */
export const FINAL_CAPABLE_ABBREVIATIONS: ReadonlySet<string> = wordSet(
  'u.s u.k u.n etc inc corp co ltd a.m p.m jr sr',
);

/**
 * Abbreviations whose period a word token keeps, so the name passes see "St." and "Gov." as one word and
 * "St. Petersburg" as one name: honorifics, generational suffixes, place prefixes, company suffixes, "No." and
 * "vs.". A kept period glues the word into a capitalized run, so only words the name passes know are here. Widening
 * the set to every abbreviation was tried and changed dev outputs for the worse: "the Rt. Hon. Keith Mitchell" lost
 * its person (an unknown "Hon." became part of the name), "Senator the Hon. Aubyn Hill" became a place; months are
 * out because the word lists compare "jan" without its period.
 */
export const TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...union(['honorific', 'generational', 'place', 'company']),
  'no',
  'vs',
]);

/**
 * Abbreviations whose period the quote tokenizer keeps: honorifics before a name ("Gov. Mike Pence"), "St.",
 * "Jr.", "Sr." and the dotted country names. Company suffixes are left out on purpose: the speaker passes read a
 * final period as the end of the sentence, and "Inc." ends an attribution ("said economist Lynn Reaser of Barnett
 * Banks Inc.") about as often as it sits inside one ("Apple Inc. CEO Steve Jobs said"). With TOKEN_ABBREVIATIONS
 * the dev sets gained some speakers and lost others (conll, meantime, timeml), so the narrower set stays until the
 * speaker work handles a sentence-final abbreviation.
 */
export const QUOTE_TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...union(['honorific', 'generational']),
  'st',
  'u.s',
  'u.k',
  'u.n',
]);
