import type { GazetteerEntry } from '../../../gazetteer';
import type { PlaceKind, PlaceMention } from '../../../model/mentions';

/** The normalized fields of one mention, before its entity id is known. */
export interface Normalized {
  readonly mention: PlaceMention;
  readonly entry: GazetteerEntry | null;
  readonly kind: PlaceKind;
  readonly country: string | null;
}

/** Mentions of the same gazetteer place share a key; unmatched names are keyed by their exact name. */
function entityKey(n: Normalized): string {
  const e = n.entry;
  if (!e) return `name:${n.kind}:${n.mention.name}`;
  return e.geonameId !== null ? `geo:${e.geonameId}` : `entry:${e.kind}:${e.country ?? ''}:${e.name}`;
}

/**
 * Pass 6: the final mentions, in text order, with entity ids L1, L2, ... numbered by first mention; every
 * mention of one canonical place shares its id.
 */
export function withEntities(list: readonly Normalized[]): PlaceMention[] {
  const ids = new Map<string, string>();
  return [...list]
    .sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end)
    .map((n) => {
      const key = entityKey(n);
      const entity = ids.get(key) ?? `L${ids.size + 1}`;
      ids.set(key, entity);
      const e = n.entry;
      return {
        ...n.mention,
        name: e?.name ?? n.mention.name,
        placeKind: n.kind,
        country: n.country,
        geonameId: e?.geonameId ?? null,
        lat: e?.lat ?? null,
        lon: e?.lon ?? null,
        entity,
      };
    });
}
