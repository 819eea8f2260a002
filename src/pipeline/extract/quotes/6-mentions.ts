// Pass 6: reported speech around the direct quotes, then mentions with utterance ids (Q1, Q2 ... by first start).
import type { QuoteMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';
import { compareSpans, overlaps, textSpan } from '../../../model/span';
import { SpanIndex, indexContaining, lowerBound, upperBound } from '../../../model/span-index';
import type { DraftQuote } from './5-utterances';
import { MIN_CONTENT_WORDS, reportedIn } from './4-reported';
import { tokenAt } from './tokens';
import type { ParagraphView } from './types';

/** First index of `sorted` (ascending numbers) whose value is greater than `x` (or at least `x` when `orEqual`). */
function firstAbove(sorted: readonly number[], x: number, orEqual = false): number {
  return orEqual ? lowerBound(sorted, x, (v) => v) : upperBound(sorted, x, (v) => v);
}

/** Full direct quotes sorted by start, with the furthest end so far, to find those overlapping a span by search. */
interface FullIndex {
  readonly quotes: readonly Span[];
  readonly starts: readonly number[];
  readonly reach: readonly number[];
}

function fullIndex(direct: readonly DraftQuote[]): FullIndex {
  const quotes = direct.filter((d) => d.full).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const d of quotes) reach.push(Math.max(reach[reach.length - 1] ?? -1, d.end));
  return { quotes, starts: quotes.map((d) => d.start), reach };
}

