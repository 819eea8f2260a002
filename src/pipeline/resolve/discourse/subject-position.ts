// Whether a mention stands in subject position, judged from the text between its sentence start and the mention.
// A subject is preceded by nothing, by its own title and description ("Zambia's former finance minister"), or by
// an opening phrase that ends in a comma ("On Friday, ...").

/** Longest prefix (in words) read as a description before a subject. */
const MAX_PREFIX_WORDS = 8;

/** Lower-case words that may stand in a description before a name. */
const DESCRIPTION_WORDS = new Set(
  'the a an former then acting deputy chief senior opposition party state foreign finance prime home health interior defence defense justice education trade leader minister president secretary spokesman spokeswoman spokesperson chairman chairwoman governor senator mayor premier chancellor director manager coach captain head executive officer general commissioner judge lawyer attorney ceo founder chair and of'.split(
    ' ',
  ),
);

/** True when `prefix` (sentence start up to the mention) leaves the mention in subject position. */
export function isSubjectPrefix(prefix: string): boolean {
  const afterComma = prefix.slice(prefix.lastIndexOf(',') + 1);
  // "Mr Banda, who met Tembo, ..." has a comma too: a clause word after it means the mention is inside that clause.
  const words = afterComma.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length > MAX_PREFIX_WORDS) return false;
  if (prefix.includes(',') && /^\s*(?:who|which|whom|whose|that|and|or|but|as|with)\b/i.test(afterComma)) return false;
  if (/[“”"«»]/.test(afterComma)) return false;
  return words.every(
    (w) =>
      /^\p{Lu}/u.test(w) ||
      /^\d/.test(w) ||
      /-year-old$/.test(w) ||
      DESCRIPTION_WORDS.has(w.toLowerCase()) ||
      /['’]s$/.test(w),
  );
}
