// What pass 3 knows of the whole article when it resolves one meaning: the story's anchors, frame and report.
import type { ReportQuarter } from './report-quarter';
import type { Anchor } from './resolve-story';
import type { StoryFrame } from './story-frame';

/** Hints from the whole article. */
export interface ResolveHints {
  /** The last date stated before this one, for "that year", "the following month". */
  readonly anchor: Anchor | null;
  /** The article reports quarterly results: "a year earlier" there means the same quarter a year before. */
  readonly quarterly: boolean;
  /** The first quarter the article stated (report-quarter.ts), which "the quarter" and "a year earlier" follow. */
  readonly reportQuarter?: ReportQuarter | null;
  /** The year each month took when the text last named it: a month named again is the same one. */
  readonly monthYears?: ReadonlyMap<number, number>;
  /**
   * The last stated date when it stands close enough (ANCHOR_SENTENCES in the stage) for "two weeks later" to
   * count from it; null when it is further back, and those count from the reference date instead.
   */
  readonly nearAnchor?: Anchor | null;
  /** The first month stated alone in this mention's own sentence ("fell 4.1% in November from a year earlier"). */
  readonly sentenceAnchor?: Anchor | null;
  /**
   * The last stated full day when it stands as close: "two days later" counts from it when a coarser date came
   * between ("fell on April 29, its weakest since 1990, ... two days later").
   */
  readonly nearDayAnchor?: Anchor | null;
  /** The past the story has placed itself in (story-frame.ts): a month or day without a year takes its year. */
  readonly frame?: StoryFrame | null;
  /** The last quarter the story named ("the third quarter" = 2023-Q3), which "the prior quarter" counts from. */
  readonly lastQuarter?: string | null;
}
