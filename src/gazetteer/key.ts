/**
 * Name keys: the folded form under which gazetteer names and looked-up strings meet, so that "St. Petersburg",
 * "Saint Petersburg" and "ST PETERSBURG", or "U.S." and "US", or "São Paulo" and "Sao Paulo" find each other.
 */

/** Abbreviated name words and the full word they stand for (after periods are dropped and case folded). */
const WORD_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
  ['pt', 'port'],
]);

/** A lowercase article before a name ("the Netherlands"). */
const LOWERCASE_ARTICLE = /^the\s+/;

/** Whether a folded name holds one of WORD_EXPANSIONS' abbreviations (most names do not). */
const ABBREVIATED_WORD = new RegExp(`(?:^| )(?:${[...WORD_EXPANSIONS.keys()].join('|')})(?: |$)`);

/** Leading articles that never change which place is meant ("The Netherlands", "the Gambia"). */
const LEADING_ARTICLES: readonly string[] = ['the '];

/** Combining marks left by NFKD decomposition (diacritics). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Typographic apostrophes, made plain. */
const QUOTES = /[\u2018\u2019\u02bc`]/g;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Character codes of the fast path of `looksLikeName`: "A", "Z", "a", "z" and the "t" of a leading "the". */
const ASCII_A = 0x41;
const ASCII_Z = 0x5a;
const ASCII_LOWER_A = 0x61;
const ASCII_LOWER_Z = 0x7a;
const ASCII_LOWER_T = 0x74;

/** The space character, and the bit that folds an ASCII capital onto its lower-case letter. */
const SPACE = 0x20;
const CASE_BIT = 0x20;

/**
 * How many words `name` has when it needs no folding beyond lower case (ASCII letters separated by single
 * spaces, /^[A-Za-z]+(?: [A-Za-z]+)*$/), else 0. A loop rather than the expression: every lookup asks this.
 */
function simpleWords(name: string): number {
  let words = 1;
  let afterSpace = true; // the start behaves like a space: a letter must come first
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const folded = c | CASE_BIT;
    if (folded >= ASCII_LOWER_A && folded <= ASCII_LOWER_Z) afterSpace = false;
    else if (c === SPACE && !afterSpace) {
      words++;
      afterSpace = true;
    } else return 0;
  }
  return afterSpace ? 0 : words;
}

/**
 * The lookup key of a place name: diacritics removed, case folded, periods dropped, hyphens and runs of spaces
 * made one space, abbreviated words (St, Ft, Mt) expanded, a leading "the" removed.
 */
export function placeKey(name: string): string {
  // Fast path for the usual name: letters and single spaces only ("Saint Petersburg", "Texas").
  const words = simpleWords(name);
  if (words > 0) {
    const lower = name.toLowerCase();
    // One word: no article to strip, and it is an abbreviation only if it is one whole (the common lookup).
    if (words === 1) return WORD_EXPANSIONS.get(lower) ?? lower;
    return expand(stripArticle(lower));
  }
  // Most names are plain ASCII: skip the Unicode decomposition for them.
  const folded = PLAIN_ASCII.test(name)
    ? name
    : name.normalize('NFKD').replace(COMBINING_MARKS, '').replace(QUOTES, "'");
  const s = folded
    .toLowerCase()
    .replace(/\./g, ' ')
    .replace(/[-\u2010-\u2014,/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return expand(stripArticle(s));
}

function stripArticle(s: string): string {
  for (const article of LEADING_ARTICLES) if (s.startsWith(article)) return s.slice(article.length);
  return s;
}

function expand(s: string): string {
  if (!ABBREVIATED_WORD.test(s)) return s;
  return s
    .split(' ')
    .map((w) => WORD_EXPANSIONS.get(w) ?? w)
    .join(' ');
}

/**
 * Whether `text` is written the way a place name is: it starts with an uppercase letter, after an optional
 * lowercase "the" ("the Netherlands", "the U.S."). Lowercase words ("may", "will", "paris") are never looked up, so
 * common words written in lowercase
 * never become places.
 */
export function looksLikeName(text: string): boolean {
  // Fast path: an ASCII capital first (most lookups) or an ASCII lower-case letter other than the "t" of "the".
  const c = text.charCodeAt(0);
  if (c >= ASCII_A && c <= ASCII_Z) return true;
  if (c >= ASCII_LOWER_A && c <= ASCII_LOWER_Z && c !== ASCII_LOWER_T) return false;
  const first = text.trimStart().replace(LOWERCASE_ARTICLE, '').charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}
