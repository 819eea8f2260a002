import { escapeHtml } from './escape';

/**
 * Renders a text with overlapping marked spans as well-formed HTML. Spans nest where they can; where two cross
 * (a date that starts inside a quote and ends after it), the inner one is closed at the boundary and reopened after
 * it as a continuation part, so every element stays balanced and the page's text content is the article's text.
 */

/** One marked span: how to open it (first part or continuation), how to close it, what follows its last part. */
export interface Layer {
  readonly start: number;
  readonly end: number;
  /** Lower sorts outside higher among spans with the same bounds (boilerplate outside quotes outside names). */
  readonly rank: number;
  open(continuation: boolean): string;
  readonly close: string;
  /** HTML emitted once, right after the span's last part (e.g. a quote's link to its speaker). */
  readonly after?: string;
}

/** Outer first: earlier start, then later end, then lower rank. */
function outerFirst(a: Layer, b: Layer): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/** Of the spans open at a point, the order to (re)open them in: the one that lasts longest outside. */
function byEndThenRank(a: Layer, b: Layer): number {
  return b.end - a.end || a.rank - b.rank || a.start - b.start;
}

/** Counts of the work done, for the linearity test: parts opened (first parts plus continuations). */
export interface RenderStats {
  parts: number;
}

/** `text` as escaped HTML with every layer of positive length marked; layers outside the text are skipped. */
export function renderLayers(text: string, layers: readonly Layer[], stats?: RenderStats): string {
  const sorted = layers.filter((l) => l.start < l.end && l.start >= 0 && l.end <= text.length).sort(outerFirst);
  const points = [...new Set([0, text.length, ...sorted.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Layer[] = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i] as number;
    const reopen = closeAt(at, stack, out);
    const starting: Layer[] = [];
    while (next < sorted.length && (sorted[next] as Layer).start === at) starting.push(sorted[next++] as Layer);
    const opening = [...reopen, ...starting].sort(byEndThenRank);
    for (const l of opening) {
      out.push(l.open(l.start !== at));
      if (stats) stats.parts++;
      stack.push(l);
    }
    const to = points[i + 1];
    if (to !== undefined) out.push(escapeHtml(text.slice(at, to)));
  }
  closeAt(text.length + 1, stack, out);
  return out.join('');
}

/**
 * Closes the layers that end at `at` and everything opened inside them; returns the ones closed early (they go on
 * after `at`) in their stack order, to be reopened.
 */
function closeAt(at: number, stack: Layer[], out: string[]): Layer[] {
  let lowest = -1;
  for (let j = 0; j < stack.length; j++) {
    if ((stack[j] as Layer).end <= at) {
      lowest = j;
      break;
    }
  }
  if (lowest < 0) return [];
  const reopen: Layer[] = [];
  while (stack.length > lowest) {
    const l = stack.pop() as Layer;
    out.push(l.close);
    if (l.end > at) reopen.unshift(l);
    else if (l.after) out.push(l.after);
  }
  return reopen;
}
