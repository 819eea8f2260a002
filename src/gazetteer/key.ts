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

/** Names needing no folding beyond lowercase: ASCII letters separated by single spaces. */
const SIMPLE_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The lookup key of a place name: diacritics removed, case folded, periods dropped, hyphens and runs of spaces
 * made one space, abbreviated words (St, Ft, Mt) expanded, a leading "the" removed.
 */
export function placeKey(name: string): string {
  // Fast path for the usual name: letters and single spaces only ("Saint Petersburg", "Texas").
  if (SIMPLE_NAME.test(name)) return expand(stripArticle(name.toLowerCase()));
  // Most names are plain ASCII: skip the Unicode decomposition for them.
  const folded = PLAIN_ASCII.test(name) ? name : name.normalize('NFKD').replace(COMBINING_MARKS, '').replace(QUOTES, "'");
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
 * lowercase "the" ("the Netherlands", "the U.S."). Lowercase words ("may", "will", "paris") are never looked up, so common words written in lowercase
 * never become places.
 */
export function looksLikeName(text: string): boolean {
  const first = text.trimStart().replace(LOWERCASE_ARTICLE, '').charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}
