// Pass 9f of name finding: a country standing for its airline. In a story about airlines, "Qatar said it would
// start flights to Mombasa" and "Emirates and Qatar compete for passengers" name the carriers Qatar Airways and
// Emirates, not the countries: the name acts (it says, adds, cuts, competes) or is listed with a carrier. A
// country after a preposition ("flights to Qatar") or in a dateline stays a place.
import { lexiconWordsIn } from './doc-words';
import type { Finding } from './finding';

/**
 * Words of commercial airline reporting; an article that says "airline" and this many distinct ones is about
 * airlines (military stories have flights, planes and carriers, but no passengers, fares or airlines).
 */
const AIRLINE_WORDS = new Set(`airline airlines carrier carriers passengers fares routes`.split(/\s+/));
const AIRLINE_DOC_WORDS = 3;
/** Verbs of a company acting, right after the name. */
const ACTS =
  /^[ \t]+(?:said|says|will|would|plans|planned|added|adds|cut|cuts|launched|launches|flies|flew|compete|competes|ordered|orders|announced|announces|expects|expected|reported|reports)\b/;
/** A preposition or article of place right before the name. */
const PLACE_BEFORE = /\b(?:in|to|from|at|into|over|via|between|across|of|near)[ \t]+$/i;
/** What joins two names of one list. */
const LIST_GAP = /^[ \t]*(?:,|and|or|,[ \t]*and)[ \t]*$/;
/** Strength of the reading (as pass 9's decisions). */
const DECIDED = 2.5;

/** Whether the text is about airlines. */
function airlineStory(text: string): boolean {
  // Most articles never write "airline": they skip the scan.
  if (!/airline/i.test(text)) return false;
  const seen = lexiconWordsIn(text, AIRLINE_WORDS, /[a-z]+/g);
  return (seen.has('airline') || seen.has('airlines')) && seen.size >= AIRLINE_DOC_WORDS;
}

/** A one-word place reading that is not a dateline and not after a preposition. */
function barePlace(f: Finding, text: string): boolean {
  if (f.type !== 'place' || !/^[A-Z][a-z]+$/.test(f.text) || f.rule === 'dateline') return false;
  return !PLACE_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start));
}

/** Places that stand for their airline: acting names, their other bare mentions, and names listed with them. */
export function airlineMetonymy(findings: readonly Finding[], text: string): Finding[] {
  if (!airlineStory(text)) return [...findings];
  const acting = new Set(
    findings.filter((f) => barePlace(f, text) && ACTS.test(text.slice(f.end, f.end + 20))).map((f) => f.text),
  );
  if (acting.size === 0) return [...findings];
  const isCarrier = (f: Finding | undefined): boolean =>
    f !== undefined && (acting.has(f.text) || (f.type === 'org' && f.strength >= DECIDED));
  return findings.map((f, i) => {
    if (!barePlace(f, text)) return f;
    const [a, b] = [findings[i - 1], findings[i + 1]];
    const listed =
      (isCarrier(a) && a !== undefined && LIST_GAP.test(text.slice(a.end, f.start))) ||
      (isCarrier(b) && b !== undefined && LIST_GAP.test(text.slice(f.end, b.start)));
    return acting.has(f.text) || listed ? { ...f, type: 'org', strength: DECIDED, rule: 'airline' } : f;
  });
}
