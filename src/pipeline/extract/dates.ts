import type { Doc } from '../../model/document';
import type { DateMention } from '../../model/mentions';
import { message } from '../../model/message';
import type { Message } from '../../model/message';
import type { PipelineOptions } from '../options';
import type { Stage } from '../stage';
import { scanSentence, sentenceContexts } from './dates/1-scan';
import { refineSentence } from './dates/2-refine';
import { anchorOf, resolveSem } from './dates/3-resolve';
import type { Anchor, ResolveHints } from './dates/3-resolve';
import { parseYmd } from '../../text/dates/calendar';
import type { ParseContext } from '../../text/dates/parser';
import { tenseAt } from '../../text/dates/tense';
import type { Ymd } from '../../text/dates/calendar';
import type { Candidate, Sem } from '../../text/dates/sem';
import { statedDay, yearLevel } from './dates/story-reference';
import { statedQuarter } from './dates/report-quarter';
import type { ReportQuarter } from './dates/report-quarter';
import type { StoryFrame } from './dates/story-frame';
import { frameFor, liveFrame, nextFrame } from './dates/story-frame';
import type { Resolution } from './dates/time-day';
import { placeClockTimes } from './dates/time-day';

const STAGE = 'extract/dates';

/** Articles about quarterly results, where "a year earlier" means the same quarter a year before. */
const QUARTERLY = /\bquarter/i;

/** How many sentences must speak of a quarter before the article counts as a quarterly report. */
const QUARTERLY_MIN_SENTENCES = 2;

/**
 * How many sentences back the last stated date may stand for "two weeks later" to count from it; further back,
 * the later event is rarely tied to that date ("six years after they took out loans").
 */
const ANCHOR_SENTENCES = 6;

/**
 * The mentions of one candidate: one, or for a range the text wrote as two dates ("from Aug. 26 to Oct. 20") one
 * per end, as TimeML annotates them, each with its own value and both carrying the whole range's bounds.
 */
function toMentions(c: Candidate, text: string, ref: Ymd | null, hints: ResolveHints): DateMention[] {
  if (c.ends === undefined) return [toMention(c, text, ref, hints)];
  const whole = resolveSem(c.sem, ref, hints);
  return c.ends.map((e) => ({
    ...toMention({ ...e, rule: `${e.rule}+range` }, text, ref, hints),
    rangeStart: whole.rangeStart,
    rangeEnd: whole.rangeEnd,
  }));
}

function toMention(c: Candidate, text: string, ref: Ymd | null, hints: ResolveHints): DateMention {
  const r = resolveSem(c.sem, ref, hints);
  return {
    kind: 'date',
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    stage: STAGE,
    rule: c.rule,
    type: r.type,
    value: r.value,
    rangeStart: r.rangeStart,
    rangeEnd: r.rangeEnd,
    inferred: r.inferred,
    mod: c.mod,
  };
}

/**
 * Words that make a date a comparison's baseline, not a point the story moves to: "cut emissions 55% by 2030,
 * compared with 2021 levels, and to zero five years later" counts from 2030. Alone in its sentence ("higher than in
 * 2019. Two years later"), the baseline is still the last date stated.
 */
const BASELINE_BEFORE = /\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than(?:\s+in)?)\s+$/i;
const BASELINE_LOOKBACK = 20;

/** Notes the year a named month took ("April" resolved to 1999-04), for the same month named again. */
function rememberMonth(sem: Sem, value: string | null, monthYears: Map<number, number>): void {
  if (sem.kind !== 'cal' || sem.month === null || value === null) return;
  const m = /^(\d{4})-(\d{2})/.exec(value);
  if (m && Number(m[2]) === sem.month) monthYears.set(sem.month, Number(m[1]));
}

/** True when the anchor lies wholly after the reference date (a plan ahead: "starting April 1"). */
function afterReference(anchor: Anchor, ref: Ymd): boolean {
  const key = (y: number, m: number, d: number): number => y * 10000 + m * 100 + d;
  return key(anchor.year, anchor.month ?? 1, anchor.day ?? 1) > key(ref.year, ref.month, ref.day);
}

/** An anaphor ("the next day") whose own clause looks ahead. */
function futureAnaphor(c: Candidate, ctx: ParseContext): boolean {
  return c.sem.kind === 'anaphor' ? tenseAt(ctx.sentence, c.start - ctx.offset, c.end - ctx.offset) === 1 : true;
}

/** The bare weekday of a meaning (alone, or as the day of a clock time), else null. */
function bareWeekday(sem: Sem): Extract<Sem, { kind: 'weekday' }> | null {
  if (sem.kind === 'time') return sem.day === null ? null : bareWeekday(sem.day);
  return sem.kind === 'weekday' && sem.dir === 0 && sem.week === undefined ? sem : null;
}

/** The same meaning with its bare weekday read forward. */
function ahead(sem: Sem): Sem {
  if (sem.kind === 'time' && sem.day !== null) return { ...sem, day: ahead(sem.day) };
  return sem.kind === 'weekday' ? { ...sem, future: true } : sem;
}

/**
 * A weekday the story names ahead ("Argentines will vote on Sunday") is the same day where it is named again with
 * no tense of its own ("Polls open at 8am and close at 6pm on Sunday", a standfirst's "Voters choose a president
 * on Sunday"): the present of a timetable. A weekday in a past or reported clause ("said Sunday") keeps its own.
 */
