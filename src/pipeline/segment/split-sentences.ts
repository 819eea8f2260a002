import type { Span } from '../../model/span';
import { trimSpan } from '../../model/span';
import { countWork } from '../../model/work-meter';
import { FINAL_CAPABLE_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from './rules';

// A candidate boundary: sentence punctuation, optional closing quotes/brackets, then whitespace. Found by a
// hand-written scan (nextBoundary), not a regex: /[.!?…]+["'”’»)\]]*(?=\s)/g backtracks over a long run of
// dots from every position in it (a run of n dots cost n² steps).
const PUNCT = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
/** Longest word wordBefore looks back over: abbreviations and initials are short. */
const MAX_WORD = 32;
// What may start the next sentence: a capital, a digit, an opening quote or bracket.
const NEXT_START = /^\s+["“‘«(\[]?[\p{Lu}\d]/u;

/** The word (letters and inner dots) that ends right before `end`, lower-cased: "Mr", "U.S", "St". */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < MAX_WORD && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  return text.slice(s, end).toLowerCase();
}

function isBoundary(text: string, punctStart: number, after: number, closed: boolean): boolean {
  if (!NEXT_START.test(text.slice(after, after + 4))) return false;
  // "?", "!" and a period followed by a closing quote end the sentence whatever word precedes them.
  if (text[punctStart] !== '.' || closed) return true;
  const word = wordBefore(text, punctStart);
  if (word === 'no' || word === 'nos') return !/^\s+\d/.test(text.slice(after, after + 3)); // "No. 5" vs "said no."
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith"
  if (NON_FINAL_ABBREVIATIONS.has(word))
    return (
      FINAL_CAPABLE_ABBREVIATIONS.has(word) &&
      /^\s+(The|A|An|In|It|He|She|They|We|But)\b/.test(text.slice(after, after + 8))
    );
  return true;
}

/** PUNCT.has(char) by character code: the scan for the next boundary asks it of every character of the text. */
function isPunct(c: number): boolean {
  return c === FULL_STOP || c === EXCLAMATION || c === QUESTION || c === ELLIPSIS;
}

const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;

/** The next candidate boundary at or after `from`: where its punctuation starts and ends and where it ends. */
function nextBoundary(text: string, from: number): { start: number; punctEnd: number; end: number } | null {
  let i = from;
  while (i < text.length) {
    while (i < text.length && !isPunct(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && PUNCT.has(text[i] ?? '')) i++;
    const punctEnd = i;
    while (i < text.length && CLOSERS.has(text[i] ?? '')) i++;
    if (/\s/.test(text[i] ?? '')) {
      countWork(i - from);
      return { start, punctEnd, end: i };
    }
  }
  countWork(i - from);
  return null;
}

/** Splits the range `[start, end)` of `text` into sentence spans, trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (let b = nextBoundary(slice, 0); b; b = nextBoundary(slice, b.end)) {
    if (!isBoundary(slice, b.start, b.end, b.end > b.punctEnd)) continue;
    const s = trimSpan(text, start + from, start + b.end);
    if (s) out.push(s);
    from = b.end;
  }
  const last = trimSpan(text, start + from, end);
  if (last) out.push(last);
  return out;
}
