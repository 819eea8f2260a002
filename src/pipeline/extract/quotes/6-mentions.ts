// Pass 6: reported speech around the direct quotes, then mentions with utterance ids (Q1, Q2 ... by first start).
import type { QuoteMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';
import { compareSpans, overlaps, textSpan } from '../../../model/span';
import type { DraftQuote } from './5-utterances';
import { MIN_CONTENT_WORDS, reportedIn } from './4-reported';
import { tokenAt } from './tokens';
import type { ParagraphView } from './types';

/** Words of `span` that lie outside every full direct quote. */
function wordsOutside(text: string, span: Span, direct: readonly DraftQuote[]): number {
  let rest = text.slice(span.start, span.end);
  for (const d of direct) {
    if (!d.full || !overlaps(d, span)) continue;
    const a = Math.max(d.start, span.start) - span.start;
    const b = Math.min(d.end, span.end) - span.start;
    rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
  }
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * A test "does some span contain this one", answered by a binary search over the spans sorted by start with the
 * furthest end so far, instead of a scan of every span for every token.
 */
function containment(spans: readonly Span[]): (t: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((d) => d.start);
  const reach: number[] = [];
  for (const d of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, d.end));
  return (t) => {
    let lo = 0;
    let hi = starts.length; // first index whose start > t.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= t.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? -1) >= t.end;
  };
}

/** Reported statements of every sentence; a statement that is only a direct quote is left to the direct quote. */
export function reportedQuotes(text: string, views: readonly ParagraphView[], direct: readonly DraftQuote[], firstGroup: number): DraftQuote[] {
  const out: DraftQuote[] = [];
  // A cue after a full quote ("…,” Trump said this month) is spent; one before it may also introduce a paraphrase.
  const usedCues = new Set(direct.filter((d) => d.full && (d.attribution?.cue?.start ?? -1) > d.end).map((d) => d.attribution?.cue?.start ?? -1));
  for (const para of views) {
    const inside = containment(direct.filter((d) => overlaps(d, para.span)));
    const quoted = (i: number): boolean => {
      const t = para.tokens[i];
      return t !== undefined && inside(t);
    };
    for (const s of para.sentences) {
      const st = { tokens: para.tokens, s0: tokenAt(para.tokens, s.start), s1: tokenAt(para.tokens, s.end), quoted, usedCues };
      const r = reportedIn(text, st);
      if (!r || wordsOutside(text, r.content, direct) < MIN_CONTENT_WORDS) continue;
      const attribution = { speaker: r.speaker, cue: r.cue, rule: r.rule, tailEnd: null };
      out.push({ ...r.content, kind: 'indirect', attribution, group: firstGroup + out.length, rule: r.rule, full: true });
    }
  }
  return out;
}

/**
 * A partial quote inside a paraphrase (He called the deal “a disaster” in May) also yields the paraphrase as
 * reported speech: from after the cue (and "that") to the end of the sentence, in the same utterance.
 */
export function paraphrases(text: string, views: readonly ParagraphView[], direct: readonly DraftQuote[], reported: readonly DraftQuote[]): DraftQuote[] {
  const out: DraftQuote[] = [];
  for (const d of direct) {
    const cue = d.attribution?.cue;
    if (d.full || !cue || cue.end > d.start || [...reported, ...out].some((r) => r.start <= d.start && d.end <= r.end)) continue;
    const para = views.find((v) => v.span.start <= d.start && d.end <= v.span.end);
    const sentence = para?.sentences.find((s) => s.start <= d.start && d.start < s.end);
    if (!para || !sentence || sentence.start > cue.start) continue;
    let a = tokenAt(para.tokens, cue.end);
    if (para.tokens[a]?.lower === 'that') a++;
    const from = para.tokens[a]?.start ?? d.start;
    const end = text.slice(from, sentence.end).replace(/[\s.,;:!?]+$/u, '').length + from;
    if (from < end && end >= d.end - 1) out.push({ start: from, end, kind: 'indirect', attribution: d.attribution, group: d.group, rule: 'paraphrase-with-partial-quote', full: true });
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
    return host ? { ...d, group: host.group } : d;
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
      ...textSpan(text, d.start, d.end),
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
