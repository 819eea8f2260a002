// The story's own time. A story about the past sets its frame with an explicit year or full date at the head of a
// sentence ("In March 1986, ...", "On June 2, 1998, ..."); the partial dates that follow ("March 6", "Feb. 2") are
// days of that time, not of the week the article was published. A per-paragraph frame was tried first and hurt
// TimeBank, whose business stories quote a past year in passing and go on with this year's months; so the frame
// here is narrow:
// - only a date that opens its sentence (after at most a preposition or a connective) sets it, and only when its
//   clause does not speak of the future and its year lies before the reference year;
// - it lasts FRAME_SENTENCES sentences past the last sentence that set or used it, and ends at once at any date
//   read against the publication date ("yesterday", "last week", "this year", "Friday", "now") or at another
//   explicit year that does not open its sentence;
// - it gives a year only to a month or a month and day that states none, with no direction ("last April") and no
//   future cue, that itself opens its sentence ("On March 6, workers struck") or shares the sentence that set the
//   frame: a month deep in a later clause ("cited by police in December") is as often the present again. The year
//   is the one nearest after the frame's own date (a narrative moves forward).
import type { Ymd } from '../../../text/dates/calendar';
import type { ParseContext } from '../../../text/dates/parser';
import type { CalSem, Candidate, Sem } from '../../../text/dates/sem';
import { tenseAt } from '../../../text/dates/tense';
import { impliedYear } from './nearest';

/** How many sentences a frame outlives the last sentence that set or used it. */
export const FRAME_SENTENCES = 4;

