import type { Doc } from '../../model/document';
import type { PersonMention } from '../../model/mentions';
import type { Stage } from '../stage';
import { statedAge } from './people/ages';
import { clusterMentions, nameWords } from './people/cluster';

/** The canonical name of a cluster: its longest full form (most words, then most characters, then first). */
function canonical(members: readonly PersonMention[]): string {
  let best = members[0]?.name ?? '';
  for (const m of members) {
    const [a, b] = [nameWords(m.name).length, nameWords(best).length];
    if (a > b || (a === b && m.name.length > best.length && !/\p{Lu}\./u.test(m.name))) best = m.name;
  }
  return best;
}

/** The members of each cluster in text order, keyed by cluster owner (one pass, not one filter per cluster). */
function membersByOwner(sorted: readonly PersonMention[], owner: readonly number[]): Map<number, PersonMention[]> {
  const out = new Map<number, PersonMention[]>();
  sorted.forEach((m, i) => {
    const o = owner[i] ?? i;
    const list = out.get(o);
    if (list) list.push(m);
    else out.set(o, [m]);
  });
  return out;
}

/**
 * Groups the article's person mentions into entities P1, P2, ... numbered by first mention, and gives every
 * mention its entity's canonical full name ("Putin" -> "Vladimir Putin"). Roles and ages ("Diallo, 34,") stay on
 * the mentions that state them; the entity table (resolve/entities) collects them.
 */
export const resolvePeople: Stage = {
  name: 'resolve/people',
  run(doc: Doc): Doc {
    if (doc.people.length === 0) return doc;
    const sorted = [...doc.people].sort((a, b) => a.start - b.start || a.end - b.end);
    const owner = clusterMentions(sorted);
    const ids = new Map<number, string>();
    for (const o of owner) if (!ids.has(o)) ids.set(o, `P${ids.size + 1}`);
    const members = membersByOwner(sorted, owner);
    const names = new Map<number, string>();
    for (const o of ids.keys()) names.set(o, canonical(members.get(o) ?? []));
    const people = sorted.map((m, i) => {
      const o = owner[i] ?? i;
      const age = statedAge(doc.text, m);
      const resolved = { ...m, name: names.get(o) ?? m.name, entity: ids.get(o) ?? '' };
      return age
        ? { ...resolved, age: age.value, ageSpan: { start: age.start, end: age.end, text: age.text } }
        : resolved;
    });
    return { ...doc, people };
  },
};
