// Stretches of time whose length the text leaves open: "in recent years", "in coming weeks", "for years", "within
// weeks", "the first time in decades", "many more months". TimeML writes them as durations with an unknown count:
// PXY, PXW. The span is the unit phrase alone ("recent years", "weeks"): the preposition is not part of a TimeML
// extent.
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';

/** A plural unit to its TimeML duration letter; decades count in years (TimeML has no decade unit). */
const UNIT_VALUE: ReadonlyMap<string, string> = new Map([
  ['years', 'PXY'],
  ['decades', 'PXY'],
  ['quarters', 'PXQ'],
  ['months', 'PXM'],
  ['weeks', 'PXW'],
  ['days', 'PXD'],
  ['hours', 'PTXH'],
  ['minutes', 'PTXM'],
]);

/** "recent years", "coming weeks": the recent or coming stretch, of no stated length. */
const RECENT_OR_COMING = /\b(?:recent|coming)\s+(years|decades|quarters|months|weeks|days)(?![\w-])/gi;

/**
 * "for years", "within weeks", "the first time in decades": a bare plural unit after a preposition of extent, but
 * not a measure of something else ("decades of work", "days old").
 */
const FOR_UNITS = /(?<=\b(?:for|within|in)\s+)(years|decades|months|weeks|days|hours)(?![\w-])(?!\s+(?:old|of)\b)/gi;

/** "over the years", "in the weeks ahead": the stretch the story has run through, or has before it. */
const THE_UNITS = /(?<=\bover\s+)the\s+(years|decades|months|weeks)\b|\bthe\s+(years|months|weeks|days)\s+ahead\b/gi;

/** "many years", "many more months": a long stretch of no stated length. */
const MANY_UNITS = /\bmany\s+(?:more\s+)?(years|decades|months|weeks|days|hours)(?![\w-])(?!\s+(?:old|of)\b)/gi;

function periodCandidate(parser: string, m: RegExpMatchArray, ctx: ParseContext) {
  const value = UNIT_VALUE.get((m[1] ?? m[2] ?? '').toLowerCase());
  return value === undefined ? null : candidate(parser, m, ctx, { kind: 'duration', value });
}

export const recentPeriod: DateParser = {
  name: 'vague-period',
  trigger: /recent|coming/i,
  pattern: RECENT_OR_COMING,
  build(m, ctx: ParseContext) {
    return periodCandidate(this.name, m, ctx);
  },
};

export const forUnits: DateParser = {
  name: 'vague-period',
  trigger: /\b(?:for|within|in)\s+(?:years|decades|months|weeks|days|hours)\b/i,
  pattern: FOR_UNITS,
  build(m, ctx: ParseContext) {
    return periodCandidate(this.name, m, ctx);
  },
};

export const theUnits: DateParser = {
  name: 'vague-period',
  trigger: /\bover\s+the\s+(?:years|decades|months|weeks)\b|\bahead\b/i,
  pattern: THE_UNITS,
  build(m, ctx: ParseContext) {
    return periodCandidate(this.name, m, ctx);
  },
};

export const manyUnits: DateParser = {
  name: 'vague-period',
  trigger: /\bmany\s/i,
  pattern: MANY_UNITS,
  build(m, ctx: ParseContext) {
    return periodCandidate(this.name, m, ctx);
  },
};
