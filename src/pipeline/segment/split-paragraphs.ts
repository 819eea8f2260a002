import type { Span } from '../../model/span';
import { trimSpan } from '../../model/span';
import { HARD_WRAP_MIN_LINE } from './rules';

/**
 * Splits a body range into paragraphs: blank lines always separate; a single newline separates too, except
 * after a long line that does not end a sentence and is followed by a lower-case word (hard-wrapped prose).
 */
export function splitParagraphs(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let paraStart = start;
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    const next = text.slice(i + 1, Math.min(end, i + 3));
    const wrapped =
      i < end && line.trim().length >= HARD_WRAP_MIN_LINE && !/[.!?:"”’)]\s*$/.test(line) && /^[a-z]/.test(next);
    if (!wrapped) {
      const p = trimSpan(text, paraStart, i);
      if (p) out.push(p);
      paraStart = i + 1;
    }
    lineStart = i + 1;
  }
  return out;
}
