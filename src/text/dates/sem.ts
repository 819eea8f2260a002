// What a parser understood, before any reference date is applied. Parsers build these; refiners combine them;
// 3-resolve.ts turns them into TimeML values against the article's reference date.

/** Calendar units a relative expression can count in. */
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** TimeML `mod` values this extractor sets. */
export type Mod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'MORE_THAN'
  | 'LESS_THAN'
  | 'EQUAL_OR_MORE'
  | 'EQUAL_OR_LESS';

/** A part of a year: quarter (Q1-Q4, QX when unknown), half (H1, H2) or season (SP, SU, FA, WI). */
export type YearPart = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'QX' | 'H1' | 'H2' | 'SP' | 'SU' | 'FA' | 'WI';

/**
 * The meaning of one date expression. `year: null` means the text did not state it; `yearOffset` says the year
 * was given relative to the reference date ("October this year" = 0, "June last year" = -1).
 */
export type Sem =
  | {
      readonly kind: 'cal';
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number | null;
      readonly yearOffset: number | null;
      /** "last April" (-1), "this April" (0), "next April" (1): the month's nearest occurrence in that direction. */
      readonly dir?: -1 | 0 | 1;
      /** The words before the date speak of the future (tense.ts): a year left out is read forward. */
      readonly future?: boolean;
      /** The clause around the date is plainly in the past (tense.ts): a year left out is read backward. */
      readonly past?: boolean;
      /** A past verb governs the month ("erupted in January"): only a month begun by the reference date fits. */
      readonly done?: boolean;
      /** "the week of March 6": the ISO week holding the day (YYYY-Wnn). */
      readonly weekOf?: boolean;
      /** "Monday, Dec. 14", "Friday the 26th": the stated weekday (1 = Monday) picks the year or month left out. */
      readonly weekday?: number;
    }
  | {
      readonly kind: 'rel';
      readonly unit: Unit;
      readonly offset: number;
      readonly ago?: boolean;
      /** "two weeks later", "three days earlier": counted from the last date the story stated, if any. */
      readonly anchored?: boolean;
      readonly weekend?: boolean;
      readonly latest?: boolean;
    }
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly dir: -1 | 0 | 1;
      readonly future?: boolean;
      /**
       * The clause places it in the past: a past verb, or a reporting verb ("said Sunday"). A weekday with no cue
       * either way may follow the same weekday named ahead elsewhere in the story (extract/dates.ts).
       */
      readonly past?: boolean;
      /** "Tuesday of next week" (1), "Monday of last week" (-1): that day of the week this many weeks away. */
      readonly week?: number;
    }
  | {
      readonly kind: 'part';
      readonly part: YearPart;
      readonly year: number | null;
      readonly yearOffset: number | null;
      /** "the quarter", "the latest quarter": the last completed one. */
      readonly latest?: boolean;
      /** "the 1988 period": a quarter only in an article about quarterly results, else the year. */
      readonly period?: boolean;
      /**
       * A month inside the part ("the September quarter", a season's middle month): with no year stated or
       * placed, the part takes the year of that month nearest the reference date, as a bare month does.
       */
      readonly month?: number;
      /** No year stated and the clause is plainly past (tense.ts): a quarter not yet begun is last year's. */
      readonly past?: boolean;
      /** No year stated and the clause speaks of the future: "would not wait for the spring" is the next one. */
      readonly future?: boolean;
    }
  | {
      readonly kind: 'holiday';
      readonly name: string;
      readonly year: number | null;
      /** "last Christmas" (-1), "this Christmas" (0), "next Christmas" (1), or null for the nearest. */
      readonly dir: -1 | 0 | 1 | null;
    }
  | {
      readonly kind: 'anaphor';
      readonly unit: Unit;
      readonly offset: number;
      /** "the previous Friday" (offset -1), "the following Monday" (1): that weekday, counted from the anchor day. */
      readonly weekday?: number;
      /** "that summer", "the following spring": the season of the anchor's year (unit 'year'). */
      readonly season?: 'SP' | 'SU' | 'FA' | 'WI';
    }
  | { readonly kind: 'decade'; readonly prefix: string }
  | { readonly kind: 'century'; readonly prefix: string }
  | { readonly kind: 'ref'; readonly value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { readonly kind: 'duration'; readonly value: string }
  /** A recurring time (TimeML SET): P1D for "every day", XXXX-WXX-1 for "every Monday". */
  | { readonly kind: 'set'; readonly value: string }
  /** A time of day: `clock` is HH:MM or a TimeML day part (MO, AF, EV, NI); `day` the day it falls on, if stated. */
  | { readonly kind: 'time'; readonly day: Sem | null; readonly clock: string }
  | { readonly kind: 'range'; readonly from: Sem; readonly to: Sem };

/** A date expression found in a sentence: absolute offsets into `doc.text`, the parser that made it, its meaning. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** The parser or refiner that produced it (kept as the mention's provenance rule). */
  readonly rule: string;
  readonly sem: Sem;
  readonly mod: Mod | null;
  /**
   * For a range joined from two dates the text wrote apart ("from Aug. 26 to Oct. 20", "between 1994 and 1997"):
   * the two ends, each with its own offsets, which are output as one mention each (TimeML's convention).
   */
  readonly ends?: readonly [Candidate, Candidate];
}

/** The calendar-date variant of Sem. */
export type CalSem = Extract<Sem, { kind: 'cal' }>;

/** A calendar date with only the fields the text stated. */
export function cal(
  year: number | null,
  month: number | null,
  day: number | null,
  yearOffset: number | null = null,
): CalSem {
  return { kind: 'cal', year, month, day, yearOffset };
}
