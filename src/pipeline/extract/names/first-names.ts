// First-name knowledge from the gender-detection-from-name package (MIT): about 67,000 given names from English,
// French, Spanish, Italian, German and Turkish lists, which between them cover many transliterated names too,
// plus the given names of compromise's lexicon.
import de from 'gender-detection-from-name/names/de';
import en from 'gender-detection-from-name/names/en';
import es from 'gender-detection-from-name/names/es';
import fr from 'gender-detection-from-name/names/fr';
import it from 'gender-detection-from-name/names/it';
import tr from 'gender-detection-from-name/names/tr';
import { compromiseLexiconTags } from '../../../adapters/compromise';
import { COMMON_CAPITALIZED } from './words';

// Built on first use (about 250 ms) and never changed after.
let index: ReadonlyMap<string, number> | null = null;

/** How many of the package's language lists contain each lower-cased name. */
function build(): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const list of [en, fr, es, it, de, tr])
    for (const name of list.keys()) if (!COMMON_CAPITALIZED.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/**
 * How many language lists know `word` as a given name (0 when none). A hyphenated word counts by its first part
 * ("Kassym-Jomart"), since compound given names are rarely listed whole.
 */
export function firstNameLists(word: string): number {
  index ??= build();
  const lower = word.toLowerCase();
  const dash = lower.indexOf('-');
  const key = index.has(lower) || dash < 2 ? lower : lower.slice(0, dash);
  const lexicon = compromiseLexiconTags(key).some((t) => GIVEN_NAME_TAGS.has(t)) ? 1 : 0;
  return (index.get(key) ?? 0) + lexicon;
}

/** compromise lexicon tags that mark a given name. */
const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName']);
