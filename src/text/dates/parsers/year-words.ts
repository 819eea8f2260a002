// Years spelled out, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand",
// "two thousand and one", "nineteen oh five".
import { NUMBER_WORDS } from '../lexicon';
import type { DateParser, ParseContext } from '../parser';
import { candidate } from '../parser';
import { cal } from '../sem';

const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const TWO_DIGITS = `(?:${TENS}(?:[\\s-]+${UNITS})?|${TEENS}|oh[\\s-]+${UNITS}|hundred)`;

/** "nineteen ninety-six" (century word, then two digits in words) or "two thousand (and) one". */
const YEAR_WORDS = new RegExp(
  `\\b(?:the\\s+year\\s+)?(?:(nineteen|twenty)[\\s-]+(${TWO_DIGITS})|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(${TEENS}|${UNITS}))?)\\b(?![\\s-]+(?:dollars?|percent|people|of\\b))`,
  'gi',
);

/** The value of a two-digit number in words ("ninety-six" = 96, "oh five" = 5, "hundred" = 0). */
function twoDigits(words: string): number | null {
  let total = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'oh' || w === 'hundred') continue;
    const n = NUMBER_WORDS.get(w);
    if (n === undefined) return null;
    total += n;
  }
  return total < 100 ? total : null;
}

export const yearWordsParser: DateParser = {
  name: 'year-words',
  trigger: /nineteen|twenty|thousand/i,
  pattern: YEAR_WORDS,
  build(m, ctx: ParseContext) {
    const [, century, rest, afterThousand] = m;
    let year: number | null;
    if (century !== undefined && rest !== undefined) {
      const tail = twoDigits(rest);
      year = tail === null ? null : (century.toLowerCase() === 'nineteen' ? 1900 : 2000) + tail;
    } else {
      year =
        afterThousand === undefined
          ? 2000
          : (() => {
              const t = twoDigits(afterThousand);
              return t === null ? null : 2000 + t;
            })();
    }
    return year === null ? null : candidate(this.name, m, ctx, cal(year, null, null));
  },
};
