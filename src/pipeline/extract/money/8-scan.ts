/**
 * Pass 8: one left-to-right walk over a sentence's tokens. At each token it tries to read an amount (pass 4),
 * extends it with minor units (pass 5) and ranges (pass 6) and looks back for a qualifier (pass 7); after a match it
 * resumes at the token where the match ended. Every attempt looks a bounded number of tokens ahead and behind, so
 * the walk is linear in the sentence length; very long sentences are tokenized in overlapping windows.
 */
import type { Span } from '../../../model/span';
import type { Token } from './1-tokenize';
import { boundaryFrom, tokenize } from './1-tokenize';
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
 * Characters tokenized at a time. A sentence longer than this (a table, a pasted log, hostile input) is scanned in
 * windows, so the tokens alive at once stay few and the garbage collector's work stays linear in the input.
 */
const WINDOW_CHARS = 4096;
/** Characters a window reads past the last position where a match may start: longer than any money phrase. */
const LOOKAHEAD_CHARS = 512;
/** Characters a window reads before its first match position, for qualifiers and "between". */
const LOOKBEHIND_CHARS = 64;

/** Matches starting in [from, cut) of the window [begin, stop), appended to `out`; returns where the last ended. */
function scanWindow(
  text: string,
  w: { begin: number; from: number; cut: number; stop: number; first: boolean },
  out: Found[],
): number {
  const tokens = tokenize(text, w.begin, w.stop, w.first);
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

/** Money expressions in `text.slice(start, end)`, in text order, not overlapping. */
export function scanSentence(text: string, start: number, end: number): Found[] {
  const out: Found[] = [];
  let from = start;
  while (from < end) {
    const cut = end - from <= WINDOW_CHARS ? end : boundaryFrom(text, from + WINDOW_CHARS - LOOKAHEAD_CHARS, end);
    const stop = cut >= end ? end : boundaryFrom(text, cut + LOOKAHEAD_CHARS, end);
    const begin =
      from === start ? start : Math.min(from, boundaryFrom(text, Math.max(start, from - LOOKBEHIND_CHARS), end));
    const last = scanWindow(text, { begin, from, cut, stop, first: begin === start }, out);
    from = Math.max(cut, last);
  }
  return out;
}
