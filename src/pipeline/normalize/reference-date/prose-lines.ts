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

/** The story's prose lines, read in one pass over the page. */
export interface ProseLines {
  /** The index of the `nth` prose line (1-based), or the page's last line when it has fewer. */
  nth(n: number): number;
  /**
   * The line where the story is under way: its second prose line, or its first when it has only one (a short item)
   * or when the second is the page's last line, or the last line when it has none.
   */
  readonly underWay: number;
}

/** The first `most` prose lines of `text` from line `from` on (the page's line count is read to the end). */
export function proseLines(text: string, from: number, most: number): ProseLines {
  const found: number[] = [];
  let index = 0;
  for (let at = 0; at <= text.length; index++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (found.length < most && index >= from && isProse(text.slice(at, end))) found.push(index);
    if (nl < 0) break;
    at = nl + 1;
  }
  const last = index;
  const nth = (n: number): number => found[n - 1] ?? last;
  const [first, second] = [nth(1), nth(2)];
  return { nth, underWay: second === first || second === last ? first : second };
}
