// Pass 5: direct quote regions -> kept quotes grouped into utterances (multi-paragraph chains and interrupted
// quotes "…,” he said, “…” share one utterance and one attribution).
import type { Span } from '../../../model/span';
import type { QuoteRegion } from './1-marks';
import { findQuoteRegions } from './1-marks';
import { classifyRegion } from './2-classify';
import { attributeRegion } from './3-source';
import type { ChainQuote } from './continuation';
import { continueAcrossParagraphs } from './continuation';
import type { Attribution, ParagraphView, PlacedRegion } from './types';

/** A quote ready to become a mention; `group` links the parts of one utterance. */
export interface DraftQuote extends Span {
  readonly kind: 'direct' | 'indirect';
  readonly attribution: Attribution | null;
  readonly group: number;
  readonly rule: string;
  /** A full quote (not a fragment inside a paraphrase). */
  readonly full: boolean;
}

interface Kept {
  readonly placed: PlacedRegion;
  readonly attribution: Attribution | null;
  readonly full: boolean;
  group: number;
}

function place(regions: readonly QuoteRegion[], views: readonly ParagraphView[]): PlacedRegion[] {
  const out: PlacedRegion[] = [];
  views.forEach((para, i) => {
    const inside = regions.filter((r) => para.span.start <= r.start && r.end <= para.span.end);
    inside.forEach((region, j) => {
      const prev = inside[j - 1];
      const next = inside[j + 1];
      const prevClose = prev ? (prev.close?.end ?? prev.end) : para.span.start;
      const nextOpen = next ? (next.open?.start ?? next.start) : para.span.end;
      out.push({ region, para, prevPara: views[i - 1] ?? null, prevClose, nextOpen });
    });
  });
  return out;
}

/** Longest text between an attribution and the next part of an interrupted quote ("…,” said X, a former aide, “…"). */
export const MAX_INTERRUPTION_GLUE = 150;

/** True when the text from the end of an attribution to the next opening mark only closes that attribution. */
function onlyGlue(text: string, from: number, to: number): boolean {
  const glue = text.slice(from, to);
  return from <= to && glue.length <= MAX_INTERRUPTION_GLUE && /^[^“”"«»\n.!?]*[,.:;—–]\s*$/.test(glue);
}

/** Joins chains (multi-paragraph parts) and interrupted quotes into groups; a group shares its first attribution. */
function group(text: string, kept: Kept[]): void {
  const byChain = new Map<number, number>();
  kept.forEach((k, i) => {
    const chainGroup = byChain.get(k.placed.region.chain);
    k.group = chainGroup ?? i;
    const prev = kept[i - 1];
    const tailEnd = prev?.attribution?.tailEnd;
    const open = k.placed.region.open?.start ?? k.placed.region.start;
    const glued =
      prev &&
      prev.attribution?.rule !== 'dash-source' &&
      tailEnd !== null &&
      tailEnd !== undefined &&
      onlyGlue(text, tailEnd, open);
    if (prev && prev.placed.para === k.placed.para && glued) k.group = prev.group;
    // The chain's later parts join the group its first part ended in (after any gluing above).
    if (chainGroup === undefined) byChain.set(k.placed.region.chain, k.group);
  });
}

/** Finds, classifies and attributes the direct quotes of the paragraphs. */
export function directQuotes(text: string, paragraphs: readonly Span[], views: readonly ParagraphView[]): DraftQuote[] {
  const kept: Kept[] = [];
  for (const placed of place(findQuoteRegions(text, paragraphs), views)) {
    const shape = classifyRegion(text, placed.region, placed.para.tokens);
    if (shape === 'ignored') continue;
    const attribution = attributeRegion(text, placed, shape);
    if (shape === 'fragment' && !attribution?.speaker) continue; // scare quotes: nobody is said to have said them
    kept.push({ placed, attribution, full: shape === 'full', group: kept.length });
  }
  group(text, kept);
  const shared = new Map<number, Attribution>();
  for (const k of kept) if (k.attribution && !shared.has(k.group)) shared.set(k.group, k.attribution);
  const chain: ChainQuote[] = kept.map((k) => ({
    region: k.placed.region,
    para: k.placed.para,
    full: k.full,
    attribution: k.attribution ?? shared.get(k.group) ?? null,
  }));
  continueAcrossParagraphs(text, views, chain);
  return kept.map((k, i) => {
    const attribution = chain[i]?.attribution ?? null; // a part with its own attribution keeps it
    const { start, end } = k.placed.region;
    return {
      start,
      end,
      kind: 'direct',
      attribution,
      group: k.group,
      rule: attribution?.rule ?? 'unattributed',
      full: k.full,
    };
  });
}
