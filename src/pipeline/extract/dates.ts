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

/** Notes the year a named month took ("April" resolved to 1999-04), for the same month named again. */
function rememberMonth(sem: Sem, value: string | null, monthYears: Map<number, number>): void {
  if (sem.kind !== 'cal' || sem.month === null || value === null) return;
  const m = /^(\d{4})-(\d{2})/.exec(value);
  if (m && Number(m[2]) === sem.month) monthYears.set(sem.month, Number(m[1]));
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
    const perSentence = contexts.map((ctx) => refineSentence(scanSentence(ctx), doc.text, ctx.offset));
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
    let dayAnchor: Anchor | null = null;
    let dayAnchorSentence = 0;
    perSentence.forEach((candidates, sentence) => {
      const ctx = contexts[sentence];
      const resolved: Resolution[] = [];
      for (const c of candidates) {
        story = (ref === null ? statedDay(c.sem) : null) ?? story;
        const mentionRef = ref ?? (story !== null && yearLevel(c.sem) ? story : null);
        frame = liveFrame(frame, sentence);
        const framing = ctx ? frameFor(frame, c, ctx, sentence) : null;
        const nearAnchor = sentence - anchorSentence <= ANCHOR_SENTENCES ? anchor : null;
        const nearDayAnchor = sentence - dayAnchorSentence <= ANCHOR_SENTENCES ? dayAnchor : null;
        const hints = { quarterly, anchor, nearAnchor, nearDayAnchor, reportQuarter, monthYears, frame: framing };
        const mentions = toMentions(c, doc.text, mentionRef, hints);
        const value = mentions[0]?.value ?? null;
        resolved.push({ candidate: c, mentions });
        rememberMonth(c.sem, value, monthYears);
        reportQuarter ??= statedQuarter(c.sem, value, ref);
        const anchored = aside(c, doc.text) ? null : anchorOf(c.sem, value);
        if (anchored !== null) [anchor, anchorSentence] = [anchored, sentence];
        if (anchored !== null && anchored.day !== null) [dayAnchor, dayAnchorSentence] = [anchored, sentence];
        if (framing !== null) frame = { ...framing, sentence };
        if (ctx) frame = nextFrame(frame, c, ctx, ref, sentence);
      }
      dates.push(...placeClockTimes(resolved));
    });
    return { ...doc, dates, messages: [...doc.messages, ...noReferenceMessages(ref, story, dates)] };
  },
};
