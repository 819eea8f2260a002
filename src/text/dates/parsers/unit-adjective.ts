// Lengths written as adjectives: "a two-year contract", "the 10-hour flight", "a 52-week high", "decades-long
// dispute". TimeML (TimeBank, MEANTIME) annotates the adjective as a DURATION, since it states how long the thing
// lasts; an age ("a 44-year-old man") is no time.
import { readCount } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';

/** Number words an adjective of length is written with (digits are read directly). */
const COUNT_WORD =
  '\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several';

const UNIT_ADJECTIVE = new RegExp(
  `\\b(${COUNT_WORD})-(year|month|week|day|hour|minute|decade)(?![\\w-])|\\b(years|months|weeks|days|decades)-long\\b`,
  'gi',
);

/** Unit to TimeML letter and how many of it one unit is. */
const UNIT_LETTER: ReadonlyMap<string, [string, number]> = new Map([
  ['year', ['Y', 1]],
  ['decade', ['Y', 10]],
  ['month', ['M', 1]],
  ['week', ['W', 1]],
  ['day', ['D', 1]],
  ['hour', ['TH', 1]],
  ['minute', ['TM', 1]],
]);

/** "decades-long": a length of no stated count. */
const LONG_VALUE: ReadonlyMap<string, string> = new Map([
  ['years', 'PXY'],
  ['decades', 'PXY'],
  ['months', 'PXM'],
  ['weeks', 'PXW'],
  ['days', 'PXD'],
]);

function lengthValue(count: string, unitWord: string): string | null {
  const unit = UNIT_LETTER.get(unitWord.toLowerCase());
  if (unit === undefined) return null;
  const [letter, per] = unit;
  const time = letter.startsWith('T');
  const code = time ? letter.slice(1) : letter;
  if (count.toLowerCase() === 'several') return `P${time ? 'T' : ''}X${code}`;
  const n = readCount(count);
  if (n === null || n === 0) return null;
  return `P${time ? 'T' : ''}${String(n * per)}${code}`;
}

export const unitAdjective: DateParser = {
  name: 'unit-adjective',
  trigger: /-(?:year|month|week|day|hour|minute|decade)\b|s-long\b/i,
  pattern: UNIT_ADJECTIVE,
  build(m, ctx: ParseContext) {
    const [, count, unitWord, longUnit] = m;
    const value =
      longUnit !== undefined
        ? (LONG_VALUE.get(longUnit.toLowerCase()) ?? null)
        : lengthValue(count ?? '', unitWord ?? '');
    return value === null ? null : candidate(this.name, m, ctx, { kind: 'duration', value });
  },
};
