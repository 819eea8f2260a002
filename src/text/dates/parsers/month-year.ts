// "December 2022", "December of 2022", "Dec. 2022", and a month alone: "October", "in May".
import { AMBIGUOUS_MONTHS, MONTH_RE, monthOf, monthWordCounts } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { MONTH_TRIGGER, after, before, candidate, tenseFlags } from '../parser';
import { cal } from '../sem';

/** Month and year. */
const MONTH_YEAR = new RegExp(`\\b(${MONTH_RE})(?:\\s+of)?,?\\s+(\\d{4})(?![\\d,.]\\d)`, 'gi');

/** A month name alone, maybe after last/this/next. The lookahead keeps "Mar" from matching inside "Marshall". */
const MONTH_ALONE = new RegExp(
  `\\b(?:(last|this\\s+past|this\\s+coming|this|next)\\s+)?(${MONTH_RE})(?=['’]s\\b|[^\\w'’-]|$)`,
  'gi',
);

const DIRECTIONS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1],
  ['this past', -1],
  ['this', 0],
  ['this coming', 1],
  ['next', 1],
]);

/** Words before an ambiguous month word ("May", "March") that make it a month. */
const MONTH_CUE_BEFORE =
  /\b(?:the|in|since|by|until|till|through|from|to|during|before|after|early|late|mid|last|next|this|of|on|between|and|or|each|every|since)\s*-?\s*$/i;

/** A following name or title-cased word suggests a person ("May Smith", "August Wilson"). */
const NAME_AFTER = /^\s+[A-Z][a-z]/;

/** "from Sep to Nov", "between Aug. and Oct.": a month abbreviation alone counts as one end of a month range. */
const RANGE_OPEN_BEFORE = /\b(?:from|between)\s+$/i;
const RANGE_CLOSE_AFTER = new RegExp(`^\\s*(?:to|through|until|till|and|-|–)\\s*${MONTH_RE}(?!\\w)`);
const RANGE_AFTER_OPEN = new RegExp(
  `\\b(?:from|between)\\s+${MONTH_RE}\\s*(?:to|through|until|till|and|-|–)\\s*$`,
  'i',
);

function inMonthRange(m: RegExpMatchArray, ctx: ParseContext): boolean {
  return (
    (RANGE_OPEN_BEFORE.test(before(m, ctx, 10)) && RANGE_CLOSE_AFTER.test(after(m, ctx, 16))) ||
    RANGE_AFTER_OPEN.test(before(m, ctx, 30))
  );
}

export const monthYear: DateParser = {
  name: 'month-year',
  trigger: MONTH_TRIGGER,
  pattern: MONTH_YEAR,
  build(m, ctx: ParseContext) {
    const [, monthWord = '', y = ''] = m;
    const month = monthOf(monthWord);
    if (month === null || !monthWordCounts(monthWord)) return null;
    return candidate(this.name, m, ctx, cal(Number(y), month, null));
  },
};

/**
 * A past verb right before "in" or "since" and the month ("it last erupted in January", "has risen since March"):
 * the month is over, not merely favoured, whatever its distance (tense.ts only weighs the nearest choice).
 */
const DONE_IN = /(?:\b(?:[a-z]{3,}ed|began|fell|rose|came|went|took|won|lost)\s+(?:in|since)|\bsince)\s+$/i;

/** "to be published in", "will be held in": a passive after a future or modal verb looks ahead. */
const PASSIVE_AHEAD = /\b(?:be|been)\s+[a-z]+\s+(?:in|since)\s+$/i;

/** "Rules published in November will apply": the "-ed" word was an adjective, and the clause looks ahead. */
const WILL_AFTER = /^[^.;:]*?\b(?:will|would|shall)\b/i;

export const monthAlone: DateParser = {
  name: 'month',
  trigger: MONTH_TRIGGER,
  pattern: MONTH_ALONE,
  build(m, ctx: ParseContext) {
    const [, dirWord, word = ''] = m;
    const month = monthOf(word);
    if (month === null || !/^[A-Z]/.test(word)) return null;
    const dir = dirWord === undefined ? undefined : DIRECTIONS.get(dirWord.toLowerCase().replace(/\s+/g, ' '));
    if (dir !== undefined)
      return candidate(this.name, m, ctx, { kind: 'cal', year: null, month, day: null, yearOffset: null, dir });
    const bare = word.replace(/\.$/, '').toLowerCase();
    // An abbreviation alone ("Jan", "Oct.") is too often something else; only full names stand alone.
    if (bare.length <= 4 && bare !== 'may' && bare !== 'june' && bare !== 'july' && !inMonthRange(m, ctx)) return null;
    if (AMBIGUOUS_MONTHS.has(bare) && !MONTH_CUE_BEFORE.test(before(m, ctx))) return null;
    if (NAME_AFTER.test(after(m, ctx)) && !MONTH_CUE_BEFORE.test(before(m, ctx))) return null;
    const flags = tenseFlags(m, ctx);
    const left = before(m, ctx, 40);
    const done = flags.past && DONE_IN.test(left) && !PASSIVE_AHEAD.test(left) && !WILL_AFTER.test(after(m, ctx, 40));
    return candidate(this.name, m, ctx, { ...cal(null, month, null), ...flags, ...(done ? { done } : {}) });
  },
};
