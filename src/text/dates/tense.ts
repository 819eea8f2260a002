// Whether the words around a date speak of the future ("is scheduled to close Monday", "will meet on Thursday",
// "as early as Tuesday") or plainly of the past ("the fiscal year ended Jan. 31", "since KKR bought RJR in
// February", "In January, the company named"). Only the same clause counts: the search stops at a reporting verb,
// so in "said Monday it will ..." the weekday stays in the past.

/** How far back (in characters) a future cue may stand from the date it points forward. */
export const FUTURE_CUE_WINDOW = 80;

/** How far back a past cue may stand: past verbs sit close to the date they place ("ended Jan. 31"). */
export const PAST_CUE_WINDOW = 40;

/** How far after the date a past verb may stand ("In January, American Medical brought in ..."). */
export const PAST_AFTER_WINDOW = 40;

const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|is\s+to|are\s+to|set\s+to|scheduled|planned|planning|plans?\s+to|expected\s+to|due\s+to|as\s+early\s+as|as\s+soon\s+as|until|postponed|going\s+to|would\s+be|next)\b|['’]ll\b/i;

/**
 * Plain past: auxiliaries, "since", and verbs in -ed (regular past tense). Irregular pasts common in business and
 * political news are listed; "-ed" words that are future cues ("scheduled", "expected") are tested first.
 */
const PAST_CUE =
  /\b(?:was|were|had|did|since|ago|[a-z]{3,}ed|began|bought|sold|took|made|won|lost|rose|fell|paid|left|came|became|brought|met|went)\b/i;

/** Reporting verbs and clause ends: a cue before one of these belongs to another clause. */
const CLAUSE_BREAK =
  /(?:\b(?:said|says|told|announced|reported)\b|[.;:])(?!.*(?:\b(?:said|says|told|announced|reported)\b|[.;:]))/is;

/** The clause's words before `index`, at most `width` characters. */
function clauseBefore(sentence: string, index: number, width: number): string {
  const window = sentence.slice(Math.max(0, index - width), index);
  const brk = CLAUSE_BREAK.exec(window);
  return brk ? window.slice(brk.index + brk[0].length) : window;
}

/** True when a future cue stands before `index` in the sentence, within the same clause. */
export function futureBefore(sentence: string, index: number): boolean {
  return FUTURE_CUE.test(clauseBefore(sentence, index, FUTURE_CUE_WINDOW));
}

/**
 * True when the clause around a date is plainly in the past: a past verb just before it (in the same clause) or
 * just after it, up to the next clause end. Callers test `futureBefore` first.
 */
export function pastAround(sentence: string, index: number, end: number): boolean {
  if (PAST_CUE.test(clauseBefore(sentence, index, PAST_CUE_WINDOW))) return true;
  const after = sentence.slice(end, end + PAST_AFTER_WINDOW).split(/[.;:]|\bbut\b|\band\b/)[0] ?? '';
  return PAST_CUE.test(after);
}

/** -1 (past), 1 (future) or 0 (no cue) for the date at `[index, end)` of the sentence. */
export function tenseAt(sentence: string, index: number, end: number): -1 | 0 | 1 {
  if (futureBefore(sentence, index)) return 1;
  return pastAround(sentence, index, end) ? -1 : 0;
}
