/** Words that make a gold speaker a pronoun rather than a name (when it is the only word). */
const PRONOUNS = new Set(
  'he she they it we i you him her them us me his hers their its our who which that this these those one someone'.split(
    ' ',
  ),
);
/** Leading words that make a gold speaker a description ("the newspaper"), not a name. */
const DETERMINERS = new Set(
  'the a an this that these those his her their its our my your some many several both all another other'.split(' '),
);

/** Name-like tokens: a letter or digit, then letters, digits, dots, apostrophes or hyphens. */
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu;

/**
 * The last token (lower-cased) of a gold speaker that reads as a name: starts upper-case, is not a lone pronoun,
 * has no leading determiner and ends in a capitalised token. Null otherwise.
 */
export function goldSpeakerLastName(text: unknown): string | null {
  if (!text) return null;
  const clean = String(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['\u2019]s\b/g, '')
    .trim();
  const toks = clean.match(NAME_TOKEN) ?? [];
  const first = toks[0];
  if (first === undefined) return null;
  if (!/^\p{Lu}/u.test(first)) return null;
  if (PRONOUNS.has(first.toLowerCase()) && toks.length === 1) return null;
  if (DETERMINERS.has(first.toLowerCase())) return null;
  const last = (toks[toks.length - 1] ?? '').replace(/[.]+$/, '');
  if (!/^\p{Lu}/u.test(last)) return null;
  return last.toLowerCase();
}

/**
 * True when the predicted speaker name has `last` among its tokens (case-insensitive, trailing dots and 's dropped).
 */
export function nameContains(speakerName: unknown, last: string | null): boolean {
  if (!speakerName || !last) return false;
  const toks = (String(speakerName).toLowerCase().match(NAME_TOKEN) ?? []).map((t) =>
    t.replace(/[.]+$/, '').replace(/['\u2019]s$/, ''),
  );
  return toks.includes(last);
}
