// First-name knowledge: about 67,000 given names from the English, French, Spanish, Italian, German and Turkish
// lists of gender-detection-from-name (read through adapters/given-names), which between them cover many
// transliterated names too, plus the given names of compromise's lexicon.
import { compromiseLexiconTags } from '../../../adapters/compromise';
import { givenNameListCount } from '../../../adapters/given-names';
import { COMMON_CAPITALIZED } from './words';

/** How many language lists have a lower-cased name; words that are mostly common capitalized words count as none. */
function listCount(name: string): number {
  return COMMON_CAPITALIZED.has(name) ? 0 : givenNameListCount(name);
}

/**
 * How many language lists know `word` as a given name (0 when none). A hyphenated word counts by its first part
 * ("Kassym-Jomart"), since compound given names are rarely listed whole.
 */
export function firstNameLists(word: string): number {
  const lower = word.toLowerCase();
  const dash = lower.indexOf('-');
  const whole = listCount(lower);
  const key = whole > 0 || dash < 2 ? lower : lower.slice(0, dash);
  const lexicon = compromiseLexiconTags(key).some((t) => GIVEN_NAME_TAGS.has(t)) ? 1 : 0;
  return (key === lower ? whole : listCount(key)) + lexicon;
}

/** compromise lexicon tags that mark a given name. */
const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName']);
