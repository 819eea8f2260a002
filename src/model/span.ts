/** A half-open character range `[start, end)` in JS string indices (UTF-16 code units) into `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers; `text === docText.slice(start, end)` always holds. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Builds a TextSpan from the document text, so the text can never disagree with the offsets. */
export function textSpan(docText: string, start: number, end: number): TextSpan {
  return { start, end, text: docText.slice(start, end) };
}

/** True when `span` is a valid range of `docText` and, if it carries text, that text matches the slice. */
export function spanMatches(docText: string, span: Span & { readonly text?: string }): boolean {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return false;
  if (span.start < 0 || span.end > docText.length || span.start >= span.end) return false;
  return span.text === undefined || docText.slice(span.start, span.end) === span.text;
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies entirely within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the span lies entirely within one of the (sorted or unsorted) ranges. */
export function insideAny(ranges: readonly Span[], span: Span): boolean {
  return ranges.some((r) => contains(r, span));
}

/** Orders spans by start, then by end (shorter first), for deterministic output. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Shrinks a span so it neither starts nor ends with whitespace; returns null when nothing is left. */
export function trimSpan(docText: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(docText[s] ?? '')) s++;
  while (e > s && /\s/.test(docText[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : null;
}
