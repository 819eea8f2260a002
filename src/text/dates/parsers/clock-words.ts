// Clock times told in words rather than with a.m./p.m.: "half past three", "quarter to five", "ten past 9",
// "twenty minutes past eight in the evening", "9 o'clock", "11ish", "4 in the morning" (a TIMEX3 TIME in
// TimeBank), "in the afternoon at 7". A bare number is never a time: every match needs "past"/"to" with a
// fraction or minutes, "o'clock", "-ish", or a part of the day with a preposition before the hour.
import type { DateParser, ParseContext } from '../parser';
import { before, candidate } from '../parser';
import { cardinalValue } from '../../lexicon/numbers';

const HOUR = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const TENS = '(?:twenty|thirty|forty|fifty)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** Minutes before "past"/"to": "10", "ten", "twenty-five", "thirty six". */
const MINUTES = `(\\d{1,2}|${TENS}(?:[\\s-]${UNITS})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS})`;
const PART = '(?:\\s+(in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|tonight))?';

/** "half past three", "a quarter to five", "ten past 9", "20 minutes to eight", with a part of the day after. */
const PAST_TO = new RegExp(
  `\\b(?:(half|(?:a\\s+)?quarter)|${MINUTES}(\\s*(?:minutes?|mins?))?)\\s+(past|after|to|before)\\s+${HOUR}(?:\\s*o['’]?\\s?clock)?(?![\\w:])${PART}`,
  'gi',
);

/** "9 o'clock", "nine oclock", "11ish", "4 in the morning" (the last only after a preposition, checked in build). */
const HOUR_CUE = new RegExp(
  `\\b${HOUR}(?:(\\s*o['’]?\\s?clock|ish)|(?=\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)))${PART}(?![\\w'’-])`,
  'gi',
);

/** "in the afternoon at 7", "in the morning at 9:30". */
const PART_FIRST = new RegExp(
  `\\b(in\\s+the\\s+(?:morning|afternoon|evening))\\s+at\\s+${HOUR}(?::(\\d{2}))?(?:\\s*o['’]?\\s?clock)?(?![\\w:-]|\\.\\d)`,
  'gi',
);

/** "seven p.m.", "seven thirty p.m.", "eleven a.m.": a word hour needs the dotted a.m. ("one am" is a verb). */
const WORD_HOUR_HALF = new RegExp(
  `\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+${MINUTES})?\\s+(a\\s?\\.\\s?m(?:\\s?\\.)?|p\\s?\\.\\s?m(?:\\s?\\.)?|pm)(?![\\w])`,
  'gi',
);

/** Prepositions that make "4 in the morning" a time rather than a count ("killed 4 in the morning raid"). */
const HOUR_PREPOSITION = /\b(?:at|by|until|till|from|around|about|before|after|since|to)\s+$/i;

/** "HH:MM" of an hour (1-12) on a clock face, moved to the afternoon or evening by the part of day. */
function clockFace(hour: number, minute: number, part: string | undefined): string | null {
  if (hour < 0 || hour > 12 || minute < 0 || minute > 59) return null;
  const p = (part ?? '').toLowerCase();
  let h = hour;
  if (/afternoon|evening|tonight/.test(p) && h < 12) h += 12;
  else if (/night/.test(p) && h >= 6 && h < 12) h += 12;
  else if (/morning/.test(p) && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function timeCandidate(parser: string, m: RegExpMatchArray, ctx: ParseContext, clock: string | null) {
  return clock === null ? null : candidate(parser, m, ctx, { kind: 'time', day: null, clock });
}

export const pastToClock: DateParser = {
  name: 'clock-words',
  // A count or fraction right before the relation word: "to" alone is in nearly every sentence.
  trigger:
    /(?:\d|half|quarter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|mins?|minutes)\s+(?:past|to|after|before)\s/i,
  pattern: PAST_TO,
  build(m, ctx: ParseContext) {
    const [, fraction, minutes, minuteWord, relation = '', hourWord = '', part] = m;
    const hour = cardinalValue(hourWord);
    const f = (fraction ?? '').toLowerCase();
    const count = fraction !== undefined ? (f === 'half' ? 30 : 15) : cardinalValue(minutes ?? '');
    if (hour === null || hour < 1 || count === null || count < 1 || count > 59) return null;
    const back = /^(?:to|before)$/i.test(relation);
    // "ten to nine" and "3 after 5" are as often scores or counts: only fractions or stated minutes go there.
    if (minuteWord === undefined && fraction === undefined && (back || /after/i.test(relation))) return null;
    if (f === 'half' && back) return null;
    const clock = back ? clockFace(hour - 1, 60 - count, part) : clockFace(hour, count, part);
    return timeCandidate(this.name, m, ctx, clock);
  },
};

export const hourCueClock: DateParser = {
  name: 'clock-words',
  trigger:
    /clock|\dish|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)/i,
  pattern: HOUR_CUE,
  build(m, ctx: ParseContext) {
    const [, hourWord = '', cue, part] = m;
    const hour = cardinalValue(hourWord);
    if (hour === null || hour < 1 || hour > 12) return null;
    if (cue === undefined && !HOUR_PREPOSITION.test(before(m, ctx))) return null;
    return timeCandidate(this.name, m, ctx, clockFace(hour, 0, part));
  },
};

export const partFirstClock: DateParser = {
  name: 'clock-words',
  trigger: /(?:morning|afternoon|evening)\s+at\s/i,
  pattern: PART_FIRST,
  build(m, ctx: ParseContext) {
    const [, part, hourWord = '', minutes] = m;
    const hour = cardinalValue(hourWord);
    if (hour === null || hour < 1 || hour > 12) return null;
    return timeCandidate(this.name, m, ctx, clockFace(hour, minutes === undefined ? 0 : Number(minutes), part));
  },
};

export const wordHourClock: DateParser = {
  name: 'clock-words',
  trigger: /\s[ap]\s?\.\s?m|\spm\b/i,
  pattern: WORD_HOUR_HALF,
  build(m, ctx: ParseContext) {
    const [, hourWord = '', minutes, half = ''] = m;
    const hour = cardinalValue(hourWord);
    const minute = minutes === undefined ? 0 : cardinalValue(minutes);
    if (hour === null || minute === null || minute > 59) return null;
    const pm = half.toLowerCase().startsWith('p');
    const h = pm ? (hour % 12) + 12 : hour % 12;
    return timeCandidate(this.name, m, ctx, `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  },
};
