/**
 * Pass 8: one left-to-right walk over a sentence's tokens. At each token it tries to read an amount (pass 4),
 * extends it with minor units (pass 5) and ranges (pass 6) and looks back for a qualifier (pass 7); after a match it
 * resumes at the token where the match ended. Every attempt looks a bounded number of tokens ahead and behind, so
 * the walk is linear in the sentence length; very long sentences are read in overlapping windows.
 */
import type { Span } from '../../../model/span';
import { lowerBound } from '../../../model/span-index';
import type { TokenTable } from '../../../text/tokens';
import { sentenceTokenRange } from '../../../text/tokens';
import type { Token } from './1-tokens';
import { moneyTokens, startsMoneyToken } from './1-tokens';
import type { CurrencyForm } from './3-currency';
import { amountAt } from './4-amount';
import type { Extended } from './5-minor';
import { withMinor } from './5-minor';
import { rangeAt, withRange } from './6-range';
import { qualifierAfter, qualifierBefore } from './7-qualifier';
import type { QualifierType } from './data/numbers';
import type { CurrencyRef } from './data/symbols';
import type { Decimal } from './decimal';

/** A money expression found in a sentence, with document offsets and exact values. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: Decimal;
  readonly max: Decimal | null;
  readonly ref: CurrencyRef;
  /** How the currency was written. */
  readonly form: CurrencyForm;
  /** Offsets of the currency as written ("US$", "finnish markka"). */
  readonly currency: Span;
  /** Offsets of the number (checked against date mentions). */
  readonly number: Span;
  readonly minor: boolean;
  readonly qualifier: string | null;
  /** What the qualifier means: approx, more-than, less-than, at-least, up-to. */
  readonly qualifierType: QualifierType | null;
  readonly rule: string;
}

function spanOf(tokens: readonly Token[], first: number, end: number): Span {
  return { start: tokens[first]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
}

/** Found, built from an extended amount and its qualifier. */
function found(tokens: readonly Token[], ext: Extended): Found {
  const q = qualifierBefore(tokens, ext.spanFirst) ?? qualifierAfter(tokens, ext.end);
  const span = spanOf(tokens, q?.inSpan ? q.first : ext.spanFirst, ext.end);
  return {
    start: span.start,
    end: span.end,
    value: ext.value,
    max: ext.max,
    ref: ext.ref,
    form: ext.form,
    currency: spanOf(tokens, ext.currency.first, ext.currency.end),
    number: spanOf(tokens, ext.number.first, ext.number.end),
    minor: ext.minor,
    qualifier: q?.text ?? null,
    qualifierType: q?.type ?? null,
    rule: ext.rule,
  };
}

/**
 * Characters read at a time. A sentence longer than this (a table, a pasted log, hostile input) is scanned in
 * windows, so the money tokens alive at once stay few and the garbage collector's work stays linear in the input.
 */
const WINDOW_CHARS = 4096;
/** Characters a window reads past the last position where a match may start: longer than any money phrase. */
const LOOKAHEAD_CHARS = 512;
/** Characters a window reads before its first match position, for qualifiers and "between". */
const LOOKBEHIND_CHARS = 64;

/** Capital letters: a sentence (or window) without one is caseless (see Token.caseless). */
const CAPITAL = /\p{Lu}/u;

/** The shared tokens [first, last) of one sentence, where window edges are found. */
interface Sentence {
  readonly table: TokenTable;
  readonly text: string;
  readonly first: number;
  readonly last: number;
  /** Where the sentence ends in the text. */
  readonly end: number;
}

/** Where shared token `i` starts (the sentence end for `last`). */
function posOf(s: Sentence, i: number): number {
  return i < s.last ? (s.table.starts[i] ?? s.end) : s.end;
}

/** The first shared token starting at or after `pos` where a money token starts (`last` when none does). */
function edgeFrom(s: Sentence, pos: number): number {
  let i = Math.max(
    s.first,
    lowerBound(s.table.starts, pos, (x) => x),
  );
  while (i < s.last && !startsMoneyToken(s.table, s.text, i)) i++;
  return Math.min(i, s.last);
}

/** Matches starting in [from, cut) among shared tokens [begin, stop), appended to `out`; returns the last end. */
function scanWindow(s: Sentence, w: { begin: number; stop: number; from: number; cut: number }, out: Found[]): number {
  const caseless = !CAPITAL.test(s.text.slice(posOf(s, w.begin), posOf(s, w.stop)));
  const tokens = moneyTokens(s.table, s.text, w.begin, w.stop, caseless);
  let last = w.from;
  let i = 0;
  while (i < tokens.length && (tokens[i]?.start ?? 0) < w.from) i++;
  while (i < tokens.length && (tokens[i]?.start ?? 0) < w.cut) {
    const a = amountAt(tokens, i);
    const ext = a ? withRange(tokens, withMinor(tokens, a)) : rangeAt(tokens, i);
    if (!ext) {
      i++;
      continue;
    }
    const f = found(tokens, ext);
    out.push(f);
    last = f.end;
    i = ext.end;
  }
  return last;
}

/**
 * Money expressions in sentence `k` of the token table (offsets into `text`, the document text), in text order, not
 * overlapping. A long sentence is read in windows cut where a money token starts, so every match is whole.
 */
export function scanSentence(text: string, table: TokenTable, k: number): Found[] {
  const [first, last] = sentenceTokenRange(table, k);
  const s: Sentence = { table, text, first, last, end: table.sentences[k]?.end ?? 0 };
  const out: Found[] = [];
  const start = posOf(s, first);
  let from = start;
  let cutIdx = first;
  while (from < s.end && first < last) {
    const c = s.end - from <= WINDOW_CHARS ? last : edgeFrom(s, from + WINDOW_CHARS - LOOKAHEAD_CHARS);
    const stop = c >= last ? last : edgeFrom(s, posOf(s, c) + LOOKAHEAD_CHARS);
    // a window starts a little before `from`, and never after the edge the last window was cut at
    const begin = from === start ? first : Math.min(cutIdx, edgeFrom(s, Math.max(start, from - LOOKBEHIND_CHARS)));
    const lastEnd = scanWindow(s, { begin, stop, from, cut: posOf(s, c) }, out);
    from = Math.max(posOf(s, c), lastEnd);
    cutIdx = c;
  }
  return out;
}
