// Where the story's prose starts in pasted page text: the lines that read as paragraphs, not page furniture. The
// publication date sits above the first of them or just after; related lists and comments come below them.

/** A line this long is prose. */
export const PROSE_LINE = 150;
/** A shorter line is prose when it is a sentence of at least PROSE_WORDS words (wire copy has short paragraphs). */
export const SHORT_PROSE_LINE = 60;
export const PROSE_WORDS = 10;
/** Ends like a sentence: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
const SENTENCE_CLOSE = /\p{Ll}[.!?]["”’)]?\s*$/u;

/** True when `line` reads as a paragraph of the story rather than page furniture. */
function isProse(line: string): boolean {
  if (line.length >= PROSE_LINE) return true;
  return (
    line.length >= SHORT_PROSE_LINE &&
    SENTENCE_CLOSE.test(line) &&
    (line.match(/[\p{L}\p{N}]+/gu) ?? []).length >= PROSE_WORDS
  );
}

/** The index of the line holding offset `at`. */
export function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The index of the `nth` prose line from line `from` (the last line when there are fewer). */
export function proseLine(text: string, from: number, nth: number): number {
  let index = 0;
  let seen = 0;
  for (let at = 0; at <= text.length; index++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (index >= from && isProse(text.slice(at, end)) && ++seen >= nth) return index;
    if (nl < 0) break;
    at = nl + 1;
  }
  return index;
}

/**
 * The line where the story is under way: its second prose line from `from`, or its first when it has only one (a
 * short item), or the last line when it has none.
 */
export function storyUnderWay(text: string, from: number): number {
  const second = proseLine(text, from, 2);
  const first = proseLine(text, from, 1);
  return second === first || second === proseLine(text, from, Number.POSITIVE_INFINITY) ? first : second;
}
