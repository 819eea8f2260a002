// "2030", "in 1998", "2019-2021", "1998-99", "2023/24", "fiscal 1999", "FY2022", "the year 2000".
import type { DateParser, ParseContext } from '../parser';
import { DIGIT_TRIGGER, after, before, candidate } from '../parser';
import { cal } from '../sem';

/** A four-digit year, optionally a range to a second year, optionally after "fiscal (year)", "FY" or "the year". */
const YEAR =
  /\b(?:(fiscal(?:\s+year)?|FY|the\s+year)\s*)?((?:1[0-9]|20|21)\d\d)(?:\s*[-–]\s*(\d{4}|\d{2})|\/(\d{2}))?(?![\w'’]?\d)/gi;

/** Bare numbers this far from the present need a cue word before them to count as years. */
const PLAIN_YEAR_MIN = 1900;
const PLAIN_YEAR_MAX = 2099;

/** Longest span a "1998-2003" year range may cover before it looks more like a score or an identifier. */
const MAX_RANGE_YEARS = 50;

/** Words before a number that make it a year even outside the plain range. */
const YEAR_CUE_BEFORE =
  /\b(?:in|since|by|until|till|of|from|to|through|during|before|after|year|early|late|mid|around|circa|c\.)\s*-?\s*$/i;

/** Signs that the number is an amount, a code or a count rather than a year. */
const NOT_YEAR_BEFORE =
  /(?:[$€£¥#@]|\b(?:No|no|number|Nos?\.|page|pages|p\.|pp\.|flight|Flight|route|Route|room|Room|model|Model|version|v|rank|ranked|bill|Bill|H\.R\.|S\.)\.?\s*|[\d][,.]|(?<!\bmid)[-/:.])\s*$/;
const NOT_YEAR_AFTER =
  /^(?:\s*(?:%|percent|per\s*cent|[-–]?\s*(?:meter|metre|foot|feet|mile|kilometer|km|kg|pound|ton)s?\b|(?:people|persons|residents|employees|workers|jobs|troops|soldiers|shares|units|votes|cases|deaths|members|students|children|men|women|miles|yards|points|seats|cars|homes|houses|acres|tons|barrels|rooms|beds|calories)\b)|[,.:/]\d|\s*(?:[ap]\.?m\.?|GMT|EST|EDT|UTC)\b)/i;

function rangeEnd(first: number, second: string | undefined): number | null {
  if (second === undefined) return null;
  let end = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  // "1999-00": a split year rolls over into the next century ("1998-45" stays no year).
  if (second.length === 2 && end + 100 === first + 1) end += 100;
  return end > first && end - first <= MAX_RANGE_YEARS ? end : null;
}

export const yearParser: DateParser = {
  name: 'year',
  trigger: DIGIT_TRIGGER,
  pattern: YEAR,
  build(m, ctx: ParseContext) {
    const [, cue, y = '', dashed, slashed] = m;
    const second = dashed ?? slashed;
    const year = Number(y);
    const left = before(m, ctx, 16);
    if (NOT_YEAR_BEFORE.test(left) || NOT_YEAR_AFTER.test(after(m, ctx, 16))) return null;
    const plain = year >= PLAIN_YEAR_MIN && year <= PLAIN_YEAR_MAX;
    if (!plain && cue === undefined && !YEAR_CUE_BEFORE.test(left)) return null;
    const end = rangeEnd(year, second);
    if (second !== undefined && end === null) return null;
    // "2023-24", "FY2024-25", "2023/24": a fiscal year or a season across two calendar years, named (as fiscal
    // years are) by the year it ends in; "2019-2021" is a range of years.
    const split = end !== null && second?.length === 2 && end === year + 1;
    const sem =
      end === null || split
        ? cal(end ?? year, null, null)
        : { kind: 'range' as const, from: cal(year, null, null), to: cal(end, null, null) };
    return candidate(cue === undefined ? this.name : 'fiscal-year', m, ctx, sem);
  },
};
