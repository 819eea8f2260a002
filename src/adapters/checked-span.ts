import type { TextSpan } from '../model/span';

/** A library result converted to a span, with what the library said it was. */
export interface LibrarySpan extends TextSpan {
  readonly label: string;
}

/**
 * Keeps a library span only when its offsets really cover `expected` in `text`; a mismatch is counted, never
 * patched (style rule 1). Returns null for a dropped span.
 */
export function checkedSpan(
  text: string,
  start: number,
  end: number,
  expected: string,
  label: string,
): LibrarySpan | null {
  if (start < 0 || end > text.length || start >= end) return null;
  const slice = text.slice(start, end);
  if (slice !== expected) return null;
  return { start, end, text: slice, label };
}
