// "last week", "this year", "next month", "the past year", "the quarter", "year-end", "year-ago", "the weekend",
// "three years ago", "a year earlier", "nearly four years ago".
import { COUNT_RE, readCount } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { before, candidate, tenseOf } from '../parser';
import type { Mod, Unit } from '../sem';

/** Determiners placing a unit relative to the reference date. "the" alone means the current one ("the year"). */
const OFFSETS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['the current', 0],
  ['current', 0],
  ['the', 0],
  ['last', -1],
  ['the past', -1],
  ['past', -1],
  ['the last', -1],
  ['next', 1],
  ['the coming', 1],
  ['coming', 1],
  ['the next', 1],
  ['the latest', -1],
  ['the most recent', -1],
  ['this past', -1],
  ['the full', 0],
  ['the whole', 0],
  ['the entire', 0],
]);

const UNIT_DET =
  /\b(this\s+past|this|the\s+current|current|the\s+past|past|the\s+last|last|the\s+next|next|the\s+coming|coming|the\s+latest|the\s+most\s+recent|the\s+full|the\s+whole|the\s+entire|the)\s+(week(?:end)?|month|year|quarter|decade|fiscal\s+year|fiscal(?![\s-]+[a-z])|period)(?![\w-])/gi;

/** Adjectival year words of financial news: "year-end", "year-ago", "year-earlier". */
const YEAR_WORD = /\b(year[\s-]end|year['’]s\s+end|year[\s-]ago|year[\s-]earlier)(?:\s+(quarter|period))?\b/gi;

const APPROX =
  '(?:(nearly|almost|about|around|some|roughly|approximately|more\\s+than|less\\s+than|over|at\\s+least|only|just)\\s+)?';
/** A count of units before "ago" (deictic) or "earlier"/"later" (read against the reference date too). */
const AGO = new RegExp(
  `\\b${APPROX}(${COUNT_RE})\\s+(day|week|month|year|decade)s?\\s+(?:or\\s+so\\s+)?(ago|earlier|later|from\\s+now|hence)\\b(?!\\s+than\\b)`,
  'gi',
);

const APPROX_MODS: ReadonlyMap<string, Mod> = new Map([
  ['nearly', 'APPROX'],
  ['almost', 'APPROX'],
  ['about', 'APPROX'],
  ['around', 'APPROX'],
  ['some', 'APPROX'],
  ['roughly', 'APPROX'],
  ['approximately', 'APPROX'],
  ['more than', 'BEFORE'],
  ['over', 'BEFORE'],
  ['at least', 'BEFORE'],
  ['less than', 'AFTER'],
]);

function unitOf(word: string): Unit | 'weekend' | 'period' {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  // "this fiscal", "last fiscal": Indian English for the fiscal year.
  return w === 'fiscal year' || w === 'fiscal' ? 'year' : (w as Unit | 'weekend' | 'period');
}

export const unitParser: DateParser = {
  name: 'relative-unit',
  trigger: /week|month|year|quarter|decade|period|fiscal/i,
  pattern: UNIT_DET,
  build(m, ctx: ParseContext) {
    const det = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = unitOf(m[2] ?? '');
    const offset = OFFSETS.get(det) ?? 0;
    // "the fiscal" alone is no year ("the fiscal deficit" is already kept out by the pattern).
    if (det === 'the' && /^fiscal$/i.test(m[2] ?? '')) return null;
    // Title case inside a sentence is a name ("ABC's \"This Week\""), not a date.
    if ((m.index ?? 0) > 0 && /^[A-Z]\S*\s+[A-Z]/.test(m[0])) return null;
    if (unit === 'period') {
      // "the latest period" is the last reported quarter; a bare "the period" is too vague to be a date.
      if (det !== 'the latest' && det !== 'the most recent') return null;
      return candidate(this.name, m, ctx, { kind: 'part', part: 'QX', year: null, yearOffset: null, latest: true });
    }
    if (unit === 'quarter') {
      // "the quarter", "the latest quarter", "last quarter": the last completed one, as financial news uses them.
      const latest =
        det === 'the' || det === 'the latest' || det === 'the most recent' || det === 'last' || det === 'the last';
      if (latest)
        return candidate(this.name, m, ctx, { kind: 'part', part: 'QX', year: null, yearOffset: null, latest });
      return candidate(this.name, m, ctx, { kind: 'rel', unit: 'quarter', offset });
    }
    if (unit === 'weekend') {
      // "the weekend" and "last weekend" in news are the one just passed (or under way), unless the clause speaks
      // of the future ("will follow over the weekend"): then, like "the coming weekend", the first one ahead, which
      // is this week's (ISO weeks end on Sunday).
      const coming = det === 'the coming' || det === 'coming';
      const ahead = coming || (det === 'the' && tenseOf(m, ctx) === 1);
      const latest = !ahead && (det === 'the' || offset === -1);
      return candidate('weekend', m, ctx, {
        kind: 'rel',
        unit: 'week',
        offset: latest || ahead ? 0 : offset,
        weekend: true,
        latest,
      });
    }
    // "the decade" alone is too vague, but "by the end of the decade" is this one.
    if (
      det === 'the' &&
      unit === 'decade' &&
      !/\b(?:end|beginning|start|middle|close|turn)\s+of\s+$/i.test(before(m, ctx))
    )
      return null;
    // "over the past decade", "within the next decade": a stretch of ten years up to or from now, not the
    // calendar decade ("in the last decade" of a 1998 story is the 1980s, as TimeBank has it).
    if (unit === 'decade' && offset !== 0 && STRETCH_BEFORE.test(before(m, ctx)))
      return candidate(this.name, m, ctx, { kind: 'duration', value: 'P10Y' });
    return candidate(this.name, m, ctx, { kind: 'rel', unit, offset });
  },
};

/** Prepositions that make "the past decade" a stretch of time rather than a calendar decade. */
const STRETCH_BEFORE = /\b(?:over|for|within|throughout|across)\s+$/i;

export const yearWordParser: DateParser = {
  name: 'year-word',
  trigger: /year/i,
  pattern: YEAR_WORD,
  build(m, ctx: ParseContext) {
    const word = (m[1] ?? '').toLowerCase();
    const isEnd = /end$/.test(word);
    if (m[2] !== undefined && !isEnd)
      return candidate(this.name, m, ctx, { kind: 'part', part: 'QX', year: null, yearOffset: -1, latest: true });
    if (isEnd) return candidate(this.name, m, ctx, { kind: 'rel', unit: 'year', offset: 0 }, 'END');
    return candidate(this.name, m, ctx, { kind: 'rel', unit: 'year', offset: -1, ago: true });
  },
};

export const agoParser: DateParser = {
  name: 'ago',
  trigger: /\b(?:ago|earlier|later|hence)\b|from\s+now/i,
  pattern: AGO,
  build(m, ctx: ParseContext) {
    const [, approx, count = '', unitWord = '', dir = ''] = m;
    const n = readCount(count);
    if (n === null) return null;
    const sign = /^(ago|earlier)$/i.test(dir) ? -1 : 1;
    const mod = approx === undefined ? null : (APPROX_MODS.get(approx.toLowerCase().replace(/\s+/g, ' ')) ?? null);
    const unit = unitWord.toLowerCase() as Unit;
    // "later" and "earlier" count from the story's last date when one stands near ("In 2016, ... drawn a year
    // earlier" is 2015); in a quarterly report "a year earlier" stays the reported quarter's year before (3-resolve).
    const word = dir.toLowerCase();
    const anchored = word === 'later' || word === 'earlier';
    const sem = { kind: 'rel' as const, unit, offset: sign * n, ago: true, ...(anchored ? { anchored } : {}) };
    return candidate(this.name, m, ctx, sem, mod);
  },
};
