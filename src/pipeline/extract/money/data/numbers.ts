/**
 * Number words, magnitudes and approximation words.
 *
 * Source: English cardinal numerals; magnitudes in short scale (billion = 10^9) as used by English news agencies,
 * their newswire abbreviations (AP/Reuters "bn", "mn", "tn"; "k", "m" after a currency) and the Indian-English
 * lakh (10^5) and crore (10^7).
 */

import { CARDINALS } from '../../../../text/lexicon/numbers';

/** Cardinal words below one hundred, with their values (the shared lexicon's). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = CARDINALS;

/** Fractions read before a magnitude ("half a million", "a quarter million"), as decimal strings. */
export const FRACTIONS: ReadonlyMap<string, string> = new Map([
  ['half', '0.5'],
  ['quarter', '0.25'],
]);

/** Magnitude words and abbreviations with their power of ten. Abbreviations must follow digits. */
export const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['lakh', 5],
  ['lakhs', 5],
  ['lac', 5],
  ['crore', 7],
  ['crores', 7],
]);

/** Newswire abbreviations of magnitudes, read only right after digits ("$15bn", "1.2 bn", "$5m", "50k"). */
export const MAGNITUDE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['m', 6],
  ['mn', 6],
  ['mln', 6],
  ['mio', 6],
  ['b', 9],
  ['bn', 9],
  ['bln', 9],
  ['tn', 12],
  ['tr', 12],
]);

/**
 * Letters glued before a code to scale it ("30 MUSD", "48.5 MGBP", "20 KEUR"): M = million, K = thousand, as in
 * financial reports. Read only in capitals.
 */
export const CODE_MAGNITUDE_PREFIXES: ReadonlyMap<string, number> = new Map([
  ['M', 6],
  ['K', 3],
]);

/** What an approximation word says about the amount stated. */
export type QualifierType = 'approx' | 'more-than' | 'less-than' | 'at-least' | 'up-to';

/**
 * Approximation words before an amount, with what they say about it: `approx` (about, some, roughly), `more-than`
 * (over, exceed), `less-than` (under, nearly, almost: below the number), `at-least` (no less than) and `up-to`
 * (at most, as much as). `span: true` words are modifiers inside the noun phrase ("about $5", "more than $5"):
 * the mention's span includes them, as MEANTIME annotates money ("about US$1.4 billion"). The others ("as high
 * as", "exceed") belong to the clause, not the amount: they are kept in `qualifier` only. Forms are lower case;
 * phrases are words separated by one space. Source: the English approximators and comparative quantifiers of the
 * TimeML `mod` values (APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS).
 */
export const QUALIFIERS: ReadonlyMap<string, { readonly span: boolean; readonly type: QualifierType }> = (() => {
  const rows: ReadonlyArray<readonly [QualifierType, boolean, string]> = [
    ['approx', true, 'about|around|approximately|approx|roughly|some|an estimated|close to|circa|an approximate'],
    ['approx', false, 'in the region of'],
    [
      'more-than',
      true,
      'over|just over|well over|more than|well more than|in excess of|upwards of|above|just above|well above|north of|greater than',
    ],
    [
      'less-than',
      true,
      'under|just under|well under|less than|fewer than|nearly|almost|below|just below|well below|just shy of',
    ],
    ['at-least', true, 'at least|no less than|not less than|a minimum of|minimum of'],
    ['up-to', true, 'up to|at most|no more than|not more than|a maximum of|maximum of'],
    ['up-to', false, 'as high as|as much as'],
    ['at-least', false, 'as little as|as low as'],
    [
      'more-than',
      false,
      'exceed|exceeds|exceeded|exceeding|top|tops|topped|topping|surpass|surpassed|surpasses|surpassing',
    ],
    ['less-than', false, 'nearing|approaching'],
  ];
  const out = new Map<string, { readonly span: boolean; readonly type: QualifierType }>();
  for (const [type, span, forms] of rows) for (const f of forms.split('|')) out.set(f, { span, type });
  return out;
})();

/**
 * Approximation words right after an amount ("$5 million or more", "$2bn or so"): kept in `qualifier`, outside
 * the span (the amount's noun phrase has ended).
 */
export const QUALIFIERS_AFTER: ReadonlyMap<string, QualifierType> = new Map<string, QualifierType>([
  ['or more', 'at-least'],
  ['or above', 'at-least'],
  ['and above', 'at-least'],
  ['and up', 'at-least'],
  ['or less', 'up-to'],
  ['or below', 'up-to'],
  ['or so', 'approx'],
  ['-plus', 'more-than'],
]);

/** Longest qualifier phrase, in words: bounds the look-behind. */
export const MAX_QUALIFIER_WORDS = 4;

/**
 * Words after which "A to B" is a change, not a range: "shares fell $1.125 to $13.625", "rose by 500 to 39,200
 * rupees". Verbs of price movement as market reports use them (base, past and -s forms), plus "by" and "from".
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(
  [
    'from by',
    'rise rose rises risen fall fell falls fallen gain gained gains lose lost loses drop dropped drops',
    'climb climbed climbs jump jumped jumps slip slipped slips slide slid slides plunge plunged plunges',
    'surge surged surges soar soared soars tumble tumbled tumbles sink sank sinks decline declined declines',
    'increase increased increases decrease decreased decreases advance advanced advances ease eased eases',
    'edge edged edges add added adds shed shedding cut cuts raise raised raises lower lowered lowers',
    'boost boosted boosts trim trimmed trims grow grew grows grown widen widened narrow narrowed',
  ]
    .join(' ')
    .split(' '),
);