/** What may stand before a frame-setting date in its sentence: "In", "On", "But in", "Back in", "Then, on". */
const FRAME_LEAD =
  /^[\s"'“‘(_-]*(?:(?:but|and|then|back|so|by|early|late)\s*,?\s+)?(?:(?:in|on|during|by|until|since|from|early|late|back\s+in)\s+)?(?:the\s+)?$/i;

/** A future verb just after a date ("On March 6, workers will strike"): the clause is not the story's past. */
const FUTURE_AFTER = /^[^.;:]*\b(?:will|shall|won['’]t|is\s+to|are\s+to|plans?\s+to|expected\s+to)\b|^[^.;:]*['’]ll\b/i;
const FUTURE_AFTER_WINDOW = 40;

/** The past the story has placed itself in. */
export interface StoryFrame {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  /** Index of the last sentence that set or used the frame. */
  readonly sentence: number;
  /** Set inside its sentence, not at its head: it holds for the rest of that sentence only. */
  readonly local?: boolean;
}

/** "since 2021, when fires destroyed ... in August": a clause about that year follows. */
const WHEN_AFTER = /^,?\s+when\b/i;
const SINCE_BEFORE = /\bsince\s+$/i;

/** The stated calendar end of a date that states its year ("March 1986", "June 2, 1998", "from 1986 to 1988"). */
function statedCal(sem: Sem): CalSem | null {
  if (sem.kind === 'range') return statedCal(sem.from);
  return sem.kind === 'cal' && sem.year !== null && sem.yearOffset === null ? sem : null;
}

/**
 * "Last year", "two years ago" opening a sentence place it in that year as an explicit year would ("Last year, the
 * holiday began on January 22"): the year counted back from the reference date.
 */
function pastYear(sem: Sem, ref: Ymd | null): CalSem | null {
  if (ref === null || sem.kind !== 'rel' || sem.unit !== 'year' || sem.offset >= 0 || sem.anchored === true)
    return null;
  return { kind: 'cal', year: ref.year + sem.offset, month: null, day: null, yearOffset: null };
}

/** Meanings read against the publication date: the story has come back to the present. */
function deictic(sem: Sem): boolean {
  if (sem.kind === 'rel') return sem.anchored !== true;
  if (sem.kind === 'weekday') return true;
  if (sem.kind === 'ref') return sem.value === 'PRESENT_REF' || sem.value === 'FUTURE_REF';
  if (sem.kind === 'time') return sem.day === null || deictic(sem.day);
  if (sem.kind === 'cal' || sem.kind === 'part') return sem.yearOffset !== null;
  return false;
}

/** Longest lead FRAME_LEAD can match; a date further into its sentence does not open it (and is not rescanned). */
const MAX_LEAD = 32;

/** True when the candidate opens its sentence, after at most a preposition or a connective. */
function opensSentence(c: Candidate, ctx: ParseContext): boolean {
  const at = c.start - ctx.offset;
  return at <= MAX_LEAD && FRAME_LEAD.test(ctx.sentence.slice(0, at));
}

/** A frame the candidate sets, when it opens a past-tense sentence with an explicit year before the reference. */
function frameOf(c: Candidate, ctx: ParseContext, ref: Ymd | null, sentence: number): StoryFrame | null {
  const stated = statedCal(c.sem) ?? pastYear(c.sem, ref);
  if (stated === null || stated.year === null || stated.weekOf === true) return null;
  if (ref !== null && stated.year >= ref.year) return null;
  const at = c.start - ctx.offset;
  if (tenseAt(ctx.sentence, at, c.end - ctx.offset) === 1) return null;
  const frame = { year: stated.year, month: stated.month, day: stated.day, sentence };
  if (opensSentence(c, ctx)) return frame;
  // Deeper in its sentence, a past month with its year ("began in December 2018 and lasted 35 days, ending in late
  // January") or a year that a "when" clause follows frames the rest of that sentence only.
  const whenAfter = WHEN_AFTER.test(ctx.sentence.slice(c.end - ctx.offset, c.end - ctx.offset + 8));
  // "has been on alert since August 2011, and last erupted in January": a state running until now, no point the
  // narrative moves on from (unless a "when" clause tells of that time: "since 2021, when fires ... in August").
  if (!whenAfter && SINCE_BEFORE.test(ctx.sentence.slice(Math.max(0, at - 8), at))) return null;
  return stated.month !== null || whenAfter ? { ...frame, local: true } : null;
}

/**
 * The frame after candidate `c` of sentence `sentence`: set, kept, or ended. `frame` is the one before it.
 */
export function nextFrame(
  frame: StoryFrame | null,
  c: Candidate,
  ctx: ParseContext,
  ref: Ymd | null,
  sentence: number,
): StoryFrame | null {
  const set = frameOf(c, ctx, ref, sentence);
  if (set !== null) return set;
  if (frame === null) return null;
  if (sentence - frame.sentence > FRAME_SENTENCES || deictic(c.sem)) return null;
  const stated = statedCal(c.sem);
  if (stated !== null && stated.year !== frame.year) return null;
  return frame;
}

/** True when a year-less calendar date may take the frame's year (see the file comment). */
export function framed(sem: CalSem): boolean {
  return (
    sem.year === null &&
    sem.month !== null &&
    sem.yearOffset === null &&
    sem.dir === undefined &&
    sem.future !== true &&
    sem.weekOf !== true
  );
}

/** A year-less calendar date, or a range of them ("from April 11 to May 19"), that may take the frame's year. */
function framedSem(sem: Sem): boolean {
  if (sem.kind === 'range') return framedSem(sem.from) && framedSem(sem.to);
  return sem.kind === 'cal' && framed(sem);
}

/**
 * The year a framed month (and day) takes: the nearest occurrence after the frame's date, else the frame year.
 * Another month than the frame's is the next one after it ("took over in August 2023, signed a new contract in
 * June" is June 2024); the frame's own month with a day may fall just before the frame's day.
 */
export function frameYear(frame: StoryFrame, month: number, day: number | null): number {
  if (frame.month === null) return frame.year;
  const at: Ymd = { year: frame.year, month: frame.month, day: frame.day ?? 1 };
  return impliedYear(at, month, day, month === frame.month ? null : 1, 1);
}

/** The frame still live at sentence `sentence` (not yet expired), else null. */
export function liveFrame(frame: StoryFrame | null, sentence: number): StoryFrame | null {
  return frame !== null && sentence - frame.sentence <= FRAME_SENTENCES ? frame : null;
}

/** The frame a candidate may take its year from: a live frame, when the candidate opens its sentence or shares it. */
export function frameFor(
  frame: StoryFrame | null,
  c: Candidate,
  ctx: ParseContext,
  sentence: number,
): StoryFrame | null {
  const live = liveFrame(frame, sentence);
  if (live === null || !framedSem(c.sem)) return null;
  if (live.local === true && live.sentence !== sentence) return null;
  // "peaked at 38pc in May 2023, fell to 11.8pc in May": the same month named again inside the sentence is another
  // May (a statistic's latest), not the frame's.
  if (live.local === true && c.sem.kind === 'cal' && c.sem.month === live.month) return null;
  const rest = ctx.sentence.slice(c.end - ctx.offset, c.end - ctx.offset + FUTURE_AFTER_WINDOW);
  if (FUTURE_AFTER.test(rest)) return null;
  return live.sentence === sentence || opensSentence(c, ctx) ? live : null;
}
