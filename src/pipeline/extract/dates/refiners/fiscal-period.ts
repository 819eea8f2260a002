// "the year ended March 31", "the fiscal year ending June 30, 1990", "the year to March 31": a company's twelve
// months named by their last day. That is no calendar year (a year ended March 31, 1989 is mostly 1988), so TimeML
// annotates "the year" as a one-year DURATION whose end the following date states.
import type { Candidate } from '../../../../text/dates/sem';

/**
 * "ended", "ending" right after the year, or "through", "to" before a month or a number ("the year to March 31",
 * "the year through March 2025"): the period is named by its last day. "The year to come" is another thing.
 */
const ENDED_AFTER =
  /^\s+(?:[Ee]nd(?:ed|ing)\b|(?:through|to)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\w-])))/;

/** "the year", "the fiscal year", "its fiscal year": the current year with no direction word. */
const PLAIN_YEAR = /^(?:the|its|their)?\s*(?:fiscal\s+)?year$/i;

function fiscalYear(c: Candidate, text: string): Candidate {
  if (c.sem.kind !== 'rel' || c.sem.unit !== 'year' || c.sem.offset !== 0 || c.mod !== null) return c;
  if (!PLAIN_YEAR.test(text.slice(c.start, c.end)) || !ENDED_AFTER.test(text.slice(c.end, c.end + 12))) return c;
  return { ...c, sem: { kind: 'duration', value: 'P1Y' }, rule: `${c.rule}+fiscal-period` };
}

/** Turns "the year ended <date>" into a one-year duration. */
export function fiscalPeriods(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => fiscalYear(c, text));
}
