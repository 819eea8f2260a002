// Times of day as TimeML TIME values: "10 a.m.", "3:15 p.m. ET", "noon", "midnight", "10 p.m. Wednesday",
// "Thursday at 7:15 p.m.", "Thursday night", "this morning", "last night", "tonight". The day part (a weekday or
// today/yesterday/tomorrow) is kept as its own meaning and resolved like any other date; a bare clock time takes
// the reference day.
import { CLOCK_ZONES, WEEKDAYS, WEEKDAY_RE, weekdayCase, zoneDesignator } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';
import type { Sem } from '../sem';
import { futureBefore, pastOrReported } from '../tense';

const ZONE = `(?:\\s+(${CLOCK_ZONES}))?`;
const DAY_WORD = `(?:${WEEKDAY_RE}|today|yesterday|tomorrow)`;
/**
 * "10 a.m.", "3:15pm", "7:56:30 p.m.", "9.am", "3 p . m ." (spelled out in transcripts), "9:00a" (the bare letter only
 * after minutes: "7p" is pence and "9a" an article number), "noon", "12 noon", "midday", "midnight".
 */
const CLOCK = `(?:(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?(?:\\s*|\\.)([ap](?:\\s?\\.\\s?m(?:\\s?\\.)?|m)|(?<=[:.]\\d{2})[ap])(?![\\w])${ZONE}|(?:12\\s+)?(noon|midday|midnight))`;

/** A clock time with an optional day before ("Thursday at") or after ("Wednesday", "on Friday", "today"). */
const CLOCK_TIME = new RegExp(
  `\\b(?:(${DAY_WORD})(?:,?\\s+at)?\\s+)?${CLOCK}(?:,?\\s+(?:on\\s+)?(${DAY_WORD})\\b)?`,
  'gi',
);

/**
 * "overnight" as an adverb, the night just past ("strikes killed 60 people overnight"): at a clause end or before
 * a preposition. Before a noun it names a kind of thing ("the overnight rate", "an overnight stay") and is left out.
 */
const OVERNIGHT = `(overnight)(?=\\s*(?:[,.;:!?)"'’”]|$)|\\s+(?:on|in|into|at|to|from|for|by|and|but|as|after|before|because|until|amid|following|when|while|with|across|near|local)\\b)`;

/**
 * A part of a day: "Thursday night", "this morning", "last night", "yesterday afternoon", "tonight", "overnight".
 */
const DAY_PART = new RegExp(
  `\\b(?:(this|last|${DAY_WORD})\\s+(morning|afternoon|evening|night)\\b|(tonight)\\b|${OVERNIGHT})`,
  'gi',
);

const PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
]);
const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
  ['this', 0],
]);

/** The day a day word names, as a meaning; null for no word. */
function daySem(word: string | undefined, ctx: ParseContext, at: number): Sem | null {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  const offset = DAY_OFFSETS.get(w);
  if (offset !== undefined) return { kind: 'rel', unit: 'day', offset };
  const weekday = WEEKDAYS.get(w);
  if (weekday === undefined || !weekdayCase(word)) return null;
  const future = futureBefore(ctx.sentence, at);
  const past = !future && pastOrReported(ctx.sentence, at, at + word.length);
  return { kind: 'weekday', weekday, dir: 0, future, ...(past ? { past } : {}) };
}

/** "10", "15", "p.m." -> "22:15"; null for an impossible time. */
function clockOf(
  h: string,
  min: string | undefined,
  half: string | undefined,
  word: string | undefined,
): string | null {
  if (word !== undefined) return word.toLowerCase() === 'midnight' ? '24:00' : '12:00';
  let hour = Number(h);
  const minute = min === undefined ? 0 : Number(min);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const pm = (half ?? '').toLowerCase().startsWith('p');
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export const clockTime: DateParser = {
  name: 'time-of-day',
  trigger: /\d[\s.]*[ap](?:\s?\.?\s?m)?\b|noon|midday|midnight/i,
  pattern: CLOCK_TIME,
  build(m, ctx: ParseContext) {
    const [, before, h = '', min, sec, half, zone, word, after] = m;
    const clock = clockOf(h, min, half, word);
    if (clock === null) return null;
    const withSeconds = sec !== undefined && Number(sec) < 60 ? `${clock}:${sec}` : clock;
    const at = m.index ?? 0;
    const day = daySem(before, ctx, at) ?? daySem(after, ctx, at);
    if ((before !== undefined || after !== undefined) && day === null) return null;
    return candidate(this.name, m, ctx, { kind: 'time', day, clock: `${withSeconds}${zoneDesignator(zone)}` });
  },
};

export const dayPart: DateParser = {
  name: 'day-part',
  trigger: /morning|afternoon|evening|night/i,
  pattern: DAY_PART,
  build(m, ctx: ParseContext) {
    const [, dayWord, partWord, tonight, overnight] = m;
    const at = m.index ?? 0;
    if (tonight !== undefined)
      return candidate(this.name, m, ctx, { kind: 'time', day: { kind: 'rel', unit: 'day', offset: 0 }, clock: 'NI' });
    // The night before the reference day, unless the clause looks forward ("will be closed overnight").
    if (overnight !== undefined) {
      const offset = futureBefore(ctx.sentence, at) ? 0 : -1;
      return candidate(this.name, m, ctx, { kind: 'time', day: { kind: 'rel', unit: 'day', offset }, clock: 'NI' });
    }
    const part = PARTS.get((partWord ?? '').toLowerCase());
    if (part === undefined) return null;
    const day: Sem | null =
      (dayWord ?? '').toLowerCase() === 'last'
        ? { kind: 'rel', unit: 'day', offset: part === 'NI' ? -1 : 0 }
        : daySem(dayWord, ctx, at);
    return day === null ? null : candidate(this.name, m, ctx, { kind: 'time', day, clock: part });
  },
};
