/**
 * Number words, magnitudes and approximation words.
 *
 * Source: English cardinal numerals; magnitudes in short scale (billion = 10^9) as used by English news agencies,
 * their newswire abbreviations (AP/Reuters "bn", "mn", "tn"; "k", "m" after a currency) and the Indian-English
 * lakh (10^5) and crore (10^7).
 */

/** Cardinal words below one hundred, with their values. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

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

/**
 * Approximation words before an amount. `span: true` words are modifiers inside the noun phrase ("about $5",
 * "more than $5"): the mention's span includes them, as MEANTIME annotates money ("about US$1.4 billion"). The
 * others ("as high as", "exceed") belong to the clause, not the amount: they are kept in `qualifier` only.
 * Forms are lower case; phrases are words separated by one space.
 */
export const QUALIFIERS: ReadonlyMap<string, { readonly span: boolean }> = new Map([
  ['about', { span: true }],
  ['around', { span: true }],
  ['approximately', { span: true }],
  ['approx', { span: true }],
  ['roughly', { span: true }],
  ['nearly', { span: true }],
  ['almost', { span: true }],
  ['some', { span: true }],
  ['over', { span: true }],
  ['under', { span: true }],
  ['just over', { span: true }],
  ['just under', { span: true }],
  ['well over', { span: true }],
  ['more than', { span: true }],
  ['less than', { span: true }],
  ['fewer than', { span: true }],
  ['up to', { span: true }],
  ['at least', { span: true }],
  ['at most', { span: true }],
  ['close to', { span: true }],
  ['upwards of', { span: true }],
  ['in excess of', { span: true }],
  ['an estimated', { span: true }],
  ['as high as', { span: false }],
  ['as much as', { span: false }],
  ['as little as', { span: false }],
  ['as low as', { span: false }],
  ['exceed', { span: false }],
  ['exceeds', { span: false }],
  ['exceeded', { span: false }],
  ['exceeding', { span: false }],
  ['top', { span: false }],
  ['tops', { span: false }],
  ['topped', { span: false }],
  ['surpass', { span: false }],
  ['surpassed', { span: false }],
]);

/** Longest qualifier phrase, in words: bounds the look-behind. */
export const MAX_QUALIFIER_WORDS = 3;

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
