// A quote paragraph with no attribution right after a quoted paragraph continues that speaker: multi-paragraph
// testimony, interview answers, a pull quote repeating the speaker's words. Captions, credits and related-link
// lines between the two paragraphs do not break the chain (and are never speakers).
import type { Span } from '../../../model/span';
import type { Attribution, ParagraphView } from './types';

/** Lines shorter than this without sentence punctuation at the end are captions, credits or link lines. */
export const MAX_ASIDE_CHARS = 120;
/** Most aside lines skipped between two quote paragraphs. */
export const MAX_ASIDES = 3;

const ASIDE_START =
  /^(?:photo|photograph|image|picture|pictured|video|watch|listen|read more|read also|also read|related|see also|more:|caption|credit|file photo|advertisement|sponsored|getty|ap photo|afp|reuters|pti|ians|\(|\[)/i;

/** True for a paragraph that is an aside around the story: a caption, a credit, a related-link line. */
export function isAside(text: string, p: Span): boolean {
  const line = text.slice(p.start, p.end).trim();
  if (line.length === 0) return true;
  if (ASIDE_START.test(line)) return line.length <= MAX_ASIDE_CHARS * 2;
  return line.length <= MAX_ASIDE_CHARS && !/[.!?:;”"’»)]$/.test(line);
}

/** One quote as the continuation pass sees it. */
export interface ChainQuote {
  readonly region: Span;
  readonly para: ParagraphView;
  readonly full: boolean;
  attribution: Attribution | null;
}

/** Index of each paragraph view, to count the paragraphs between two quotes. */
function paragraphIndex(views: readonly ParagraphView[]): Map<ParagraphView, number> {
  return new Map(views.map((v, i) => [v, i] as const));
}

/** True when `q` opens its paragraph: nothing but the opening mark before it. */
function opensParagraph(text: string, q: ChainQuote): boolean {
  return /^\s*[“"«‘']?\s*$/.test(text.slice(q.para.span.start, q.region.start));
}

/**
 * Gives each unattributed full quote that opens its paragraph the attribution of the quote before it, when that
 * one is in an earlier paragraph and only asides stand between them. Mutates `quotes` (already in text order).
 */
export function continueAcrossParagraphs(text: string, views: readonly ParagraphView[], quotes: ChainQuote[]): void {
  const index = paragraphIndex(views);
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i] as ChainQuote;
    const prev = quotes[i - 1] as ChainQuote;
    if (q.attribution || !q.full || !prev.attribution?.speaker || !opensParagraph(text, q)) continue;
    const a = index.get(prev.para) ?? -1;
    const b = index.get(q.para) ?? -1;
    if (a < 0 || b <= a || b - a - 1 > MAX_ASIDES) continue;
    let clear = true;
    for (let k = a + 1; k < b && clear; k++) clear = isAside(text, (views[k] as ParagraphView).span);
    if (clear) q.attribution = { ...prev.attribution, rule: 'continuation', tailEnd: null };
  }
}
