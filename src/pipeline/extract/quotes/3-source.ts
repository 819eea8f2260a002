// Pass 3: finds the cue and the speaker of each direct quote region, trying the patterns in a fixed order.
import type { QuoteShape } from './2-classify';
import { HEAD_CUE_WINDOW, headAttribution, sentenceAt, tailAttribution, tailRange } from './source-patterns';
import { npAfter } from './speaker-np';
import { activeVerbAfter, sentenceSubject } from './subject';
import type { Token } from './tokens';
import { tokenAt } from './tokens';
import type { Attribution, ParagraphView, PlacedRegion } from './types';

/** A quote opening a sentence right after "Caddell continued:" (same or previous paragraph) takes that cue. */
function colonIntro(pr: PlacedRegion, openPos: number): Attribution | null {
  const before = pr.para.sentences.filter((s) => s.end <= openPos);
  const prev = before[before.length - 1];
  const view: ParagraphView | null = prev ? pr.para : pr.prevPara;
  const sentence = prev ?? pr.prevPara?.sentences[pr.prevPara.sentences.length - 1];
  if (!view || !sentence) return null;
  const h0 = tokenAt(view.tokens, sentence.start);
  const h1 = tokenAt(view.tokens, sentence.end);
  if (view.tokens[h1 - 1]?.text !== ':') return null;
  const a = headAttribution(view.tokens, h0, h1, h1 - h0);
  if (a) return { ...a, rule: `colon-${a.rule}` };
  // "The piece used one of her quotes as its headline: “…”": the subject of the introducing sentence.
  const subject = npAfter(view.tokens, h0, h1);
  const t = subject ? view.tokens[subject.first] : undefined;
  return subject && t?.isCap
    ? {
        speaker: { start: t.start, end: (view.tokens[subject.last] as Token).end },
        cue: null,
        rule: 'colon-subject',
        tailEnd: null,
      }
    : null;
}

/**
 * "Smith said the plan had failed. “We are sad.”": a quote opening a sentence takes the previous sentence's speaker.
 */
function previousSentence(pr: PlacedRegion, openPos: number): Attribution | null {
  const before = pr.para.sentences.filter((s) => s.end <= openPos);
  const prev = before[before.length - 1];
  if (!prev) return null;
  const tokens = pr.para.tokens;
  const h0 = tokenAt(tokens, prev.start);
  const h1 = tokenAt(tokens, prev.end);
  const a = headAttribution(tokens, h0, h1, h1 - h0);
  if (a?.speaker) return { ...a, rule: `previous-sentence-${a.rule}` };
  return introducingSubject(tokens, h0, h1);
}

/** Longest sentence (in tokens) read as introducing the quote after it ("Jones was blunt."). */
export const MAX_INTRO_TOKENS = 14;

/**
 * "Jones was blunt. “We lost.”": a short sentence about a named person (or he/she), with no quote of its own,
 * introduces the quote that opens the next sentence.
 */
function introducingSubject(tokens: readonly Token[], h0: number, h1: number): Attribution | null {
  if (h1 - h0 > MAX_INTRO_TOKENS) return null;
  for (let k = h0; k < h1; k++) if (/^[“”"«»]$/.test(tokens[k]?.text ?? '')) return null;
  const subject = sentenceSubject(tokens, h0, h1);
  const first = subject ? tokens[subject.first] : undefined;
  const last = subject ? tokens[subject.last] : undefined;
  if (!subject || !first || !last || !(first.isCap || first.lower === 'he' || first.lower === 'she')) return null;
  if (first.isCap && /^(?:the|this|that|a|an|it|they|we|i)$/.test(first.lower)) return null;
  return {
    speaker: { start: first.start, end: last.end },
    cue: null,
    rule: 'previous-sentence-subject',
    tailEnd: null,
  };
}

/** "Trump is promising lower taxes and “jobs, jobs, jobs,”": a quote inside a clause belongs to its subject. */
function subjectOf(tokens: readonly Token[], s0: number, h1: number): Attribution | null {
  const far = headAttribution(tokens, s0, h1, h1 - s0, s0);
  if (far?.speaker) return { ...far, rule: `far-${far.rule}` };
  const withVerb = subjectVerb(tokens, s0, h1);
  if (withVerb) return withVerb;
  const subject = sentenceSubject(tokens, s0, h1);
  if (!subject) return null;
  const speaker = { start: (tokens[subject.first] as Token).start, end: (tokens[subject.last] as Token).end };
  return { speaker, cue: null, rule: 'sentence-subject', tailEnd: null };
}

/**
 * "Gingrich cynically dismissed Estonia as the “suburbs of St. Petersburg”": a fragment in the predicate of an
 * active clause is the subject's words. Passives and copulas ("It was dubbed an “informal” summit") are not.
 */
function subjectVerb(tokens: readonly Token[], s0: number, h1: number): Attribution | null {
  const subject = sentenceSubject(tokens, s0, h1);
  const v = subject ? activeVerbAfter(tokens, subject.last, h1) : -1;
  if (!subject || v < 0) return null;
  const at = (i: number): Token => tokens[i] as Token;
  return {
    speaker: { start: at(subject.first).start, end: at(subject.last).end },
    cue: { start: at(v).start, end: at(v).end },
    rule: 'subject-verb-before',
    tailEnd: null,
  };
}

/**
 * The attribution of one quote region: a tail glued to the quote ("…,” he said), then a cue before the opening
 * mark in the same sentence (anywhere in it for a fragment), then a tail in the next sentence ("….” Smith said.),
 * then a colon introduction in the sentence before, then (for a full quote opening its sentence) the speaker of the
 * previous sentence.
 */
export function attributeRegion(text: string, pr: PlacedRegion, shape: QuoteShape): Attribution | null {
  const tokens = pr.para.tokens;
  const tail = tailRange(text, pr, pr.nextOpen);
  const glued = tail && tail[2] ? tailAttribution(tokens, tail[0], tail[1], true) : null;
  if (glued) return glued;
  const openPos = pr.region.open?.start ?? pr.region.start;
  const sentence = sentenceAt(pr, openPos);
  const sentenceStart = sentence?.start ?? pr.para.span.start;
  // A fragment's cue may stand before an earlier quote of the same sentence: said it was “A” and “B”.
  const h0 = tokenAt(tokens, shape === 'full' ? Math.max(pr.prevClose, sentenceStart) : sentenceStart);
  const h1 = tokenAt(tokens, openPos);
  // The subject is looked for after any earlier quote of the sentence, never inside it.
  const s0 = tokenAt(tokens, Math.max(pr.prevClose, sentenceStart));
  const head = headAttribution(tokens, h0, h1, shape === 'full' ? HEAD_CUE_WINDOW : h1 - h0, s0);
  if (head) return head;
  const next = tail && !tail[2] ? tailAttribution(tokens, tail[0], tail[1], false) : null;
  if (next) return next;
  if (h1 !== h0) return shape === 'full' ? subjectOf(tokens, s0, h1) : subjectVerb(tokens, s0, h1);
  return colonIntro(pr, openPos) ?? (shape === 'full' ? previousSentence(pr, openPos) : null);
}
