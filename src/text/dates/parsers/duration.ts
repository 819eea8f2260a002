// Durations: "two days", "six weeks", "a decade", "more than 20 years", "nearly seven hours". A qualifier before the
// count sets TimeML's `mod` (APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS). Typed DURATION with a P...
// value, never a
// calendar date. Hyphenated adjectives ("a two-day summit") are read by unit-adjective.ts.
import { COUNT_RE, readCount } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { after, before, candidate } from '../parser';
import type { Mod } from '../sem';

const DURATION = new RegExp(
  `\\b(?:(nearly|almost|about|around|some|roughly|approximately|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|under|the\\s+(?:past|last|next|first))\\s+)?(${COUNT_RE})\\s+(day|week|month|year|decade|centur(?:y|ies)|hour|minute)s?(?![\\w-])`,
  'gi',
);

const UNIT_LETTER: ReadonlyMap<string, [string, number]> = new Map([
  ['day', ['D', 1]],
  ['week', ['W', 1]],
  ['month', ['M', 1]],
  ['year', ['Y', 1]],
  ['decade', ['Y', 10]],
  ['century', ['Y', 100]],
  ['centuries', ['Y', 100]],
  ['hour', ['TH', 1]],
  ['minute', ['TM', 1]],
]);

/** The TimeML mod a qualifier before the count gives. */
function modOf(qualifier: string | undefined): Mod | null {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:nearly|almost|about|around|some|roughly|approximately)$/.test(q)) return 'APPROX';
  if (q === 'more than' || q === 'over') return 'MORE_THAN';
  if (q === 'less than' || q === 'fewer than' || q === 'under') return 'LESS_THAN';
  if (q === 'at least') return 'EQUAL_OR_MORE';
  if (q === 'at most' || q === 'up to') return 'EQUAL_OR_LESS';
  return null;
}

/** "five years old" is an age. */
const AGE_AFTER = /^\s*old\b/i;

/**
 * "a year" or "one day" is a duration only after a preposition or an approximation ("for a week", "within a
 * year", "nearly a decade"); after an amount it is a rate ("$2 million a year", "700 seats a week").
 */
const SINGLE_COUNT = /^(?:a|an|one)$/i;
const SINGLE_CUE_BEFORE =
  /\b(?:for|in|within|over|after|about|nearly|almost|than|only|just|barely|least|past|last|next|first|take|takes|took|spent|lasted?|up\s+to|by)\s+$/i;

export const durationParser: DateParser = {
  name: 'duration',
  trigger: /day|week|month|year|decade|centur|hour|minute/i,
  pattern: DURATION,
  build(m, ctx: ParseContext) {
    const [, qualifier, count = '', unitWord = ''] = m;
    const n = readCount(count);
    const unit = UNIT_LETTER.get(unitWord.toLowerCase());
    if (n === null || unit === undefined || AGE_AFTER.test(after(m, ctx))) return null;
    if (
      SINGLE_COUNT.test(count) &&
      m[0].toLowerCase().startsWith(count.toLowerCase()) &&
      !SINGLE_CUE_BEFORE.test(before(m, ctx))
    )
      return null;
    const value = unit[0].startsWith('T') ? `PT${n * unit[1]}${unit[0].slice(1)}` : `P${n * unit[1]}${unit[0]}`;
    return candidate(this.name, m, ctx, { kind: 'duration', value }, modOf(qualifier));
  },
};
