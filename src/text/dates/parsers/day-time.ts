// Times of day without a.m./p.m.: 24-hour clocks with a cue ("at 18:00 UTC", "14:55" after a written date, "by
// 21:30", wire copy's "1630 GMT"), parts of a day named alone ("in the morning" -> "the morning", "mid-afternoon",
// "early morning", "later in the evening": TimeBank annotates each one it holds), and abbreviated weekdays before a
// day or a clock time ("Mon 13th", "Sat at 5"), which the weekday parser leaves out ("Sun Microsystems").
import { CLOCK_ZONES, WEEKDAYS, zoneDesignator } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { after, before, candidate } from '../parser';
import type { Mod, Sem } from '../sem';
import { cal } from '../sem';
import { futureBefore, pastOrReported } from '../tense';

const ZONE = `(?:\\s+(?:${CLOCK_ZONES}|CET|CEST)\\b)?`;
/** "18:00", "9:30:15", "21h30", with "hrs" or a zone after. */
const CLOCK_24 = new RegExp(`\\b([01]?\\d|2[0-3])[:h]([0-5]\\d)(?::([0-5]\\d))?(?![\\d:])(\\s*hrs\\b)?(${ZONE})`, 'g');
/** Words before a 24-hour clock that make it a time: "at", "by", "until", ... or a written date ("23.04.2022"). */
const CLOCK_CUE_BEFORE =
  /(?:\b(?:at|@|by|until|till|from|before|after|around|about|since|to)\s+|\d[./-]\d{1,2}[./-]\d{2,4},?\s+|@\s*)$/i;

const PART_ALONE =
  /\b(?:(early|late|mid)[\s-]?|(later|earlier)\s+in\s+the\s+|(in\s+the\s+))(morning|afternoon|evening|night-?time)\b(?![\w'’-])/gi;
/** "the morning of June 5" (the date carries it), "the morning raid", "the evening news": no time of day. */
const PART_NOT_TIME_AFTER =
  /^\s+(?:of|raids?|attacks?|sessions?|news|papers?|shows?|rush|traffic|trading|prayers?|editions?|shifts?|meetings?|briefings?|commute|services?|mass|light|star|post|calls?)\b/i;
const PART_CODES: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night-time', 'NI'],
  ['nighttime', 'NI'],
]);
const PART_MODS: ReadonlyMap<string, Mod> = new Map([
  ['early', 'START'],
  ['earlier', 'START'],
  ['late', 'END'],
  ['later', 'END'],
  ['mid', 'MID'],
]);

const WEEKDAY_ABBR: ReadonlyMap<string, number> = new Map([
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
  ['sun', 7],
]);
/** "Mon 13th", "Sat the 4th" or "Sat at 5" (a bare hour only before punctuation: "Fri at 5.2%" is no time). */
const WEEKDAY_SHORT =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?(?:\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b|\s+at\s+(\d{1,2})(?::([0-5]\d))?(?=\s*(?:[.,;!?)](?!\d)|$)))/g;

export const clock24: DateParser = {
  name: 'time-of-day',
  trigger: /\d[:h][0-5]\d/,
  pattern: CLOCK_24,
  build(m, ctx: ParseContext) {
    const [, h = '', min = '', sec, hrs, zone = ''] = m;
    if (hrs === undefined && zone === '' && !CLOCK_CUE_BEFORE.test(before(m, ctx))) return null;
    if (m[0].includes('h') && !m[0].includes(':') && hrs === undefined && zone === '') return null;
    const clock = `${h.padStart(2, '0')}:${min}${sec === undefined ? '' : `:${sec}`}${zoneDesignator(zone)}`;
    return candidate(this.name, m, ctx, { kind: 'time', day: null, clock });
  },
};

/** Wire copy's four-digit times with a zone: "by 1630 GMT", "at 0900 UTC" (the zone makes it a time, not a count). */
const CLOCK_WIRE = new RegExp(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(GMT|UTC|${CLOCK_ZONES}|CET|CEST)\\b(?![-'’])`, 'g');

export const clockWire: DateParser = {
  name: 'time-of-day',
  trigger: /\d{4}\s+[A-Z]{2,4}\b/,
  pattern: CLOCK_WIRE,
  build(m, ctx: ParseContext) {
    // "10:35 a.m. (0735 GMT)": a conversion in brackets restates the time before it (TimeBank leaves it out).
    if (/\(\s*$/.test(before(m, ctx, 3))) return null;
    const [, h = '', min = '', zone] = m;
    return candidate(this.name, m, ctx, { kind: 'time', day: null, clock: `${h}:${min}${zoneDesignator(zone)}` });
  },
};

export const partAlone: DateParser = {
  name: 'day-part',
  trigger: /morning|afternoon|evening|night-?time/i,
  pattern: PART_ALONE,
  build(m, ctx: ParseContext) {
    const [whole, edge, later, inThe, partWord = ''] = m;
    const part = PART_CODES.get(partWord.toLowerCase());
    if (part === undefined || PART_NOT_TIME_AFTER.test(after(m, ctx))) return null;
    const mod = PART_MODS.get((edge ?? later ?? '').toLowerCase()) ?? null;
    const c = candidate(this.name, m, ctx, { kind: 'time', day: null, clock: part }, mod);
    // TimeML leaves the preposition out: "in the morning" is annotated "the morning".
    const skip = inThe === undefined ? 0 : whole.toLowerCase().indexOf('the');
    return { ...c, start: c.start + skip };
  },
};

export const weekdayShort: DateParser = {
  name: 'weekday',
  trigger: /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/,
  pattern: WEEKDAY_SHORT,
  build(m, ctx: ParseContext) {
    const [, abbr = '', dayOfMonth, hour, minutes] = m;
    const weekday = WEEKDAY_ABBR.get(abbr.toLowerCase()) ?? WEEKDAYS.get(abbr.toLowerCase());
    if (weekday === undefined) return null;
    if (dayOfMonth !== undefined) {
      const n = Number(dayOfMonth);
      return n < 1 || n > 31 ? null : candidate(this.name, m, ctx, { ...cal(null, null, n), weekday });
    }
    const at = m.index ?? 0;
    const future = futureBefore(ctx.sentence, at);
    const past = !future && pastOrReported(ctx.sentence, at, at + m[0].length);
    const day: Sem = { kind: 'weekday', weekday, dir: 0, future, ...(past ? { past } : {}) };
    if (hour === undefined) return null;
    const h = Number(hour);
    if (h < 1 || h > 12) return null;
    const clock = `${String(h).padStart(2, '0')}:${minutes ?? '00'}`;
    return candidate(this.name, m, ctx, { kind: 'time', day, clock });
  },
};
