import type { PlaceKind } from '../model/mentions';
import { lazy } from './lazy';
import type { GazetteerSnapshot } from './snapshot-format';
import { ENTRY_BLOCK, FIELD, NULL_FIELD, POSITIONS, RECORD, keyBucket } from './snapshot-format';
import type { GazetteerEntry } from './types';

/** Name key -> entries, likeliest first (what `Map.get` gives; the snapshot's buckets are decoded on demand). */
export interface KeyLookup {
  get(key: string): readonly GazetteerEntry[] | undefined;
}

/** The gazetteer read back from a snapshot: the indexes of build.ts and the demonyms. */
export interface DecodedGazetteer {
  readonly byKey: KeyLookup;
  readonly exact: KeyLookup;
  readonly qualifiedOnly: KeyLookup;
  readonly demonyms: ReadonlyMap<string, string>;
  /** Decodes every part now (for timing, or to warm a long-lived process). */
  decodeAll(): void;
}

const PLACE_KINDS: ReadonlySet<string> = new Set<PlaceKind>(['country', 'region', 'city', 'landmark', 'other']);

function isPlaceKind(kind: string | undefined): kind is PlaceKind {
  return kind !== undefined && PLACE_KINDS.has(kind);
}

function field(value: string | undefined): string | null {
  if (value === undefined) throw new Error('gazetteer snapshot: a place record has too few fields');
  return value === NULL_FIELD ? null : value;
}

function numField(value: string | undefined): number | null {
  const t = field(value);
  return t === null ? null : Number(t);
}

function decodeEntry(record: string): GazetteerEntry {
  const [name, kind, country, geonameId, lat, lon, population, admin1] = record.split(FIELD);
  if (name === undefined || name === NULL_FIELD || !isPlaceKind(kind))
    throw new Error(`gazetteer snapshot: bad place record ${JSON.stringify(record)}`);
  const entry: GazetteerEntry = {
    name,
    kind,
    country: field(country),
    geonameId: numField(geonameId),
    lat: numField(lat),
    lon: numField(lon),
    population: numField(population),
    admin1: field(admin1),
  };
  return Object.freeze(entry);
}

function records(s: string): string[] {
  return s === '' ? [] : s.split(RECORD);
}

/** Entry at a position: each block of ENTRY_BLOCK entries is decoded once, on first use, and then shared. */
function entryTable(blocks: readonly string[]): (at: number) => GazetteerEntry {
  const decoded = blocks.map((block) => lazy(() => records(block).map(decodeEntry)));
  return (at) => {
    const entry = decoded[Math.floor(at / ENTRY_BLOCK)]?.()[at % ENTRY_BLOCK];
    if (entry === undefined) throw new Error(`gazetteer snapshot: no place at position ${at}`);
    return entry;
  };
}

function keyMap(
  bucket: string,
  entryAt: (at: number) => GazetteerEntry,
): ReadonlyMap<string, readonly GazetteerEntry[]> {
  const out = new Map<string, readonly GazetteerEntry[]>();
  for (const record of records(bucket)) {
    const bar = record.indexOf(FIELD);
    const at = record.slice(bar + 1);
    // Most keys name one place: skip the split for them.
    const list = at.includes(POSITIONS) ? at.split(POSITIONS).map((p) => entryAt(Number(p))) : [entryAt(Number(at))];
    out.set(record.slice(0, bar), Object.freeze(list));
  }
  return out;
}

/** Reads a snapshot back into the indexes `buildIndex` makes: the same keys, entries, order and shared entries. */
export function decodeSnapshot(snapshot: GazetteerSnapshot): DecodedGazetteer {
  const entryAt = entryTable(snapshot.entries);
  const buckets = snapshot.byKey.map((bucket) => lazy(() => keyMap(bucket, entryAt)));
  const exact = lazy(() => keyMap(snapshot.exact, entryAt));
  const qualifiedOnly = lazy(() => keyMap(snapshot.qualifiedOnly, entryAt));
  const demonyms = new Map(
    records(snapshot.demonyms).map((record): [string, string] => {
      const [word = '', code = ''] = record.split(FIELD);
      return [word, code];
    }),
  );
  return {
    byKey: { get: (key) => buckets[keyBucket(key)]?.().get(key) },
    exact: { get: (key) => exact().get(key) },
    qualifiedOnly: { get: (key) => qualifiedOnly().get(key) },
    demonyms,
    decodeAll: () => [exact, qualifiedOnly, ...buckets].forEach((part) => part()),
  };
}
