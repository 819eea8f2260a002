import type { Span } from '../../model/span';
import { trimSpan } from '../../model/span';
import { FINAL_CAPABLE_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from './rules';

// A candidate boundary: sentence punctuation, optional closing quotes/brackets, then whitespace.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s)/g;
// What may start the next sentence: a capital, a digit, an opening quote or bracket.
const NEXT_START = /^\s+["“‘«(\[]?[\p{Lu}\d]/u;

/** The word (letters and inner dots) that ends right before `end`, lower-cased: "Mr", "U.S", "St". */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  return text.slice(s, end).toLowerCase();
}

function isBoundary(text: string, punctStart: number, after: number, closed: boolean): boolean {
  if (!NEXT_START.test(text.slice(after, after + 4))) return false;
  // "?", "!" and a period followed by a closing quote end the sentence whatever word precedes them.
  if (text[punctStart] !== '.' || closed) return true;
  const word = wordBefore(text, punctStart);
  if (word === 'no' || word === 'nos') return !/^\s+\d/.test(text.slice(after, after + 3)); // "No. 5" vs "said no."
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith"
  if (NON_FINAL_ABBREVIATIONS.has(word)) return FINAL_CAPABLE_ABBREVIATIONS.has(word) && /^\s+(The|A|An|In|It|He|She|They|We|But)\b/.test(text.slice(after, after + 8));
  return true;
}

/** Splits the range `[start, end)` of `text` into sentence spans, trimmed of surrounding whitespace. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const after = m.index + m[0].length;
    if (!isBoundary(slice, m.index, after, /["'”’»)\]]$/.test(m[0]))) continue;
    const s = trimSpan(text, start + from, start + after);
    if (s) out.push(s);
    from = after;
  }
  const last = trimSpan(text, start + from, end);
  if (last) out.push(last);
  return out;
}
