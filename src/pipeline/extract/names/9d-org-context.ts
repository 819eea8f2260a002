// Context tests of the organization decision (pass 9) that look at the words around a name: a dateline is a
// place and no acronym ("THE HAGUE 1996-08-30", "LONGYEAR, Norway"), a name before "newspaper" or "daily" is a
// publication ("Le Matin newspaper said"), and a stock index is no organization ("the Dow Jones industrial
// average", "the Nasdaq composite index").
import { demonymWord } from './5-evidence';
import type { Finding } from './finding';
import { placeHints } from './gazetteer';

/** What follows a dateline's place: the date, a region or country then the date, or a wire credit. */
const DATELINE_AFTER =
  /^(?:,[ \t]+[A-Z][^\n]{0,40}?)?[ \t]*(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ \t]+\d{1,2}\b|\(|[-–—])/;

/** An all-caps word of a dateline: the line starts with it (or with "THE" and it) and a date or credit follows. */
export function datelineWord(f: Finding, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  if (!/^(?:THE[ \t]+)?$/.test(text.slice(lineStart, f.start)) || f.text !== f.text.toUpperCase()) return false;
  return DATELINE_AFTER.test(text.slice(f.end, f.end + 60));
}

/** Nouns of a publication written right after its name ("Liberte newspaper", "Zycie Warszawy daily"). */
const MEDIA_AFTER = /^[ \t]+(?:newspaper|newspapers|daily|weekly|tabloid|magazine|news[ \t]+agency)\b/;

/** A name right before a publication noun: the publication, unless a firm place ("the Mexico City daily"). */
export function publicationName(f: Finding, text: string): boolean {
  if (f.type === 'person' && f.strength >= 3) return false;
  if (f.type === 'place' && f.strength >= 2.5) return false;
  return MEDIA_AFTER.test(text.slice(f.end, f.end + 20));
}

/** Words after a market index's name: the index, not the company or exchange that publishes it. */
const INDEX_AFTER =
  /^[ \t]+(?:industrial|industrials|index|indices|average|averages|composite|transportation|utilities)\b/i;

/** "Dow Jones industrial average", "Nasdaq composite index": a stock index (CoNLL and OntoNotes: no org). */
export function indexName(f: Finding, text: string): boolean {
  return INDEX_AFTER.test(text.slice(f.end, f.end + 20));
}

/**
 * Nouns a company has and a person does not, written right after the name as a modifier ("Harwell stock closed",
 * "Velmora CEO Anna Petrak", "Air France headquarters"): they overrule a weak person reading.
 */
const FIRM_MODIFIED =
  /^[ \t]+(?:shares|stock|stocks|shareholders|stockholders|ceo|cfo|headquarters|freighter|freighters|airliner|airliners|subsidiary|common[ \t]+stock)\b/i;
/**
 * Nouns an organization has and a person rarely does as a modifier ("Ericsson spokesman", "Air France unions");
 * a person also has a spokesman ("a Clinton spokesman"), so these decide only names with no reading yet.
 */
const SOFT_MODIFIED =
  /^[ \t]+(?:spokesman|spokeswoman|spokesperson|chairman|chairwoman|officials|executives|employees|workers|unions|staff|flight|flights|plant|factory)\b/;

/** A name before a company's possession used as a modifier: firm nouns over weak people, soft ones over none. */
export function businessModifier(f: Finding, text: string, weakPerson: boolean): boolean {
  const after = text.slice(f.end, f.end + 24);
  // Mid-sentence names only: "Government officials", "Total shares" open a sentence; "Mexican officials" are people.
  const name = f.rule === 'capitalized' && !demonymWord(f.words[0] ?? '');
  // A people's adjective the demonym list lacks ("Kurdish officials") has the adjective's ending.
  const adjective = /(?:ish|ese|ian|ean|ic)$/.test(f.text);
  if (f.type === 'none' && name && !adjective && SOFT_MODIFIED.test(after)) return true;
  return ((f.type === 'none' && name) || weakPerson) && FIRM_MODIFIED.test(after);
}

/** "Air France", "Air India", "Air Canada": an airline named "Air" and its country or city. */
export function airName(f: Finding): boolean {
  return f.words.length >= 2 && f.words[0] === 'Air' && placeHints(f.words.slice(1).join(' ')).length > 0;
}
