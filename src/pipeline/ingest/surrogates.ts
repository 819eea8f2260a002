// Lone surrogates (half of a UTF-16 pair, e.g. "\ud800" in JSON input) cannot be written as UTF-8: JSON keeps them
// as escapes while a CSV writer turns them into U+FFFD, so the outputs would disagree. Ingest replaces each with
// U+FFFD, one code unit for one code unit, so every offset stays what it was.

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Where the lone surrogates of `s` are: their count and the first one's index (-1 when there is none). */
export function loneSurrogates(s: string): { readonly count: number; readonly first: number } {
  let count = 0;
  let first = -1;
  LONE.lastIndex = 0;
  for (let m = LONE.exec(s); m; m = LONE.exec(s)) {
    if (first < 0) first = m.index;
    count++;
  }
  return { count, first };
}

/** `s` with every lone surrogate replaced by U+FFFD (same length: offsets are unchanged). */
export function wellFormed(s: string): string {
  return s.replace(LONE, '\uFFFD');
}

/** Same as {@link wellFormed} for optional fields. */
export function wellFormedOrNull<T extends string | null | undefined>(s: T): T {
  return (typeof s === 'string' ? wellFormed(s) : s) as T;
}
