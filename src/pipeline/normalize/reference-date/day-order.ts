// Whether a page writes all-digit dates day first ("02/10/2020" = 2 October), judged from its own evidence: the
// order of its written dates, its time zones and clock words, its spelling, and the language of its prose.

/** Words of prose a page needs before its language is judged from them. */
export const MIN_WORDS_FOR_LANGUAGE = 40;
/** English prose has one of ENGLISH_WORDS in about every eight words; a page with fewer than 1 in 40 is not English. */
export const ENGLISH_SHARE = 40;

/**
 * And at least 1 word in 20 holds a letter outside ASCII (a diacritic, another script): a page of capitals and
 * abbreviations (a bond sheet: "AMT: 1,200,000 DATE: 09/05/96") has few English function words but is English.
 */
export const NON_ASCII_SHARE = 20;

/** Frequent function words of English and of the languages whose all-digit dates put the day first. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|that|with|for|was|are)\b/gi;
const DAY_FIRST_LANGUAGE_WORDS =
  /(?<!\p{L})(?:der|die|und|das|nicht|mit|ist|les|et|des|est|une|pour|dans|los|las|que|del|una|por|para|il|di|che|della|gli|per|não|uma|com|como|het|een|van|niet|zijn)(?!\p{L})/giu;
/** "13 March 2015" (day first) against "March 13, 2015" (month first): how the page itself writes dates. */
const WRITTEN_DAY_FIRST =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+\d{4}\b/g;
const WRITTEN_MONTH_FIRST =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/g;

/**
 * Time words and zones of countries that write all-digit dates day first ("10:31 Uhr", "10h31", "kl. 10.31", IST,
 * GMT/BST, AEST, SAST, WAT, EAT, SGT, PKT, CET) and of the United States (ET, EST, PDT…, "10:31 a.m.").
 */
const DAY_FIRST_TIME =
  /\d\s*Uhr\b|\b\d{1,2}h\d{2}\b|\bkl\.?\s*\d|\b(?:IST|GMT|BST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|SGT|PKT|PHT|CET|CEST|EET|EEST|WET|WEST|MSK|WIB|WITA|MYT|HKT|GST)\b/g;
const MONTH_FIRST_TIME = /\b(?:ET|CT|PT|[ECMP][SD]T)\b|\d\s*[ap]\.m\./g;

/**
 * Spellings of British English (the UK, Ireland, India, Australia, South Africa, Nigeria, Kenya: day first) and of
 * American English (month first); words both varieties share ("check", "tire") are left out.
 */
const BRITISH_SPELLING =
  /\b(?:colour|favourite|honour|labour|neighbour|behaviour|centre|theatre|organisation|organised?|realised?|recognised?|programme|defence|licence|travelled|cancelled|whilst|amongst|analyse|apologise|criticised?|emphasised?|prioritised?|jewellery|aluminium|grey|cheque|catalogue|fulfil|enrol)s?\b/gi;
const AMERICAN_SPELLING =
  /\b(?:color|favorite|honor|labor|neighbor|behavior|center|theater|organization|organized?|realized?|recognized?|defense|license|traveled|canceled|analyze|apologize|criticized?|emphasized?|prioritized?|jewelry|aluminum|gray|catalog|fulfill|enroll)s?\b/gi;

/** One spelling is no evidence ("programme" is also a US broadcaster's word): the page must lean by this many. */
export const SPELLING_MARGIN = 2;

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/**
 * A picture's credit line with its caption ("© Getty Images MANCHESTER (BRITAIN), Sept. 29, 2020 -- A girl …"): the
 * photo agency's house style, not the outlet's, so it is no evidence of how the page writes its dates.
 */
const PICTURE_CREDIT = /^[ \t]*(?:©|\(c\))[ \t]*\p{L}.*$/gmu;

/**
 * True when the page's own habits put the day first in all-digit dates: it writes its dates "13 March 2015" more
 * often than "March 13, 2015", else its times carry more day-first zones and words than US ones, else it spells
 * the British way more than the American, else its prose is in a language other than English. False when
 * the same evidence says month first; null when nothing says. Picture credits and their captions are left out.
 */
export function localeDayFirst(page: string): boolean | null {
  const text = page.replace(PICTURE_CREDIT, '');
  const dayFirstWritten = count(text, WRITTEN_DAY_FIRST);
  const monthFirstWritten = count(text, WRITTEN_MONTH_FIRST);
  if (dayFirstWritten !== monthFirstWritten) return dayFirstWritten > monthFirstWritten;
  const dayFirstTimes = count(text, DAY_FIRST_TIME);
  const monthFirstTimes = count(text, MONTH_FIRST_TIME);
  if (dayFirstTimes !== monthFirstTimes) return dayFirstTimes > monthFirstTimes;
  const british = count(text, BRITISH_SPELLING);
  const american = count(text, AMERICAN_SPELLING);
  if (Math.abs(british - american) >= SPELLING_MARGIN) return british > american;
  const english = count(text, ENGLISH_WORDS);
  const other = count(text, DAY_FIRST_LANGUAGE_WORDS);
  if (other > english) return true;
  // Prose in any other language (Romanian, Turkish, Russian, Arabic …): only US English puts the month first.
  const words = count(text, /[\p{L}\p{M}]+/gu);
  const accented = count(text, /[\p{L}\p{M}]*[^\p{ASCII}\P{L}][\p{L}\p{M}]*/gu);
  const foreign = english * ENGLISH_SHARE < words && accented * NON_ASCII_SHARE >= words;
  return words >= MIN_WORDS_FOR_LANGUAGE && foreign ? true : null;
}
