import type { GazetteerIndex } from './build';
import type { GazetteerSnapshot } from '../../src/gazetteer/snapshot-format';
import {
  ENTRY_BLOCK,
  FIELD,
  KEY_BUCKETS,
  NULL_FIELD,
  POSITIONS,
  RECORD,
  SNAPSHOT_NOTE,
  keyBucket,
} from '../../src/gazetteer/snapshot-format';
import type { GazetteerEntry } from '../../src/gazetteer/types';

/** Characters a field may not hold: the separators (and line breaks, to keep the file's strings readable). */
const RESERVED = /[|~\n\t]/;

function text(value: string | null): string {
  if (value === NULL_FIELD || (value !== null && RESERVED.test(value)))
    throw new Error(`gazetteer snapshot: cannot encode the field value ${JSON.stringify(value)}`);
  return value ?? NULL_FIELD;
}

function num(value: number | null): string {
  return value === null ? NULL_FIELD : String(value);
}

function encodeEntry(e: GazetteerEntry): string {
  return [
    text(e.name),
    text(e.kind),
    text(e.country),
    num(e.geonameId),
    num(e.lat),
    num(e.lon),
    num(e.population),
    text(e.admin1),
  ].join(FIELD);
}

/** Numbers entries in first-seen order, so an entry listed under several keys is written once. */
class Positions {
  readonly order = new Map<GazetteerEntry, number>();
  record(key: string, list: readonly GazetteerEntry[]): string {
    const at = list.map((e) => {
      const known = this.order.get(e);
      if (known !== undefined) return known;
      this.order.set(e, this.order.size);
      return this.order.size - 1;
    });
    return `${text(key)}${FIELD}${at.join(POSITIONS)}`;
  }
}

function chunks(records: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < records.length; i += size) out.push(records.slice(i, i + size).join(RECORD));
  return out;
}

/** Writes the indexes (and the demonyms) as a snapshot (see snapshot-format.ts). */
export function encodeSnapshot(index: GazetteerIndex, demonyms: ReadonlyMap<string, string>): GazetteerSnapshot {
  const positions = new Positions();
  // The exact index first: every lookup asks it, and its few places then share a block or two.
  const exact = [...index.exact].map(([key, list]) => positions.record(key, list));
  const buckets: string[][] = Array.from({ length: KEY_BUCKETS }, () => []);
  for (const [key, list] of index.byKey) buckets[keyBucket(key)]?.push(positions.record(key, list));
  const qualifiedOnly = [...index.qualifiedOnly].map(([key, list]) => positions.record(key, list));
  return {
    note: SNAPSHOT_NOTE,
    entries: chunks([...positions.order.keys()].map(encodeEntry), ENTRY_BLOCK),
    byKey: buckets.map((b) => b.join(RECORD)),
    exact: exact.join(RECORD),
    qualifiedOnly: qualifiedOnly.join(RECORD),
    demonyms: [...demonyms].map(([word, code]) => `${text(word)}${FIELD}${text(code)}`).join(RECORD),
  };
}
