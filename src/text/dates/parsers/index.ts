import type { DateParser } from '../parser';
import {
  anaphorParser,
  dayBeforeAfterParser,
  dayPartAnaphorParser,
  seasonAnaphorParser,
  weekdayAnaphorParser,
} from './anaphor';
import { centuryParser, decadeParser, decadeWordParser } from './decade';
import { durationParser } from './duration';
import { holidayAfterDirection, holidayParser } from './holiday';
import { dayFirst, monthFirst } from './month-day';
import { monthAlone, monthYear } from './month-year';
import { isoDate, numericDate } from './numeric';
import { presentRef } from './present-ref';
import { deicticDay, weekdayParser } from './relative-day';
import { agoParser, unitParser, yearWordParser } from './relative-unit';
import { monthQuarter, ordinalPart, quarterCode, seasonParser, yearQuarter } from './year-part';
import { yearParser } from './year';
import { clockTime, dayPart } from './time-of-day';
import { hourCueClock, partFirstClock, pastToClock, wordHourClock } from './clock-words';
import { timeRange } from './time-range';
import { clock24, clockWire, partAlone, weekdayShort } from './day-time';
import { yearWordsParser } from './year-words';
import { yearAgoPeriod } from './report-period';
import { monthSlash, yearMonth, yearMonthDay, yearMonthDayDigits } from './compact';
import { rankedWeek, weekOf } from './week-of';
import { numericRange } from './numeric-range';
import { futureOffset } from './future-offset';
import { adverbSetParser, everyParser, pluralSetParser } from './set';
import { dayAlone, monthOrdinalWord, ordinalOfMonth } from './ordinal-day';
import { forUnits, manyUnits, recentPeriod, theUnits } from './vague-period';
import { unitAdjective } from './unit-adjective';

/**
 * Every parser, most specific first: when two candidates cover the same span, the one from the earlier parser
 * wins (2-refine keeps the longest candidate, then the earliest in this list).
 */
export const PARSERS: readonly DateParser[] = Object.freeze([
  numericRange,
  timeRange,
  isoDate,
  numericDate,
  yearMonthDay,
  yearMonthDayDigits,
  monthSlash,
  yearMonth,
  weekOf,
  rankedWeek,
  yearAgoPeriod,
  ordinalOfMonth,
  monthOrdinalWord,
  monthFirst,
  dayFirst,
  monthYear,
  ordinalPart,
  quarterCode,
  yearQuarter,
  seasonParser,
  monthQuarter,
  decadeParser,
  decadeWordParser,
  centuryParser,
  agoParser,
  futureOffset,
  everyParser,
  pluralSetParser,
  yearWordParser,
  weekdayAnaphorParser,
  dayPartAnaphorParser,
  anaphorParser,
  seasonAnaphorParser,
  dayBeforeAfterParser,
  holidayParser,
  holidayAfterDirection,
  unitParser,
  clockTime,
  partFirstClock,
  pastToClock,
  hourCueClock,
  wordHourClock,
  clock24,
  clockWire,
  partAlone,
  weekdayShort,
  dayPart,
  deicticDay,
  weekdayParser,
  yearParser,
  dayAlone,
  yearWordsParser,
  monthAlone,
  presentRef,
  recentPeriod,
  theUnits,
  durationParser,
  unitAdjective,
  forUnits,
  manyUnits,
  adverbSetParser,
]);
