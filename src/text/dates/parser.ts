import type { Candidate, Mod, Sem } from './sem';
import { tenseAt } from './tense';

/** What a parser sees: one sentence of the document and where it starts. */
export interface ParseContext {
  /** The sentence text (a slice of `doc.text`). */
  readonly sentence: string;
  /** Offset of the sentence in `doc.text`; candidates carry absolute offsets. */
  readonly offset: number;
  /** Read 03/04/2022 as 3 April (true) or March 4 (false). */
  readonly dayFirst: boolean;
}

/**
 * One small parser per format (chrono style): a global pattern, and a function that reads one match into a
 * candidate, or null when the match is not a date after all (a score, a version, a count).
 */
export interface DateParser {
  readonly name: string;
  /**
   * A cheap test the sentence must pass before the full pattern runs (a word every match contains). Most
   * sentences hold no date, so this skips most pattern scans.
   */
  readonly trigger: RegExp;
  readonly pattern: RegExp;
  build(match: RegExpMatchArray, ctx: ParseContext): Candidate | null;
}

/** A candidate for the whole match (or for `[from, to)` within the sentence when given). */
export function candidate(
  parser: string,
  match: RegExpMatchArray,
  ctx: ParseContext,
  sem: Sem,
  mod: Mod | null = null,
): Candidate {
  const at = match.index ?? 0;
  return { start: ctx.offset + at, end: ctx.offset + at + match[0].length, rule: parser, sem, mod };
}

/** The sentence text just before a match (at most `width` characters), for guards that look left. */
export function before(match: RegExpMatchArray, ctx: ParseContext, width = 24): string {
  const at = match.index ?? 0;
  return ctx.sentence.slice(Math.max(0, at - width), at);
}

/** The sentence text just after a match (at most `width` characters), for guards that look right. */
export function after(match: RegExpMatchArray, ctx: ParseContext, width = 24): string {
  const end = (match.index ?? 0) + match[0].length;
  return ctx.sentence.slice(end, end + width);
}

/** The tense of the clause around a match (tense.ts): -1 past, 1 future, 0 no cue. */
export function tenseOf(match: RegExpMatchArray, ctx: ParseContext): -1 | 0 | 1 {
  const at = match.index ?? 0;
  return tenseAt(ctx.sentence, at, at + match[0].length);
}

/** The `future` / `past` flags of a calendar sem whose year the text left out, from the tense around the match. */
export function tenseFlags(match: RegExpMatchArray, ctx: ParseContext): { future: boolean; past: boolean } {
  const tense = tenseOf(match, ctx);
  return { future: tense === 1, past: tense === -1 };
}

/** Trigger for parsers whose every match holds a digit. */
export const DIGIT_TRIGGER = /\d/;

/** Trigger for parsers whose every match holds a month name or abbreviation. */
export const MONTH_TRIGGER = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
