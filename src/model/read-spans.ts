// The parts of the text the extractors read: the body, and the headline and standfirst that the boilerplate stage
// set apart from it. A headline names the story's people, places and dates ("Floods cut off Kenyan towns after
// Monday's storm") and the news corpora annotate them there (MEANTIME's and TimeBank's first line is the headline);
// it stays out of `body`, which is the article's prose for the boilerplate scores.
import type { Doc } from './document';
import type { Span } from './span';

const TITLE_REASONS = new Set(['title', 'repeated-title']);

/**
 * The headline lines read: the last copy of the title before the body (a page may show it twice, in its breadcrumb
 * and above the story; the mentions are the story's once), else its first copy; and the standfirst under it.
 */
export function headlineSpans(doc: Doc): Span[] {
  const bodyStart = doc.body[0]?.start ?? doc.text.length;
  let title: Span | null = null;
  const out: Span[] = [];
  for (const r of doc.removed) {
    if (r.reason === 'standfirst') out.push({ start: r.start, end: r.end });
    else if (TITLE_REASONS.has(r.reason) && (title === null || r.start < bodyStart))
      title = { start: r.start, end: r.end };
  }
  if (title) out.push(title);
  return out.sort((a, b) => a.start - b.start);
}

/** The spans the extractors read: the body, the headline and its standfirst, in text order. */
export function readSpans(doc: Doc): Span[] {
  const heads = headlineSpans(doc);
  if (heads.length === 0) return [...doc.body];
  return [...doc.body, ...heads].sort((a, b) => a.start - b.start);
}
