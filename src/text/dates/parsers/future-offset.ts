// "in two weeks", "in a fortnight", "in three days' time", "in six months": a point that many units after the
// reference date, when the clause speaks of the future ("will leave in two weeks") or says "time". Elsewhere
// "in five years" is a stretch of time ("the lowest level in five years") and stays a duration (duration.ts).
// Days and weeks give a day (ref + 14 days), months a month, years a year: the unit's own precision.
import { COUNT_RE, readCount } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { after, before, candidate } from '../parser';
import type { Sem } from '../sem';
import { futureBefore } from '../tense';

const IN_UNITS = new RegExp(
  `\\bin\\s+(?:(${COUNT_RE})\\s+(day|week|month|year)s?|(a|one|two|three)\\s+(fortnight)s?)(?:['’]s?\\s+time)?(?![\\w'’-])`,
  'gi',
);

/** "is due in a fortnight", "back in two weeks": places a point ahead without a future verb. */
const DUE_BEFORE = /\b(?:due|back|expires?)\s+$/i;

/** "the lowest in 25 years", "the first time in two years": a superlative measures a stretch, whatever the tense. */
const SUPERLATIVE_BEFORE =
  /\b(?:lowest|highest|biggest|largest|smallest|worst|best|first|fastest|slowest|strongest|weakest|longest|shortest|deepest|sharpest|steepest|heaviest|hottest|coldest|wettest|driest|warmest|busiest|most|least|only)\b(?:\s+[\w'’-]+){0,3}\s+$/i;

/** After the count: "in two weeks of talks" measures, it does not place. */
const NOT_AFTER = /^\s*(?:of|from|before|after|since|ago|earlier|later|old)\b/i;

export const futureOffset: DateParser = {
  name: 'future-offset',
  trigger: /\bin\s/i,
  pattern: IN_UNITS,
  build(m, ctx: ParseContext) {
    const [whole, count, unitWord, fortnights, fortnight] = m;
    const at = m.index ?? 0;
    const timeWord = /time$/i.test(whole);
    if (!timeWord && !futureBefore(ctx.sentence, at) && !DUE_BEFORE.test(before(m, ctx, 12))) return null;
    if (NOT_AFTER.test(after(m, ctx, 12)) || SUPERLATIVE_BEFORE.test(before(m, ctx, 40))) return null;
    // "in a few weeks", "in several days": too vague for a day; left to the duration parser.
    if (count !== undefined && /few|several|couple/i.test(count)) return null;
    const n = readCount(count ?? fortnights ?? '');
    if (n === null || n === 0) return null;
    const unit = fortnight !== undefined ? 'fortnight' : (unitWord ?? '').toLowerCase();
    const sem: Sem =
      unit === 'fortnight' || unit === 'week' || unit === 'day'
        ? { kind: 'rel', unit: 'day', offset: n * (unit === 'fortnight' ? 14 : unit === 'week' ? 7 : 1) }
        : { kind: 'rel', unit: unit === 'month' ? 'month' : 'year', offset: n };
    return candidate(this.name, m, ctx, sem);
  },
};
