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
  /\b(?:will|shall|won['’]t|is\s+to|are\s+to|set\s+(?:to|for)|scheduled|planned|planning|plans?\s+to|expected\s+to|due\s+to|(?:is|are)\s+due|due\s+(?:on|by)|(?:is|are)\s+likely\s+to|as\s+early\s+as|as\s+soon\s+as|until|postponed|going\s+to|would\s+be|next|(?:is|are)\s+forecast|forecasts?\s+(?:for|to)|ahead\s+of|(?:we|I|they|officials)\s+expect|expects)\b|['’]ll\b/i;

/** Every future cue of a clause (String.match with a global regex keeps no state between calls). */
const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');

/**
 * A modal before a verb speaks of what may come ("would meet both sides Monday", "may resign in March"), but less
 * surely: "could" is as often a past ability ("could not be located Wednesday") and is left out, a perfect
 * ("would have") looks back, and a possessive date ("would challenge Wednesday's ruling") names an event already
 * known.
 */
const MODAL_CUE = /\b(?:would|may|might)(?!\s+(?:not\s+)?have\b)\s+[a-z]+\b/i;

/**
 * Plain past: auxiliaries, "since", and verbs in -ed (regular past tense). Irregular pasts common in business and
 * political news are listed; "-ed" words that are future cues ("scheduled", "expected") are tested first.
 */
const PAST_CUE =
  /\b(?:was|were|had|did|since|ago|[a-z]{3,}ed|began|bought|sold|took|made|won|lost|rose|fell|paid|left|came|became|brought|met|went)\b/i;

/** Reporting verbs and clause ends (not the point of a decimal, "4.9 percent"): a cue before one of these belongs
 * to another clause. */
const CLAUSE_BREAK =
  /(?:\b(?:said|says|told|announced|reported)\b|[;:]|\.(?!\d))(?!.*(?:\b(?:said|says|told|announced|reported)\b|[;:]|\.(?!\d)))/is;

/** The clause's words before `index`, at most `width` characters. */
function clauseBefore(sentence: string, index: number, width: number): string {
  const window = sentence.slice(Math.max(0, index - width), index);
  const brk = CLAUSE_BREAK.exec(window);
  return brk ? window.slice(brk.index + brk[0].length) : window;
}

/**
 * A future seen from the past: "had been scheduled to expire Friday", "had been due to close Monday". The plan
 * belongs to a past the story reports, so the date is read backward, not forward.
 */
const FUTURE_IN_PAST = /\bhad\s+(?:not\s+)?(?:been\s+)?(?:scheduled|due|expected|planned|set|slated|supposed|going)\b/i;

/**
 * An infinitive with the date as its deadline: "urged residents to leave by Tuesday night", "asked them to respond
 * by Friday". The act lies ahead of the asking; "had to leave by Tuesday" is a past obligation.
 */
const DEADLINE = /(?<!\b(?:had|needed|was\s+able|were\s+able)\s+)\bto\s+(?!have\b|be\b)[a-z]+\b[^.;:,]{0,40}\bby\s*$/i;

/**
 * True when a future cue stands before `index` in the sentence, within the same clause, or a modal does and the
 * date ending at `end` (when given) is not a possessive.
 */
export function futureBefore(sentence: string, index: number, end?: number): boolean {
  const clause = clauseBefore(sentence, index, FUTURE_CUE_WINDOW);
  if (FUTURE_IN_PAST.test(clause)) return false;
  if (FUTURE_CUE.test(clause) || DEADLINE.test(clause)) return true;
  const possessive = end !== undefined && /^['’]s\b/.test(sentence.slice(end, end + 3));
  return !possessive && MODAL_CUE.test(clause);
}

/** How far after a date that opens its sentence a future verb may stand ("On Tuesday, the group plans to ..."). */
export const FUTURE_AFTER_WINDOW = 80;

/** A future verb after a date, before the clause ends. */
const FUTURE_AFTER =
  /^[^.;:]*?(?:\b(?:will|shall|won['’]t|is\s+to|are\s+to|plans?\s+to|intends?\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\b|['’]ll\b)/i;

/** Longest lead OPENING_LEAD can match ("But then, starting "): a date further in does not open its sentence. */
const MAX_OPENING_LEAD = 28;

/** What may stand before a date that opens its sentence: a preposition, a connective. */
const OPENING_LEAD =
  /^[\s"'“‘(_-]*(?:(?:but|and|then|also|so)\s*,?\s+)?(?:(?:on|by|until|from|starting|beginning)\s+)?$/i;

/** Words opening a subordinate or reported clause, where the main clause's tense ends. */
const SUBORDINATE = /\b(?:who|which|that|said|says|told|after|because|when|while|if)\b/i;

/** A past perfect after "until": "Until Thursday, police had not named him" looks back. */
const HAD_AFTER = /^[^.;:]*?\bhad\b/i;

/** A past perfect just before "until": "centres had not opened until Thursday". */
const HAD_BEFORE = /\bhad\s+(?:not\s+|never\s+)?[a-z]+\s+(?:[a-z]+\s+){0,3}until\s*$/i;

/**
 * A stretch in the past that ran until the date: "held power for 14 years until July", "had lived there for
 * decades until 2019". A past verb (not a present passive, "is closed for two weeks until March") before "for
 * <count> <units> until"; a plan ("was postponed until March") has no stretch between.
 */
const STRETCH_UNTIL =
  /(?<!\b(?:is|are|be|been|being)\s+)\b(?:was|were|had|[a-z]{3,}ed|held|kept|led|ran|spent|lived|stayed|served|ruled|worked)\b[^.;:]*?\bfor\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|decades?)\s+until\s*$/i;

/**
 * Whether a bare weekday at `[index, end)` points forward: a future cue before it in its clause (futureBefore), or
 * a future verb after it when it opens the sentence ("On Tuesday, the league plans to hold a rally"), but not an
 * "until" whose clause goes on in the past perfect ("Until Thursday, they had not called him a suspect").
 */
export function futureAt(sentence: string, index: number, end: number): boolean {
  const rest = sentence.slice(end, end + FUTURE_AFTER_WINDOW);
  if (futureBefore(sentence, index, end)) {
    const cues = clauseBefore(sentence, index, FUTURE_CUE_WINDOW).match(FUTURE_CUES) ?? [];
    const onlyUntil = cues.length > 0 && cues.every((cue) => cue.toLowerCase() === 'until');
    // "had not opened until Thursday": a past perfect before "until" looks back as well.
    const clause = clauseBefore(sentence, index, FUTURE_CUE_WINDOW);
    const hadBefore = HAD_BEFORE.test(clause) || STRETCH_UNTIL.test(clause);
    return !(onlyUntil && (HAD_AFTER.test(rest) || hadBefore));
  }
  // Only the main clause counts: "On Monday, police arrested a man who will ..." stays in the past.
  const main = rest.split(SUBORDINATE)[0] ?? '';
  return index <= MAX_OPENING_LEAD && OPENING_LEAD.test(sentence.slice(0, index)) && FUTURE_AFTER.test(main);
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
  if (futureAt(sentence, index, end)) return 1;
  return pastAround(sentence, index, end) ? -1 : 0;
}

/** A reporting verb near a date ("said Sunday", "told reporters on Sunday"): the day the story reports. */
const REPORTED_NEAR = /\b(?:said|says|told|announced|reported|confirmed)\b/i;

/**
 * True when the weekday at `[index, end)` is placed in the past by its clause (pastAround) or stands within a few
 * words of a reporting verb, which news writes in the past whatever the tense it reports.
 */
export function pastOrReported(sentence: string, index: number, end: number): boolean {
  if (pastAround(sentence, index, end)) return true;
  const near = sentence.slice(Math.max(0, index - PAST_CUE_WINDOW), end + PAST_AFTER_WINDOW);
  return REPORTED_NEAR.test(near);
}
