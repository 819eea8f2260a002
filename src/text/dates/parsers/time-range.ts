// Ranges of clock times within one day, kept as one mention like "Dec. 26-27" (TimeML has no single TIMEX3 for
// them; the range bounds carry both ends): "9-10 a.m.", "from 5 to 6pm", "between 4pm and 5pm", "1:00 PM - 1:15
// PM", "from 6:30 to 9 PST", "between 0730-0930". Scores and counts ("won 3-2", "from 5 to 6 percent") have no
// a.m./p.m., zone or o'clock; the only cue-less form is two 24-hour times with minutes after "from"/"between".
import { CLOCK_ZONES } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';
import type { Sem } from '../sem';

const HALF = '([ap](?:\\s?\\.\\s?m(?:\\s?\\.)?|m))';
const ZONE = `(?:\\s+(?:${CLOCK_ZONES})\\b)?`;
const OCLOCK = "(?:\\s*o['’]?\\s?clock)?";
/** One end: "5", "6:30", "7.45", "0730", with an optional a.m./p.m. */
const END = `(\\d{1,2})(?:([:.]?)(\\d{2}))?(?:\\s*${HALF})?`;

const TIME_RANGE = new RegExp(
  `\\b(?:(from|between)\\s+)?${END}${OCLOCK}\\s*(?:-|–|to|till|until|and)\\s*${END}(?![\\w:.]\\w)(${OCLOCK}${ZONE})`,
  'gi',
);

interface ClockEnd {
  readonly hour: number;
  readonly minute: number;
  readonly half: 'a' | 'p' | null;
  /** Written "6:30" or "0730" (not "1.25": a rate, or "1920": a year): a 24-hour time without a.m./p.m. */
  readonly military: boolean;
}

function readEnd(
  h: string,
  sep: string | undefined,
  min: string | undefined,
  half: string | undefined,
): ClockEnd | null {
  const hour = Number(h);
  const minute = min === undefined ? 0 : Number(min);
  if (hour > 23 || minute > 59) return null;
  const letter = half === undefined ? null : (half[0]?.toLowerCase() as 'a' | 'p');
  if (letter !== null && (hour < 1 || hour > 12)) return null;
  const military = min !== undefined && (sep === ':' || (sep === '' && h.startsWith('0')));
  return { hour, minute, half: letter, military };
}

/** 24-hour "HH:MM"; a start without a.m./p.m. takes the end's half when that keeps it before the end. */
function hhmm(e: ClockEnd, lend: 'a' | 'p' | null, endHour: number | null): string {
  let hour = e.hour;
  const half = e.half ?? lend;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (e.half === null && lend === 'p' && endHour !== null && hour > endHour) hour -= 12;
  return `${String(hour).padStart(2, '0')}:${String(e.minute).padStart(2, '0')}`;
}

function timeSem(clock: string): Sem {
  return { kind: 'time', day: null, clock };
}

export const timeRange: DateParser = {
  name: 'time-range',
  trigger: /\d[\s.apm]*(?:-|–|to|till|until|and)\s*\d/i,
  pattern: TIME_RANGE,
  build(m, ctx: ParseContext) {
    const [, open, h1 = '', sep1, min1, half1, h2 = '', sep2, min2, half2, tail = ''] = m;
    const from = readEnd(h1, sep1, min1, half1);
    const to = readEnd(h2, sep2, min2, half2);
    if (from === null || to === null) return null;
    const cued = to.half !== null || from.half !== null || /\S/.test(tail) || /o['’]?\s?clock/i.test(m[0]);
    const military = open !== undefined && from.military && to.military;
    if (!cued && !military) return null;
    if (/and/i.test(m[0]) && open?.toLowerCase() !== 'between') return null;
    const end = hhmm(to, null, null);
    const start = hhmm(from, to.half, Number(end.slice(0, 2)));
    if (start >= end) return null;
    return candidate(this.name, m, ctx, { kind: 'range', from: timeSem(start), to: timeSem(end) });
  },
};
