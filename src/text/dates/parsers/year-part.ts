// Quarters, halves and seasons: "the third quarter", "third-quarter", "Q3 2022", "the 1988 second quarter",
// "the first half of 2021", "this summer", "last fall", "the winter of 1994", "the September quarter".
import { MONTH_RE, ORDINALS, SEASONS, monthOf } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { before, candidate, tenseOf } from '../parser';
import type { YearPart } from '../sem';

/** Words before a quarter or season that place its year relative to the reference date. */
const RELATIVE_YEAR: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ["this year's", 0],
  ['this year’s', 0],
  ['the current', 0],
  ['current', 0],
  ['last', -1],
  ["last year's", -1],
  ['last year’s', -1],
  ['next', 1],
  ["next year's", 1],
  ['next year’s', 1],
  ['this past', 0],
  ['the year-ago', -1],
  ['the year-earlier', -1],
  ['year-ago', -1],
  ['year-earlier', -1],
  ['the year ago', -1],
  ['the year earlier', -1],
  ['the comparable year-ago', -1],
  ['the comparable year-earlier', -1],
]);

const DETERMINER =
  "(the\\s+(?:comparable\\s+)?year[\\s-](?:ago|earlier)|year-(?:ago|earlier)|the|its|their|this|last|next|this\\s+past|the\\s+current|current|(?:this|last|next)\\s+year['’]s)";
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th|last|first\\s+two|last\\s+two)';

/** Ordinal quarter or half, with an optional year before ("the 1988 second quarter") or after ("of 1990"). */
const ORDINAL_PART = new RegExp(
  `(?:\\b${DETERMINER}\\s+)?(?:(\\d{4})\\s+)?(?:fiscal[\\s-]+)?\\b${ORDINAL}[\\s-]+(quarters?|half)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4}))?\\b`,
  'gi',
);

/** "the 1988 quarter", "the 1989 period": the reporting quarter of another year. */
const YEAR_QUARTER = /\bthe\s+(\d{4})\s+(quarter|period)\b/gi;

/** "Q3 2022", "2022-Q3", "Q3". */
const Q_CODE = /\b(?:(\d{4})[\s-]?)?([Qq])([1-4])(?:\s*(?:of\s+)?(\d{4}))?\b/g;

/** A season with a determiner or a year; "fall" alone is usually the verb. */
const SEASON = new RegExp(
  `(?:\\b${DETERMINER}\\s+)?(?:(early|late|mid-?)\\s*)?\\b(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?\\b`,
  'gi',
);

/** The middle month of each season that lies within one year. */
const SEASON_MIDDLE: ReadonlyMap<YearPart, number> = new Map([
  ['SP', 4],
  ['SU', 7],
  ['FA', 10],
]);

/** "the September quarter", "its June quarter": the quarter holding that month, as Australian and US firms say. */
const MONTH_QUARTER = new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(${MONTH_RE})[\\s-]+quarter\\b`, 'g');

export const monthQuarter: DateParser = {
  name: 'month-quarter',
  trigger: /quarter/i,
  pattern: MONTH_QUARTER,
  build(m, ctx: ParseContext) {
    const word = m[1] ?? '';
    const month = monthOf(word);
    if (month === null || !/^[A-Z]/.test(word)) return null;
    const part = `Q${String(Math.ceil(month / 3))}` as YearPart;
    return candidate(this.name, m, ctx, { kind: 'part', part, year: null, yearOffset: null, month });
  },
};

function relativeYear(det: string | undefined): number | null {
  if (det === undefined) return null;
  return RELATIVE_YEAR.get(det.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

export const ordinalPart: DateParser = {
  name: 'quarter',
  trigger: /quarter|half/i,
  pattern: ORDINAL_PART,
  build(m, ctx: ParseContext) {
    const [, det, yearBefore, ord = '', unit = '', yearAfter] = m;
    const o = ord.toLowerCase().replace(/\s+/g, ' ');
    // "the last half", "the first two quarters": halves said another way.
    const isHalf = unit.toLowerCase() === 'half' || o.endsWith('two');
    // "the last quarter" is the previous quarter (relative-unit), not the fourth one.
    if (o === 'last' && !isHalf) return null;
    const n = o === 'last' || o === 'last two' ? (isHalf ? 2 : 4) : o === 'first two' ? 1 : (ORDINALS.get(o) ?? 0);
    if (n < 1 || (isHalf && n > 2)) return null;
    const part = (isHalf ? `H${n}` : `Q${n}`) as YearPart;
    const stated = yearBefore ?? yearAfter;
    const year = stated === undefined ? null : Number(stated);
    const yearOffset = year === null ? relativeYear(det) : null;
    const past = year === null && yearOffset === null && tenseOf(m, ctx) === -1;
    return candidate(this.name, m, ctx, { kind: 'part', part, year, yearOffset, ...(past ? { past } : {}) });
  },
};

export const quarterCode: DateParser = {
  name: 'quarter-code',
  trigger: /Q[1-4]/i,
  pattern: Q_CODE,
  build(m, ctx: ParseContext) {
    const [, y1, letter, q = '', y2] = m;
    const stated = y1 ?? y2;
    // A lower-case "q3" is a quarter only next to its year ("2019 q3", "q1 of 2017").
    if (letter === 'q' && stated === undefined) return null;
    const part = `Q${q}` as YearPart;
    return candidate(this.name, m, ctx, {
      kind: 'part',
      part,
      year: stated === undefined ? null : Number(stated),
      yearOffset: null,
    });
  },
};

export const seasonParser: DateParser = {
  name: 'season',
  trigger: /spring|summer|fall|autumn|winter/i,
  pattern: SEASON,
  build(m, ctx: ParseContext) {
    const [, det, early, word = '', y] = m;
    const season = SEASONS.get(word.toLowerCase());
    if (season === undefined) return null;
    // Without a determiner, a year or "early/late", a season word needs "in" or "during" before it.
    const anchored =
      det !== undefined ||
      y !== undefined ||
      early !== undefined ||
      /\b(?:in|during|this|since|until|by)\s+$/i.test(before(m, ctx));
    if (!anchored) return null;
    const year = y === undefined ? null : Number(y);
    const mod =
      early === undefined
        ? null
        : early.toLowerCase().startsWith('early')
          ? 'START'
          : early.toLowerCase().startsWith('late')
            ? 'END'
            : 'MID';
    // With no year, "the fall survey" is the nearest fall, as a bare month is; winter straddles two years and
    // keeps the reference year.
    const middle = SEASON_MIDDLE.get(season);
    const yearOffset = year === null ? relativeYear(det) : null;
    const near = year === null && yearOffset === null && middle !== undefined ? { month: middle } : {};
    const future = middle !== undefined && year === null && yearOffset === null && tenseOf(m, ctx) === 1;
    if (future)
      return candidate(this.name, m, ctx, { kind: 'part', part: season, year, yearOffset, ...near, future }, mod);
    return candidate(this.name, m, ctx, { kind: 'part', part: season, year, yearOffset, ...near }, mod);
  },
};

export const yearQuarter: DateParser = {
  name: 'year-quarter',
  trigger: /quarter|period/i,
  pattern: YEAR_QUARTER,
  build(m, ctx: ParseContext) {
    const [, y = '', word = ''] = m;
    const period = word.toLowerCase() === 'period';
    return candidate(this.name, m, ctx, {
      kind: 'part',
      part: 'QX',
      year: Number(y),
      yearOffset: null,
      latest: true,
      period,
    });
  },
};
