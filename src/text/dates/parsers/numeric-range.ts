// Ranges of days written as month/day pairs without a year, as forms and schedules do: "from 10/1 to 11/7",
// "between 10/1-11/7", "from 5/1-5/7/2020". A lone "10/1" is left alone (a score, a fraction, a ratio); only the
// range words around two such pairs make them dates. Order follows options.dayFirst like numeric.ts.
import { isValidDay } from '../calendar';
import type { DateParser, ParseContext } from '../parser';
import { candidate, tenseFlags } from '../parser';
import type { Sem } from '../sem';
import { cal } from '../sem';

const PAIR = '(\\d{1,2})/(\\d{1,2})';
const NUMERIC_RANGE = new RegExp(
  `\\b(?:from|between)\\s+${PAIR}\\s*(?:to|through|until|till|and|-|–)\\s*${PAIR}(?:/(\\d{4}))?(?![\\w/]|\\.\\d)`,
  'gi',
);

function end(a: string, b: string, year: number | null, ctx: ParseContext, flags: object): Sem | null {
  const [month, day] = ctx.dayFirst ? [Number(b), Number(a)] : [Number(a), Number(b)];
  if (!isValidDay(year ?? 2000, month, day)) return null;
  return { ...cal(year, month, day), ...flags };
}

export const numericRange: DateParser = {
  name: 'numeric-range',
  trigger: /\d\/\d/,
  pattern: NUMERIC_RANGE,
  build(m, ctx: ParseContext) {
    const [, a = '', b = '', c = '', d = '', y] = m;
    const year = y === undefined ? null : Number(y);
    const flags = year === null ? tenseFlags(m, ctx) : {};
    const from = end(a, b, year, ctx, flags);
    const to = end(c, d, year, ctx, flags);
    return from === null || to === null ? null : candidate(this.name, m, ctx, { kind: 'range', from, to });
  },
};
