// Builds the discourse model of one article: each person mention placed in its sentence and paragraph with a
// subject flag, and per entity its gender, ages, roles and mention count. One pass over the mentions, plus one
// regex pass over each sentence for pronoun votes: linear in the text.
import type { Doc } from '../../../model/document';
import type { PersonMention } from '../../../model/mentions';
import type { Span } from '../../../model/span';
import { ageYears, statedAge } from '../people/ages';
import { givenGender, pronounVotes, statedGender, votedGender } from './gender';
import type { DiscourseEntity, DiscourseModel, GenderInfo, Occurrence } from './types';
import { isSubjectPrefix } from './subject-position';

/** Index of the span of `sorted` holding `pos`, else of the last one starting before it (-1 when none). */
export function indexAt(sorted: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The entity id of a mention: its resolved id, or its name when resolve/people did not run. */
export function entityOf(m: PersonMention): string {
  return m.entity || `name:${m.name}`;
}

/**
 * Ages in years written next to a mention ("Tembo, 45, said"). resolve/people has read the age beside every mention
 * it grouped (those with an entity id); the grammar runs again only for a mention it never saw.
 */
function agesNear(text: string, m: PersonMention): number[] {
  const value = m.entity ? m.age : statedAge(text, m)?.value;
  const years = value === undefined ? null : ageYears(value);
  return years === null ? [] : [years];
}

const APPOSITION = /^,\s+(?:the|a|an|[\p{Lu}][\p{L}'’.-]*['’]s)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+),/u;

/** A description in apposition right after a mention, lower-cased: "Banda, the finance minister, said". */
function apposedAfter(text: string, m: Span): string | null {
  const hit = APPOSITION.exec(text.slice(m.end, m.end + 60));
  return hit?.[1] ? hit[1].toLowerCase() : null;
}

interface Building {
  name: string;
  mentions: number;
  ages: number[];
  roles: string[];
  apposed: string[];
  stated: GenderInfo;
}

function pick(...infos: GenderInfo[]): GenderInfo {
  return infos.find((g) => g.gender !== null) ?? { gender: null, source: null };
}

/** Builds the model from the document's sentences, paragraphs and (resolved) person mentions. */
export function buildDiscourse(doc: Doc): DiscourseModel {
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start);
  const paragraphs = [...doc.paragraphs].sort((a, b) => a.start - b.start);
  const people = [...doc.people].sort((a, b) => a.start - b.start);
  const building = new Map<string, Building>();
  const occurrences: Occurrence[] = [];
  const bySentence: Occurrence[][] = sentences.map(() => []);
  for (const m of people) {
    const id = entityOf(m);
    const b = building.get(id) ?? {
      name: m.name,
      mentions: 0,
      ages: [],
      roles: [],
      apposed: [],
      stated: { gender: null, source: null },
    };
    b.mentions++;
    b.ages.push(...agesNear(doc.text, m));
    if (m.role && !b.roles.includes(m.role)) b.roles.push(m.role);
    const apposed = apposedAfter(doc.text, m);
    if (apposed) b.apposed.push(apposed);
    if (b.stated.gender === null) b.stated = statedGender(doc.text, m);
    building.set(id, b);
    const sentence = indexAt(sentences, m.start);
    const s = sentences[sentence];
    const subject = s !== undefined && m.start >= s.start && isSubjectPrefix(doc.text.slice(s.start, m.start));
    const o: Occurrence = {
      start: m.start,
      end: m.end,
      entity: id,
      sentence,
      paragraph: indexAt(paragraphs, m.start),
      subject,
      speaker: false,
    };
    occurrences.push(o);
    bySentence[sentence]?.push(o);
  }
  const votes = pronounVotes(doc.text, sentences, bySentence);
  const entities = new Map<string, DiscourseEntity>();
  for (const [id, b] of building) {
    const g = pick(b.stated, givenGender(b.name), votedGender(votes.get(id)));
    entities.set(id, {
      id,
      name: b.name,
      mentions: b.mentions,
      ages: b.ages,
      roles: b.roles,
      apposed: b.apposed,
      gender: g.gender,
      source: g.source,
    });
  }
  return { entities, occurrences, sentences, paragraphs };
}
