// Joins the parts of one duration the text wrote with "and": "1 hour and 30 minutes", "two years and six months"
// are one TIMEX3 DURATION (PT1H30M, P2Y6M), not two.
import type { Candidate, Sem } from '../../../../text/dates/sem';

/** "and" (with an optional comma) and nothing else between the parts. */
const AND_GAP = /^\s*,?\s*and\s+$/i;

/** Designator order in an ISO 8601 duration; a part may follow only a larger one. */
const ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];

/** "P2Y" -> ["Y", "2"], "PT30M" -> ["TM", "30"]; null for anything with more than one part or no number. */
function part(value: string): [string, string] | null {
  const m = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(value);
  if (!m) return null;
  return [`${m[1] ?? ''}${m[3] ?? ''}`, m[2] ?? ''];
}

/** One DURATION for "<larger unit> and <smaller unit>", or null. */
export function durationParts(left: Candidate, right: Candidate, gap: string): Candidate | null {
  if (left.sem.kind !== 'duration' || right.sem.kind !== 'duration' || !AND_GAP.test(gap)) return null;
  const a = part(left.sem.value);
  const b = part(right.sem.value);
  if (a === null || b === null || ORDER.indexOf(a[0]) >= ORDER.indexOf(b[0])) return null;
  const date = [a, b].filter(([unit]) => !unit.startsWith('T')).map(([unit, n]) => `${n}${unit}`);
  const time = [a, b].filter(([unit]) => unit.startsWith('T')).map(([unit, n]) => `${n}${unit.slice(1)}`);
  const value = `P${date.join('')}${time.length > 0 ? `T${time.join('')}` : ''}`;
  const sem: Sem = { kind: 'duration', value };
  return { start: left.start, end: right.end, rule: `${left.rule}+${right.rule}`, sem, mod: left.mod };
}
