/**
 * Tuning values of normalize/places. Each says which choice it steers and why it has the value it has.
 */

/**
 * Context moves an ambiguous name away from its likeliest reading only when that reading is at most this many
 * times bigger than the alternative. "Paris" in an article that mentions the United States stays Paris, France
 * (2.1 M people against 25,000 in Paris, Texas) unless Texas itself is named, and so does "Dublin" (1 M against
 * 57,000 in Dublin, California); "Birmingham" (1 M in England, 0.2 M in Alabama) follows the article's country.
 */
export const DOMINANCE_RATIO = 10;

/**
 * A country reading ("Georgia") gives way to a same-named region of another country only when the article names
 * that other country this many times and never the first one.
 */
export const COUNTRY_OVERRIDE_MIN_SUPPORT = 2;

/**
 * How far before a place (in characters, same sentence) a "demonym + place noun" phrase is looked for: "the
 * Russian city of St. Petersburg" has 16 between the demonym and the place.
 */
export const DEMONYM_WINDOW = 40;

/** A demonym followed by a place noun, right before the place ("Russian city of ", "Kazakh capital, "). */
export const DEMONYM_PLACE_NOUN =
  /(\p{Lu}\p{L}+)(?:-(?:held|controlled|ruled|annexed))?\s+(?:city|town|village|capital|port|region|province|state|republic|island|resort|enclave|district|county|territory|oblast|exclave)(?:\s+of)?[\s,]*$/u;

/**
 * A landmark inherits the article's dominant country only when that country has at least this many supporting
 * mentions (places in it, demonyms) and strictly more than any other.
 */
export const DOMINANT_MIN_SUPPORT = 2;

/**
 * Last words that make an unmatched name a landmark (built or named sites), case-sensitive: "Senate Square",
 * "Brooklyn Bridge", "Winter Palace". Natural features (River, Lake, Sea) are not landmarks and keep the
 * extractor's kind.
 */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set([
  'Square',
  'Plaza',
  'Piazza',
  'Bridge',
  'Palace',
  'Castle',
  'Cathedral',
  'Church',
  'Chapel',
  'Abbey',
  'Basilica',
  'Mosque',
  'Temple',
  'Synagogue',
  'Shrine',
  'Tower',
  'Towers',
  'Monument',
  'Memorial',
  'Mausoleum',
  'Museum',
  'Gallery',
  'Library',
  'Theatre',
  'Theater',
  'Opera',
  'Hall',
  'Arena',
  'Stadium',
  'Airport',
  'Station',
  'Terminal',
  'Harbour',
  'Harbor',
  'Port',
  'Pier',
  'Park',
  'Garden',
  'Gardens',
  'Cemetery',
  'Gate',
  'Wall',
  'Kremlin',
  'Street',
  'Avenue',
  'Boulevard',
  'Road',
  'Lane',
  'Prospekt',
  'Embankment',
  'Highway',
  'Building',
  'Center',
  'Centre',
  'Hospital',
  'University',
  'Market',
  'Fort',
  'Fortress',
  'Dam',
  'Canal',
  'Tunnel',
  'Factory',
  'Plant',
  'Complex',
  'Campus',
  'Mall',
]);

/** A possessive ending removed before lookup ("Russia's" -> "Russia"). */
export const POSSESSIVE = /['\u2019]s?$/;
