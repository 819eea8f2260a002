import type { RemovedSpan } from '../../model/document';
import type { Span } from '../../model/span';
import type { Classified } from './2-classify';
import type { Run } from './4-region';
import { CAPTION_CREDIT, LENGTH_LOW } from './rules';

/** Reason for a block outside the article that no rule named, from where it sits and what came before it. */
function positionReason(cs: readonly Classified[], i: number, region: Run | null, lastMarker: string | null): string {
  const c = cs[i];
  const short = (c?.block.chars ?? 0) < LENGTH_LOW;
  if (region && i >= region.from && i <= region.to) return 'low-content';
  if (region && i > region.to && !short && (lastMarker === 'copyright' || cs[i + 1]?.reason === 'copyright'))
    return 'publisher-blurb';
  if (region && i > region.to && lastMarker) {
    if (lastMarker === 'copyright') return 'footer';
    return lastMarker === 'comment-prompt' ? 'comments' : lastMarker;
  }
  return short ? 'navigation' : 'outside-article';
}

/** A caption ending in a photo credit: the caption and the credit as two removed spans, each with its reason. */
function captionSpans(text: string, c: Classified): RemovedSpan[] {
  const m = CAPTION_CREDIT.exec(c.block.text);
  if (!m || m.index === 0) return [{ start: c.block.start, end: c.block.end, reason: c.reason ?? 'image-credit' }];
  const creditStart = c.block.start + m.index;
  let captionEnd = creditStart;
  while (captionEnd > c.block.start && /\s/.test(text[captionEnd - 1] ?? '')) captionEnd--;
  return [
    { start: c.block.start, end: captionEnd, reason: 'image-caption' },
    { start: creditStart, end: c.block.end, reason: 'image-credit' },
  ];
}

/** The verdict for each block: body or removed (with its reason). */
export interface Verdicts {
  readonly body: Span[];
  readonly removed: RemovedSpan[];
}

/**
 * Turns block verdicts into spans: consecutive body blocks merge into one body span (the blank lines between
 * them included, so paragraphs keep their breaks); every other block becomes a removed span with its reason.
 */
export function buildSpans(
  text: string,
  cs: readonly Classified[],
  isBody: (i: number) => boolean,
  titleAt: ReadonlyMap<number, string>,
  region: Run | null,
): Verdicts {
  const body: Span[] = [];
  const removed: RemovedSpan[] = [];
  let lastMarker: string | null = null;
  let open: { start: number; end: number } | null = null;
  cs.forEach((c, i) => {
    if (region && i > region.to && c.endsArticle && c.reason) lastMarker = c.reason;
    if (isBody(i) && !titleAt.has(i)) {
      if (open) open.end = c.block.end;
      else open = { start: c.block.start, end: c.block.end };
      return;
    }
    if (open) body.push(open);
    open = null;
    const titleReason = titleAt.get(i);
    if (titleReason) removed.push({ start: c.block.start, end: c.block.end, reason: titleReason });
    else if (c.reason === 'image-credit') removed.push(...captionSpans(text, c));
    else
      removed.push({
        start: c.block.start,
        end: c.block.end,
        reason: c.reason ?? positionReason(cs, i, region, lastMarker),
      });
  });
  if (open) body.push(open);
  return { body, removed };
}