function sameWeekdayAhead(perSentence: Candidate[][]): Candidate[][] {
  const forward = new Set<number>();
  for (const c of perSentence.flat()) {
    const w = bareWeekday(c.sem);
    if (w?.future === true) forward.add(w.weekday);
  }
  if (forward.size === 0) return perSentence;
  return perSentence.map((cs) =>
    cs.map((c) => {
      const w = bareWeekday(c.sem);
      if (w === null || w.future === true || w.past === true || !forward.has(w.weekday)) return c;
      return { ...c, sem: ahead(c.sem) };
    }),
  );
}

/**
 * A date in parentheses is an aside ("the 14th Five-Year Plan (2021-2025)"): the story's timeline does not move
 * to it, so "the previous year" after it still counts from the date before.
 */
function aside(c: Candidate, text: string): boolean {
  return text[c.start - 1] === '(' && text[c.end] === ')';
}

/** Info messages saying how dates were resolved when the article has no reference date. */
function noReferenceMessages(ref: Ymd | null, story: Ymd | null, dates: readonly DateMention[]): Message[] {
  if (ref !== null || dates.length === 0) return [];
  const out: Message[] = [];
  if (story !== null)
    out.push(
      message(
        STAGE,
        'reference-from-text',
        'info',
        'no reference date: partial dates took their year from full dates the text states',
      ),
    );
  if (dates.some((d) => d.value === null))
    out.push(
      message(STAGE, 'no-reference-date', 'info', 'no reference date: some relative dates were left without a value'),
    );
  return out;
}

/**
 * Finds date expressions in the body's sentences (TimeML extents: one mention per expression, ranges included)
 * and gives each a TimeML value resolved against `doc.reference`. Durations come out typed DURATION with a
 * P... value. Parsers and refiners live in ./dates/.
 */
export const extractDates: Stage = {
  name: STAGE,
  run(doc: Doc, options: PipelineOptions): Doc {
    const ref = doc.reference ? parseYmd(doc.reference.date) : null;
    const contexts = sentenceContexts(doc, options.dayFirst);
    const perSentence = sameWeekdayAhead(
      contexts.map((ctx) => refineSentence(scanSentence(ctx), doc.text, ctx.offset)),
    );
    const found = perSentence.flat();
    const quarterly = contexts.filter((c) => QUARTERLY.test(c.sentence)).length >= QUARTERLY_MIN_SENTENCES;
    const dates: DateMention[] = [];
    let anchor: Anchor | null = null;
    let reportQuarter: ReportQuarter | null = null;
    const monthYears = new Map<number, number>();
    // Without a reference date, the text's own full dates lend their year (story-reference.ts).
    let story: Ymd | null = ref === null ? (found.map((c) => statedDay(c.sem)).find((d) => d !== null) ?? null) : null;
    let frame: StoryFrame | null = null;
    let anchorSentence = 0;
    let lastQuarter: string | null = null;
    let pastAnchor: Anchor | null = null;
    let dayAnchor: Anchor | null = null;
    let dayAnchorSentence = 0;
    perSentence.forEach((candidates, sentence) => {
      const ctx = contexts[sentence];
      const resolved: Resolution[] = [];
      let sentenceAnchor: Anchor | null = null;
      for (const c of candidates) {
        story = (ref === null ? statedDay(c.sem) : null) ?? story;
        const mentionRef = ref ?? (story !== null && yearLevel(c.sem) ? story : null);
        frame = liveFrame(frame, sentence);
        const framing = ctx ? frameFor(frame, c, ctx, sentence) : null;
        // "told her on Jan. 29 that her rent would rise starting April 1. I found out the next day": an anaphor
        // with no future cue of its own follows the story's last date not after the reference, not a plan ahead.
        const storyAnchor =
          ctx && ref && anchor && afterReference(anchor, ref) && !futureAnaphor(c, ctx)
            ? (pastAnchor ?? anchor)
            : anchor;
        const nearAnchor = sentence - anchorSentence <= ANCHOR_SENTENCES ? anchor : null;
        const nearDayAnchor = sentence - dayAnchorSentence <= ANCHOR_SENTENCES ? dayAnchor : null;
        const hints = {
          quarterly,
          anchor: storyAnchor,
          nearAnchor,
          nearDayAnchor,
          sentenceAnchor,
          reportQuarter,
          monthYears,
          frame: framing,
          lastQuarter,
        };
        const mentions = toMentions(c, doc.text, mentionRef, hints);
        const value = mentions[0]?.value ?? null;
        resolved.push({ candidate: c, mentions });
        rememberMonth(c.sem, value, monthYears);
        if (value !== null && /^\d{4}-Q[1-4]$/.test(value)) lastQuarter = value;
        reportQuarter ??= statedQuarter(c.sem, value, ref);
        const anchored = aside(c, doc.text) ? null : anchorOf(c.sem, value);
        // A baseline does not displace the point its own sentence moved to.
        const baseline =
          anchor !== null &&
          anchorSentence === sentence &&
          BASELINE_BEFORE.test(doc.text.slice(Math.max(0, c.start - BASELINE_LOOKBACK), c.start));
        if (anchored !== null && !baseline) [anchor, anchorSentence] = [anchored, sentence];
        if (anchored !== null && anchored.day !== null) [dayAnchor, dayAnchorSentence] = [anchored, sentence];
        // The month a statistics sentence reports: its first month named alone (not a dateline's "Dec 14").
        if (anchored !== null && anchored.month !== null && anchored.day === null) sentenceAnchor ??= anchored;
        if (anchored !== null && ref !== null && !afterReference(anchored, ref)) pastAnchor = anchored;
        if (framing !== null) frame = { ...framing, sentence };
        if (ctx) frame = nextFrame(frame, c, ctx, ref, sentence);
      }
      dates.push(...placeClockTimes(resolved));
    });
    return { ...doc, dates, messages: [...doc.messages, ...noReferenceMessages(ref, story, dates)] };
  },
};
