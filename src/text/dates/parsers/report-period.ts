// Periods of financial reports named against another one: "last year's quarter", "the corresponding period last
// year", "the quarter a year ago" (the reported quarter, a year before: one mention, not "last year" alone).
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';

const YEAR_AGO = '(?:last\\s+year|the\\s+(?:previous|prior|last)\\s+year|a\\s+year\\s+(?:ago|earlier))';

/** The reported period a year before, said three ways. */
const YEAR_AGO_PERIOD = new RegExp(
  `\\b(?:(?:last|the\\s+previous|the\\s+prior)\\s+year['’]s\\s+(?:same\\s+|comparable\\s+|corresponding\\s+)?(?:quarter|period)` +
    `|the\\s+(?:same|corresponding|comparable)\\s+(?:quarter|period)\\s+(?:of\\s+)?${YEAR_AGO}` +
    `|the\\s+(?:quarter|period)\\s+${YEAR_AGO})(?![\\w-])`,
  'gi',
);

export const yearAgoPeriod: DateParser = {
  name: 'year-ago-period',
  trigger: /quarter|period/i,
  pattern: YEAR_AGO_PERIOD,
  build(m, ctx: ParseContext) {
    return candidate(this.name, m, ctx, { kind: 'part', part: 'QX', year: null, yearOffset: -1, latest: true });
  },
};
