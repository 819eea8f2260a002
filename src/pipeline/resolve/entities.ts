import type { Doc } from '../../model/document';
import type { Entity, OrganizationMention, PersonMention, PlaceMention } from '../../model/mentions';

/** The mentions that make entities. */
type NamedMention = PersonMention | PlaceMention | OrganizationMention;
import type { Stage } from '../stage';

/** Entity ids in natural order: by prefix, then by number (P2 before P10). */
function compareIds(a: string, b: string): number {
  const [pa, na] = [a.replace(/\d+$/, ''), Number(a.replace(/^\D+/, ''))];
  const [pb, nb] = [b.replace(/\d+$/, ''), Number(b.replace(/^\D+/, ''))];
  return pa.localeCompare(pb) || na - nb;
}

/**
 * One entity per id among `mentions`: name of the first mention, distinct roles in text order, mention count, and
 * for a person the first age the text states.
 */
function entitiesOf(
  mentions: readonly NamedMention[],
  type: Entity['type'],
  idOf: (m: NamedMention) => string,
): Entity[] {
  const byId = new Map<string, { name: string; roles: string[]; mentions: number; age?: string }>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const id = idOf(m);
    const e = byId.get(id) ?? { name: m.name, roles: [], mentions: 0 };
    e.mentions++;
    const role = m.kind === 'person' ? m.role : null;
    if (role && !e.roles.includes(role)) e.roles.push(role);
    if (m.kind === 'person' && m.age && e.age === undefined) e.age = m.age;
    byId.set(id, e);
  }
  return [...byId].map(([id, e]) => {
    const entity = { id, type, name: e.name, roles: e.roles, mentions: e.mentions };
    return e.age === undefined ? entity : { ...entity, age: e.age };
  });
}

/** Place entity ids: the normalizer's, or (when it did not run) one per canonical name in first-mention order. */
function placeIdFor(places: readonly PlaceMention[]): (m: NamedMention) => string {
  const fallback = new Map<string, string>();
  for (const p of [...places].sort((a, b) => a.start - b.start))
    if (!p.entity && !fallback.has(p.name.toLowerCase())) fallback.set(p.name.toLowerCase(), `L${fallback.size + 1}`);
  return (m) => m.entity || (fallback.get(m.name.toLowerCase()) ?? '');
}

/**
 * Builds the article's entity table, last in the pipeline: one entity per person (P1, ...), per place (L1, ...)
 * and per organization (O1, ..., numbered by extract/names) with its canonical name, the roles the text gives it and
 * its mention count, sorted by id.
 */
export const resolveEntities: Stage = {
  name: 'resolve/entities',
  run(doc: Doc): Doc {
    const people = entitiesOf(doc.people, 'person', (m) => m.entity || `P?${m.name}`);
    const places = entitiesOf(doc.places, 'place', placeIdFor(doc.places));
    const orgs = entitiesOf(doc.organizations, 'organization', (m) => m.entity || `O?${m.name}`);
    const entities = [...people, ...places, ...orgs].sort((a, b) => compareIds(a.id, b.id));
    return { ...doc, entities };
  },
};
