// "the 1990s", "the '90s", "the nineties", "the 20th century".
import type { DateParser, ParseContext } from '../parser';
import { DIGIT_TRIGGER, before, candidate } from '../parser';

const DECADE = /\b(?:the\s+)?(?:(1\d|20)(\d)0['’]?s|['’](\d)0['’]?s)(?!\w)/gi;
const DECADE_WORD = /\b(?:the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;

const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['twenties', '2'],
  ['thirties', '3'],
  ['forties', '4'],
  ['fifties', '5'],
  ['sixties', '6'],
  ['seventies', '7'],
  ['eighties', '8'],
  ['nineties', '9'],
]);

/** "in her twenties" is an age, not a decade. */
const AGE_BEFORE = /\b(?:his|her|their|its|my|your|our|mid|early|late)[\s-]*$/i;

export const decadeParser: DateParser = {
  name: 'decade',
  trigger: DIGIT_TRIGGER,
  pattern: DECADE,
  build(m, ctx: ParseContext) {
    const [, century, digit, shortDigit] = m;
    // A two-digit decade ("the '90s") is taken to be in the 1900s: news rarely abbreviates 2000s decades.
    const prefix = shortDigit !== undefined ? `19${shortDigit}` : `${century ?? ''}${digit ?? ''}`;
    return candidate(this.name, m, ctx, { kind: 'decade', prefix });
  },
};

export const decadeWordParser: DateParser = {
  name: 'decade-word',
  trigger: /ties\b/i,
  pattern: DECADE_WORD,
  build(m, ctx: ParseContext) {
    if (AGE_BEFORE.test(before(m, ctx))) return null;
    const digit = DECADE_WORDS.get((m[1] ?? '').toLowerCase());
    return digit === undefined ? null : candidate(this.name, m, ctx, { kind: 'decade', prefix: `19${digit}` });
  },
};

export const centuryParser: DateParser = {
  name: 'century',
  trigger: /century/i,
  pattern: CENTURY,
  build(m, ctx: ParseContext) {
    const n = Number(m[1]);
    if (n < 1 || n > 22) return null;
    return candidate(this.name, m, ctx, { kind: 'century', prefix: String(n - 1).padStart(2, '0') });
  },
};
