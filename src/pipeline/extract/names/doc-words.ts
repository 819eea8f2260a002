// Article-level topic tests (is this a sports report? a story about airlines?) count which words of a small
// lexicon the article uses; they share this one scan instead of each lower-casing and splitting the text itself.

/**
 * The distinct words of `lexicon` in `text`, case-blind, with words as `pattern` (a global expression of lower-case
 * letters) splits the lower-cased text: one linear scan of the article.
 */
export function lexiconWordsIn(text: string, lexicon: ReadonlySet<string>, pattern: RegExp): ReadonlySet<string> {
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(pattern)) if (lexicon.has(m[0])) seen.add(m[0]);
  return seen;
}
