import { baselineCompromise } from './baseline/compromise';
import { winkDatesBaseline } from './baseline/dates-wink';
import { quotesCompromise } from './baseline/quotes-compromise';
import { markBody } from './boilerplate/mark-body';
import { extractDates } from './extract/dates';
import { extractMoney } from './extract/money';
import { extractNames } from './extract/names';
import { extractQuotes } from './extract/quotes';
import { normalizePlaces } from './normalize/places';
import { referenceDate } from './normalize/reference-date';
import { resolveEntities } from './resolve/entities';
import { resolvePeople } from './resolve/people';
import { resolveSpeakers } from './resolve/speakers';
import { segmentText } from './segment/sentences';
import type { PresetName } from './preset-names';
import { checkPresetName } from './preset-names';
import type { Stage } from './stage';

/**
 * The one ordered list of stages after ingest. Each line says why it sits where it does.
 * Ingest (bytes/HTML -> fixed text) runs before these, in pipeline.ts.
 */
export const DEFAULT_STAGES: readonly Stage[] = Object.freeze([
  markBody, //          first: every extractor looks inside the body only
  segmentText, //       paragraphs, sentences and the token table (src/text) every extractor reads
  //     before dates: input `published`, else HTML meta, URL, a date line, a dateline, else --reference-date
  referenceDate,
  extractNames, //      people, places and organizations from one reading of the names: one decision per span
  resolvePeople, //     groups person mentions into entities with canonical names and roles
  normalizePlaces, //   gazetteer lookup; uses the article's other places to pick among ambiguous names
  extractDates, //      needs the reference date; independent of the entity stages
  //      after dates (years and dates are never amounts) and normalize/places (place countries pick "$", "Rs", "R")
  extractMoney,
  extractQuotes, //     quotes and reported speech with their cue and speaker mention
  resolveSpeakers, //   after people entities exist: speaker mention -> canonical person or organization
  resolveEntities, //   last: the entity table counts every mention the stages above produced
]);

/**
 * Baseline for measuring people and places: compromise's `.people()` and `.places()` alone over the same body
 * text the default stages see. Used by accuracy and speed comparisons, never by the CLI's default run.
 */
export const BASELINE_STAGES: readonly Stage[] = Object.freeze([
  markBody, //           the same body as the default pipeline
  segmentText, //        the same sentences (unused by compromise, kept so both runs share their preamble)
  baselineCompromise, // compromise's people and places over each body span
]);

/**
 * Named stage lists the CLI can run (`--preset`): the default pipeline, and library-alone baselines that let
 * `eval` and `bench` compare against the libraries on the same body text in the same run.
 */
export const PRESETS: Readonly<Record<PresetName, readonly Stage[]>> = Object.freeze({
  default: DEFAULT_STAGES,
  // compromise's .people(), .places() and .quotations() over the same body: the figures issue 3 and 5 compare to.
  'baseline-compromise': Object.freeze([...BASELINE_STAGES, quotesCompromise]),
  // wink's DATE entities alone (no values): the span baseline for dates.
  'baseline-wink-dates': Object.freeze([markBody, segmentText, referenceDate, winkDatesBaseline]),
});

/** The stages of a named preset; an unknown name is a configuration error naming the value found. */
export function presetStages(name: string): readonly Stage[] {
  return PRESETS[checkPresetName(name)];
}
