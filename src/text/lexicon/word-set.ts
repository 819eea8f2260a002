/** A lower-cased lookup set from a whitespace-separated word list (the form every lexicon list is written in). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(
    words
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );
}