/** Words of `span` that lie outside every full direct quote (only the quotes that can overlap it are visited). */
function wordsOutside(text: string, span: Span, full: FullIndex): number {
  const pieces: string[] = [];
  let pos = span.start;
  // Quotes before `from` all end at or before span.start; those from `to` on start at or after span.end.
  const to = firstAbove(full.starts, span.end, true);
  for (let i = firstAbove(full.reach, span.start); i < to; i++) {
    const d = full.quotes[i] as Span;
    if (!overlaps(d, span)) continue;
    const a = Math.max(d.start, span.start);
    const b = Math.min(d.end, span.end);
    if (a > pos) pieces.push(text.slice(pos, a));
    if (b > Math.max(a, pos)) pieces.push(' '.repeat(b - Math.max(a, pos)));
    pos = Math.max(pos, b);
  }
  pieces.push(text.slice(pos, span.end));
  return (pieces.join('').match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * A test "does some span contain this one", answered by a binary search over the spans sorted by start with the
 * furthest end so far, instead of a scan of every span for every token.
 */
function containment(spans: readonly Span[]): (t: Span) => boolean {
  const index = new SpanIndex(spans);
  return (t) => index.anyContains(t);
}

/** Reported statements of every sentence; a statement that is only a direct quote is left to the direct quote. */
export function reportedQuotes(
  text: string,
  views: readonly ParagraphView[],
  direct: readonly DraftQuote[],
  firstGroup: number,
): DraftQuote[] {
  const out: DraftQuote[] = [];
  // A cue after a full quote ("…,” Trump said this month) is spent; one before it may also introduce a paraphrase.
  const usedCues = new Set(
    direct
      .filter((d) => d.full && (d.attribution?.cue?.start ?? -1) > d.end)
      .map((d) => d.attribution?.cue?.start ?? -1),
  );
  const full = fullIndex(direct);
  const byStart = [...direct].sort((a, b) => a.start - b.start);
  const starts = byStart.map((d) => d.start);
  for (const para of views) {
    // Direct quotes lie inside one paragraph each, so those starting in this one are all that can overlap it.
    const mine = byStart.slice(firstAbove(starts, para.span.start, true), firstAbove(starts, para.span.end, true));
    const inside = containment(mine.filter((d) => overlaps(d, para.span)));
    const quoted = (i: number): boolean => {
      const t = para.tokens[i];
      return t !== undefined && inside(t);
    };
    for (const s of para.sentences) {
      const st = {
        tokens: para.tokens,
        s0: tokenAt(para.tokens, s.start),
        s1: tokenAt(para.tokens, s.end),
        quoted,
        usedCues,
      };
      const r = reportedIn(text, st);
      if (!r || wordsOutside(text, r.content, full) < MIN_CONTENT_WORDS) continue;
      const attribution = { speaker: r.speaker, cue: r.cue, rule: r.rule, tailEnd: null };
      const group = firstGroup + out.length;
      out.push({
        start: r.content.start,
        end: r.content.end,
        kind: 'indirect',
        attribution,
        group,
        rule: r.rule,
        full: true,
      });
    }
  }
  return out;
}

/** Index of the span of `sorted` (by start, non-overlapping) holding [start, end), by binary search; -1 if none. */
function holder(sorted: readonly Span[], start: number, end: number): number {
  const i = indexContaining(sorted, start);
  return i >= 0 && end <= (sorted[i] as Span).end ? i : -1;
}

/**
 * A partial quote inside a paraphrase (He called the deal “a disaster” in May) also yields the paraphrase as
 * reported speech: from after the cue (and "that") to the end of the sentence, in the same utterance.
 */
export function paraphrases(
  text: string,
  views: readonly ParagraphView[],
  direct: readonly DraftQuote[],
  reported: readonly DraftQuote[],
): DraftQuote[] {
  const out: DraftQuote[] = [];
  const inReported = containment(reported);
  let outReach = -1; // the furthest end of the paraphrases so far: a quote ending after it is in none of them
  const paras = views.map((v) => v.span);
  for (const d of direct) {
    const cue = d.attribution?.cue;
    if (d.full || !cue || cue.end > d.start || inReported(d)) continue;
    if (outReach >= d.end && out.some((r) => r.start <= d.start && d.end <= r.end)) continue;
    const para = views[holder(paras, d.start, d.end)];
    const sentence = para?.sentences[holder(para.sentences, d.start, d.start + 1)];
    if (!para || !sentence || sentence.start > cue.start) continue;
    let a = tokenAt(para.tokens, cue.end);
    if (para.tokens[a]?.lower === 'that') a++;
    const from = para.tokens[a]?.start ?? d.start;
    const end = text.slice(from, sentence.end).replace(/[\s.,;:!?]+$/u, '').length + from;
    if (from < end && end >= d.end - 1) {
      out.push({
        start: from,
        end,
        kind: 'indirect',
        attribution: d.attribution,
        group: d.group,
        rule: 'paraphrase-with-partial-quote',
        full: true,
      });
      outReach = Math.max(outReach, end);
    }
  }
  return out;
}

/** A quote inside a reported statement with the same cue (said that … “…” …) is part of that utterance. */
export function linkPartials(direct: readonly DraftQuote[], reported: readonly DraftQuote[]): DraftQuote[] {
  // Reported statements by cue offset, in their original order, so each quote looks only at those of its own cue.
  const byCue = new Map<number, DraftQuote[]>();
  for (const r of reported) {
    const c = r.attribution?.cue?.start;
    if (c === undefined) continue;
    const list = byCue.get(c);
    if (list) list.push(r);
    else byCue.set(c, [r]);
  }
  return direct.map((d) => {
    const cue = d.attribution?.cue?.start;
    const host = cue === undefined ? undefined : byCue.get(cue)?.find((r) => r.start <= d.start && d.end <= r.end);
    return host
      ? {
          start: d.start,
          end: d.end,
          kind: d.kind,
          attribution: d.attribution,
          group: host.group,
          rule: d.rule,
          full: d.full,
        }
      : d;
  });
}

/** Turns drafts into mentions sorted by offset, numbering utterances by their first part's start. */
export function toMentions(text: string, drafts: readonly DraftQuote[], stage: string): QuoteMention[] {
  const sorted = [...drafts].sort(compareSpans);
  const ids = new Map<number, string>();
  for (const d of sorted) if (!ids.has(d.group)) ids.set(d.group, `Q${ids.size + 1}`);
  return sorted.map((d) => {
    const a = d.attribution;
    return {
      // Explicit fields (the same order as textSpan's), not a spread: this runs once per quote.
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: 'quote',
      quoteKind: d.kind,
      speaker: a?.speaker ? textSpan(text, a.speaker.start, a.speaker.end) : null,
      speakerName: null,
      cue: a?.cue ? textSpan(text, a.cue.start, a.cue.end) : null,
      utterance: ids.get(d.group) ?? 'Q0',
      stage,
      rule: d.rule,
    };
  });
}
