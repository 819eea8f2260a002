// Abbreviations written with a period, listed once by kind. Before this module three lists disagreed: the sentence
// splitter knew 60 words, the name tokenizer 33 and the quote tokenizer 20, so "Cpl. Jones" split a sentence the
// name tokenizer had kept whole, and "Inc." kept its period for names but not for quotes. Each use now derives
// its set from the kinds below, and the reason a kind is in or out is written next to the set.
import { wordSet } from './word-set';

/** The kinds of abbreviation, by what follows them in news copy. */
export type AbbreviationKind = 'title' | 'generational' | 'place' | 'corporate' | 'month' | 'numbering' | 'latin' | 'dotted';

/** Every abbreviation, lower case without its final period, by kind. */
export const ABBREVIATIONS_BY_KIND: Readonly<Record<AbbreviationKind, ReadonlySet<string>>> = {
  // Before a name: "Gov. Mike Pence", "Sgt. Pepper", "Fr. Murphy", "Messrs. Smith and Jones".
  title: wordSet('mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl rev fr hon pres supt insp messrs mme mlle'),
  // After a name: "Martin Luther King Jr."
  generational: wordSet('jr sr'),
  // Inside a place name: "St. Petersburg", "Mt. Everest", "Ft. Worth", "Sunset Blvd."
  place: wordSet('st ste mt ft ave blvd rd'),
  // Inside an organization name: "Acme Inc.", "Warner Bros.", "Dept. of Justice".
  corporate: wordSet('inc corp co ltd bros univ dept'),
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
 * ("Mr. Putin", "St. Petersburg", "Jan. 5"). Used by the sentence splitter.
 */
export const ABBREVIATIONS: ReadonlySet<string> = union(['title', 'generational', 'place', 'corporate', 'month', 'numbering', 'latin', 'dotted']);

/**
 * Abbreviations that often end a sentence too ("in the U.S. The ...", "... Acme Inc. It ..."): before a capitalized
 * sentence opener ("The", "He") their period is final.
 */
export const FINAL_CAPABLE_ABBREVIATIONS: ReadonlySet<string> = wordSet('u.s u.k u.n etc inc corp co ltd a.m p.m jr sr');

/**
 * Abbreviations whose period a word token keeps ("St." stays one token, so "St. Petersburg" is one name): those of
 * names, places and organizations, the numbering and "versus" words whose period never ends a clause, and dotted
 * letters ("U.S.", "a.m.").
 * Months are left out on purpose: word lists compare "jan" without its period, and the date grammar reads "Jan."
 * from the text itself; "etc.", "est.", "fig." and "e.g." usually end a clause or do not touch names.
 */
export const TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set([...union(['title', 'generational', 'place', 'corporate', 'numbering', 'dotted']), 'vs']);
