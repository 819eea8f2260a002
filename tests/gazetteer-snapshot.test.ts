// The gazetteer is read from a committed snapshot (src/gazetteer/gazetteer-snapshot.json) instead of being built
// from the packages in every process. These tests rebuild it from the installed packages and require the same
// lookups: keys, entries, order and shared entry objects. After a package upgrade or a change to tools/gazetteer/,
// run `npm run gazetteer` to rewrite the snapshot. The index is built once here (it is the slow part).
import { buildIndex } from '../tools/gazetteer/build';
import type { GazetteerIndex } from '../tools/gazetteer/build';
import { buildDemonyms } from '../tools/gazetteer/demonyms';
import snapshot from '../src/gazetteer/gazetteer-snapshot.json';
import { decodeSnapshot } from '../src/gazetteer/snapshot-decode';
import { encodeSnapshot } from '../tools/gazetteer/snapshot-encode';
import { KEY_BUCKETS, keyBucket } from '../src/gazetteer/snapshot-format';
import type { GazetteerEntry } from '../src/gazetteer/types';

const STALE = 'stale gazetteer snapshot: run `npm run gazetteer`';
const PARTS = ['exact', 'byKey', 'qualifiedOnly'] as const;

const built = buildIndex();
const demonyms = buildDemonyms();

/** Every key of the built indexes with the entries `lookup` gives for it, entries numbered by first appearance. */
function shape(
  lookup: (part: (typeof PARTS)[number], key: string) => readonly GazetteerEntry[] | undefined,
): [string, number[] | null][] {
  const ids = new Map<GazetteerEntry, number>();
  const id = (e: GazetteerEntry): number => ids.get(e) ?? (ids.set(e, ids.size), ids.size - 1);
  return PARTS.flatMap((part) =>
    [...built[part].keys()].map((key): [string, number[] | null] => [
      `${part}:${key}`,
      lookup(part, key)?.map(id) ?? null,
    ]),
  );
}

describe('gazetteer snapshot', () => {
  it('matches what tools/gazetteer makes from the installed packages (as gazetteerSnapshot() writes it)', () => {
    const live = encodeSnapshot(built, demonyms);
    expect({ same: JSON.stringify(live) === JSON.stringify(snapshot), note: STALE }).toEqual({
      same: true,
      note: STALE,
    });
  });

  it('gives the built entries for every key, likeliest first', () => {
    const decoded = decodeSnapshot(snapshot);
    for (const part of PARTS) {
      const keys = [...built[part].keys()];
      expect(keys.map((key) => decoded[part].get(key))).toEqual(keys.map((key) => built[part].get(key)));
    }
    expect(built.byKey.size).toBeGreaterThan(20_000);
  });

  it('decodes an entry listed under several keys to one shared object, as built', () => {
    const decoded = decodeSnapshot(snapshot);
    expect(shape((part, key) => decoded[part].get(key))).toEqual(shape((part, key) => built[part].get(key)));
    const dc = decoded.byKey.get('washington d c')?.[0];
    expect(dc?.name).toBe('Washington, D.C.');
    expect(decoded.byKey.get('washington')?.[0]).toBe(dc);
  });

  it('gives the same objects on every lookup, whichever part was decoded first', () => {
    const decoded = decodeSnapshot(snapshot);
    const keys = ['paris', 'washington', 'washington d c', 'moscow', 'saint petersburg'];
    const early = new Map([...keys].reverse().map((k) => [k, decoded.byKey.get(k)]));
    decoded.decodeAll();
    for (const k of keys) expect(decoded.byKey.get(k)).toBe(early.get(k));
    expect(decoded.byKey.get('washington')?.[0]).toBe(decoded.byKey.get('washington d c')?.[0]);
  });

  it('decodes the demonyms as built', () => {
    expect([...decodeSnapshot(snapshot).demonyms]).toEqual([...demonyms]);
  });

  it('finds nothing for keys the gazetteer lacks', () => {
    const decoded = decodeSnapshot(snapshot);
    for (const key of ['', 'mobile', 'qxzqv', 'putin', 'the']) expect(decoded.byKey.get(key)).toBeUndefined();
  });

  it('freezes entries and lists', () => {
    const list = decodeSnapshot(snapshot).byKey.get('paris');
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list?.[0])).toBe(true);
  });

  it('spreads keys over the buckets (none holds more than a few dozen)', () => {
    const sizes = new Array<number>(KEY_BUCKETS).fill(0);
    for (const key of built.byKey.keys()) sizes[keyBucket(key)] = (sizes[keyBucket(key)] ?? 0) + 1;
    expect(Math.max(...sizes)).toBeLessThan(50);
  });
});

describe('gazetteer snapshot: values it cannot hold are refused, never written', () => {
  const entry = (name: string): GazetteerEntry => ({
    name,
    kind: 'city',
    country: 'US',
    geonameId: 1,
    lat: 0,
    lon: 0,
    population: 1,
    admin1: null,
  });
  const one = (key: string, e: GazetteerEntry): GazetteerIndex => ({
    byKey: new Map([[key, [e]]]),
    exact: new Map(),
    qualifiedOnly: new Map(),
  });
  it.each([
    ['a name that is the null marker', 'x', entry('-')],
    ['a name holding the field separator', 'x', entry('A|B')],
    ['a name holding the record separator', 'x', entry('A~B')],
    ['a key holding a newline', 'x\ny', entry('X')],
  ])('%s', (_why, key, e) => {
    expect(() => encodeSnapshot(one(key, e), new Map())).toThrow(/gazetteer snapshot: cannot encode/);
  });

  it('a small index round-trips, empty parts included', () => {
    const e = entry('Springfield');
    const decoded = decodeSnapshot(encodeSnapshot(one('springfield', e), new Map([['Springfielder', 'US']])));
    expect(decoded.byKey.get('springfield')).toEqual([e]);
    expect(decoded.exact.get('springfield')).toBeUndefined();
    expect([...decoded.demonyms]).toEqual([['Springfielder', 'US']]);
  });
});
