import type { Doc } from '../../model/document';
import type { Entity, PersonMention, PlaceMention } from '../../model/mentions';
import type { Stage } from '../stage';

/** Entity ids in natural order: by prefix, then by number (P2 before P10). */
function compareIds(a: string, b: string): number {
  const [pa, na] = [a.replace(/\d+$/, ''), Number(a.replace(/^\D+/, ''))];
  const [pb, nb] = [b.replace(/\d+$/, ''), Number(b.replace(/^\D+/, ''))];
  return pa.localeCompare(pb) || na - nb;
}

/** One entity per id among `mentions`: name of the first mention, distinct roles in text order, mention count. */
function entitiesOf(mentions: readonly (PersonMention | PlaceMention)[], type: Entity['type'], idOf: (m: PersonMention | PlaceMention) => string): Entity[] {
  const byId = new Map<string, { name: string; roles: string[]; mentions: number }>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const id = idOf(m);
    const e = byId.get(id) ?? { name: m.name, roles: [], mentions: 0 };
    e.mentions++;
    const role = m.kind === 'person' ? m.role : null;
    if (role && !e.roles.includes(role)) e.roles.push(role);
    byId.set(id, e);
  }
  return [...byId].map(([id, e]) => ({ id, type, name: e.name, roles: e.roles, mentions: e.mentions }));
}

/** Place entity ids: the normalizer's, or (when it did not run) one per canonical name in first-mention order. */
function placeIdFor(places: readonly PlaceMention[]): (m: PersonMention | PlaceMention) => string {
  const fallback = new Map<string, string>();
  for (const p of [...places].sort((a, b) => a.start - b.start))
    if (!p.entity && !fallback.has(p.name.toLowerCase())) fallback.set(p.name.toLowerCase(), `L${fallback.size + 1}`);
  return (m) => m.entity || (fallback.get(m.name.toLowerCase()) ?? '');
}

/**
 * Builds the article's entity table, last in the pipeline: one entity per person (P1, ...) and per place (L1,
 * ...) with its canonical name, the roles the text gives it and its mention count, sorted by id.
 */
export const resolveEntities: Stage = {
  name: 'resolve/entities',
  run(doc: Doc): Doc {
    const people = entitiesOf(doc.people, 'person', (m) => m.entity || `P?${m.name}`);
    const places = entitiesOf(doc.places, 'place', placeIdFor(doc.places));
    const entities = [...people, ...places].sort((a, b) => compareIds(a.id, b.id));
    return { ...doc, entities };
  },
};
