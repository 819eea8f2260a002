/**
 * Pass 2: a number phrase starting at a token: digits with separators ("1,250.50", "12,34,567.89", "3,5"),
 * number words ("two hundred", "forty-five", "a quarter million", "half a million") and a following magnitude
 * ("million", "bn", glued "m"/"k"). Values are exact decimals; the look-ahead is bounded (MAX_WORD_GROUPS), so a
 * long run of number words cannot make the scan quadratic.
 */
import type { Decimal } from './decimal';
import { fromDigits, fromInt, fromString, plus, scale } from './decimal';
import { FRACTIONS, MAGNITUDE_ABBREVIATIONS, MAGNITUDE_WORDS, SMALL_NUMBERS } from './data/numbers';
import type { Token } from './1-tokens';

/** A number phrase: its value, its tokens [first, end) and the magnitude power applied, if any. */
export interface NumberMatch {
  readonly value: Decimal;
  readonly first: number;
  readonly end: number;
  /** Power of ten of the magnitude word that followed (6 for "million"), or null when none did. */
  readonly power: number | null;
  /** True when the number was written in words ("thirteen"). */
  readonly words: boolean;
}

/** Groups of number words read in one phrase ("two thousand five hundred" is two groups). */
const MAX_WORD_GROUPS = 4;

/** Digit groups between thousands separators, and the Indian lakh grouping ("12,34,567"). */
function groupedInteger(parts: readonly string[]): string | null {
  const [head = '', ...rest] = parts;
  if (head.length < 1 || head.length > 3) return null;
  if (rest.every((p) => p.length === 3)) return parts.join('');
  const last = rest[rest.length - 1] ?? '';
  const middle = rest.slice(0, -1);
  if (head.length <= 2 && last.length === 3 && middle.every((p) => p.length === 2)) return parts.join('');
  return null;
}

/** Longest digit token read as a number: 24 digits with separators; longer runs are identifiers, not amounts. */
const MAX_NUMERAL_CHARS = 40;

/** Reads a digit token: thousands separators, a decimal point or (European) decimal comma. */
export function parseNumeral(s: string): Decimal | null {
  if (s.length > MAX_NUMERAL_CHARS) return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma < 0 && dot < 0) return fromDigits(s, '');
  if (comma >= 0 && dot >= 0) {
    const decAt = Math.max(comma, dot);
    const groupSep = decAt === dot ? ',' : '.';
    const intPart = s.slice(0, decAt);
    if (intPart.includes(decAt === dot ? '.' : ',')) return null;
    const int = groupedInteger(intPart.split(groupSep));
    return int === null ? null : fromDigits(int, s.slice(decAt + 1));
  }
  const sep = comma >= 0 ? ',' : '.';
  const parts = s.split(sep);
  const int = groupedInteger(parts);
  if (int !== null && (parts.length > 2 || (parts[1] ?? '').length === 3) && !(sep === '.' && parts.length === 2))
    return fromDigits(int, '');
  // one separator that is not a thousands separator: a decimal point, or a decimal comma with 1-2 digits ("3,5")
  const frac = parts[1] ?? '';
  if (parts.length === 2 && (sep === '.' || frac.length <= 2)) return fromDigits(parts[0] ?? '', frac);
  return null;
}

/** A magnitude right after a number: a word ("million", spaced or not) or an abbreviation ("bn"; "m"/"k" glued). */
export function magnitudeAt(tokens: readonly Token[], j: number, afterDigits: boolean): number | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  const word = MAGNITUDE_WORDS.get(t.lower);
  if (word !== undefined) return word;
  if (!afterDigits) return null;
  const abbr = MAGNITUDE_ABBREVIATIONS.get(t.lower);
  if (abbr === undefined) return null;
  return t.lower.length > 1 || !t.gap ? abbr : null;
}

/** A number below one thousand in words: "forty-five", "two hundred and ten". */
function wordGroup(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const tens = (j: number): { value: number; end: number } | null => {
    const v = SMALL_NUMBERS.get(tokens[j]?.lower ?? '');
    if (v === undefined) return null;
    const dash = tokens[j + 1];
    const unit = SMALL_NUMBERS.get(tokens[j + 2]?.lower ?? '');
    if (
      v >= 20 &&
      dash?.text === '-' &&
      !dash.gap &&
      unit !== undefined &&
      unit > 0 &&
      unit < 10 &&
      !tokens[j + 2]?.gap
    )
      return { value: v + unit, end: j + 3 };
    return { value: v, end: j + 1 };
  };
  const first = tens(i);
  if (!first) return null;
  if (tokens[first.end]?.lower !== 'hundred') return first;
  const end = first.end + 1;
  const andSkip = tokens[end]?.lower === 'and' ? 1 : 0;
  const rest = tens(end + andSkip);
  if (rest && rest.value < 100) return { value: first.value * 100 + rest.value, end: rest.end };
  return { value: first.value * 100, end };
}

/** Number words: groups with decreasing magnitudes ("two thousand five hundred"), or a/half/quarter + magnitude. */
function parseWords(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  let j = i;
  let lead: Decimal | null = null;
  if (t.lower === 'a' || t.lower === 'an') j++;
  const frac = FRACTIONS.get(tokens[j]?.lower ?? '');
  if (frac !== undefined) {
    lead = fromString(frac);
    j++;
    if (tokens[j]?.lower === 'a') j++;
  } else if (j > i) lead = fromInt(1);
  if (lead) {
    const power = magnitudeAt(tokens, j, false);
    if (power === null || power < 2) return null;
    return { value: scale(lead, power), first: i, end: j + 1, power, words: true };
  }
  return parseWordGroups(tokens, i);
}

function parseWordGroups(tokens: readonly Token[], i: number): NumberMatch | null {
  let total: Decimal = fromInt(0);
  let j = i;
  let lastPower = Infinity;
  let power: number | null = null;
  for (let n = 0; n < MAX_WORD_GROUPS; n++) {
    const g = wordGroup(tokens, j);
    if (!g) break;
    const p = magnitudeAt(tokens, g.end, false);
    if (p !== null && p >= 3 && p < lastPower) {
      total = plus(total, scale(fromInt(g.value), p));
      lastPower = p;
      power = power ?? p;
      j = g.end + 1;
      continue;
    }
    total = plus(total, fromInt(g.value));
    j = g.end;
    break;
  }
  return j === i ? null : { value: total, first: i, end: j, power, words: true };
}

/** True when token `j` is a hyphen glued to the tokens on both sides ("2,000-dollar", "$1.5-billion"). */
export function gluedHyphen(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.text === '-' && !tokens[j]?.gap && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]?.gap;
}

/** The number phrase starting at token `i`, with any magnitude after it ("5 million", "$1.5-billion"), or null. */
export function parseNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'word') return parseWords(tokens, i);
  if (t.kind !== 'num') return null;
  const d = parseNumeral(t.text);
  const j = i + 1;
  if (!d) return null;
  const hyphen = gluedHyphen(tokens, j) ? MAGNITUDE_WORDS.get(tokens[j + 1]?.lower ?? '') : undefined;
  if (hyphen !== undefined) return { value: scale(d, hyphen), first: i, end: j + 2, power: hyphen, words: false };
  const p = magnitudeAt(tokens, j, true);
  if (p === null) return { value: d, first: i, end: j, power: null, words: false };
  return { value: scale(d, p), first: i, end: j + 1, power: p, words: false };
}
