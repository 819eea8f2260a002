// What a speaker phrase that names nobody points to: a definite description ("the minister", "the 45-year-old",
// "the company"), a document ("court documents"), an organization, or an anonymous source ("officials").
import type { PersonMention } from '../../../model/mentions';
import { ROLE_NOUNS } from '../../extract/quotes/cues';
import { personByRole } from '../speakers/match';
import { entityOf } from './build';
import type { Position } from './rank';
import { marginConfidence, rankCandidates } from './rank';
import type { DiscourseModel, Occurrence, Resolution } from './types';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, GENDERED_NOUNS, ORGANIZATION_HEADS, PERSON_NOUNS } from './words';

const DEFINITE = /^(the|this|that)\s+/i;
const LEADING = /^(the|a|an|this|that|his|her|their|its|our)\s+/i;
/** Longest organization name looked for before the quote ("Ministry of Health and Child Care"). */
const MAX_ORG_WORDS = 6;
/** How far back (characters) an organization's full name is looked for. */
const MAX_ORG_LOOKBACK = 6000;

/** The head word of a phrase: its last word before a "for/of/at/from/with" tail, lower-cased. */
export function headWord(phrase: string): string {
  const core = phrase.split(/\s+(?:for|of|at|from|with|in|on)\s+/i)[0] ?? phrase;
  const words =
    core
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  // "court documents filed in Sydney": a participle after the head ends the phrase.
  const participle = words.findIndex((w, i) => i > 0 && /ed$/.test(w));
  return (participle > 0 ? words[participle - 1] : words[words.length - 1]) ?? '';
}

/** The phrase up to its head word, without a leading determiner: "court documents filed" -> "court documents". */
export function upToHead(phrase: string, head: string): string {
  const bare = phrase.replace(LEADING, '');
  const at = bare.toLowerCase().search(new RegExp(`\\b${head.replace(/[^\p{L}\p{N}-]/gu, '')}\\b`, 'u'));
  return at >= 0 ? bare.slice(0, at + head.length) : bare;
}

function none(rule: string, type: Resolution['type'] = null, name: string | null = null): Resolution {
  return { entity: null, name, type, rule, confidence: name ? 0.7 : 0, candidates: [] };
}

/** "the 45-year-old": the most recent person the text gives that age. */
function byAge(model: DiscourseModel, age: number, at: number): Resolution | null {
  let hit: Occurrence | null = null;
  for (const o of model.occurrences) if (o.start < at && model.entities.get(o.entity)?.ages.includes(age)) hit = o;
  const e = hit ? model.entities.get(hit.entity) : undefined;
  return e
    ? {
        entity: e.id,
        name: e.name,
        type: 'person',
        rule: 'description-age',
        confidence: 0.85,
        candidates: [{ entity: e.id, score: 1 }],
      }
    : null;
}

/** "Smith, the finance minister, ..." then "the minister said": the latest person given that head as an apposition. */
function byApposition(model: DiscourseModel, head: string, at: number): Resolution | null {
  if (!ROLE_NOUNS.has(head) && !PERSON_NOUNS.has(head) && !EXTRA_ROLE_HEADS.has(head)) return null;
  let hit: Occurrence | null = null;
  for (const o of model.occurrences)
    if (o.start < at && model.entities.get(o.entity)?.apposed.some((a) => a.split(' ').includes(head))) hit = o;
  const e = hit ? model.entities.get(hit.entity) : undefined;
  return e
    ? {
        entity: e.id,
        name: e.name,
        type: 'person',
        rule: 'description-apposition',
        confidence: 0.8,
        candidates: [{ entity: e.id, score: 1 }],
      }
    : null;
}

/** Role heads missing from the quote extractor's ROLE_NOUNS that appositions use in UK, Indian and African copy. */
const EXTRA_ROLE_HEADS: ReadonlySet<string> = new Set(
  'minister premier chancellor mp mla councillor skipper batsman bowler striker midfielder inspector superintendent magistrate mp'.split(
    ' ',
  ),
);

/** "the Health Ministry" / "the ministry" after "the Ministry of Health": the name as written earlier, if any. */
function organizationNamed(text: string, head: string, at: number): string | null {
  const cap = head.charAt(0).toUpperCase() + head.slice(1);
  const re = new RegExp(
    `(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,${MAX_ORG_WORDS}}${cap}(?:\\s+(?:of|for)(?:\\s+(?:the|and))?(?:\\s+\\p{Lu}[\\p{L}&.-]*){1,${MAX_ORG_WORDS}})?`,
    'gu',
  );
  let last: string | null = null;
  // Bounded look-back: the cost per description stays constant however long the article is.
  for (const m of text.slice(Math.max(0, at - MAX_ORG_LOOKBACK), at).matchAll(re)) last = m[0];
  return last ? last.replace(/^The\s+/, '') : null;
}

/** Resolves a speaker phrase that overlaps no person mention. */
export function resolveDescription(
  model: DiscourseModel,
  text: string,
  speaker: string,
  at: Position,
  people: readonly PersonMention[],
  extra: readonly Occurrence[],
): Resolution {
  const head = headWord(speaker);
  const definite = DEFINITE.test(speaker);
  const age = /(\d{1,3})-year-old/.exec(speaker);
  if (age && definite) return byAge(model, Number(age[1]), at.pos) ?? none('description-age-unresolved');
  if (DOCUMENT_HEADS.has(head)) return none('document', 'document', upToHead(speaker, head));
  if (definite) {
    const role = personByRole(speaker, at.pos, people);
    const gender = GENDERED_NOUNS.get(head) ?? null;
    const e = role ? model.entities.get(entityOf(role)) : undefined;
    if (role && e && (gender === null || e.gender === null || e.gender === gender)) {
      return {
        entity: e.id,
        name: e.name,
        type: 'person',
        rule: 'description-role',
        confidence: 0.8,
        candidates: [{ entity: e.id, score: 1 }],
      };
    }
    const apposed = byApposition(model, head, at.pos);
    if (apposed) return apposed;
    // "the man", "the minister" with no role match: the salient person at that point, with a capped confidence.
    if (PERSON_NOUNS.has(head)) {
      const ranked = rankCandidates(model, at, gender, extra).slice(0, 3);
      const best = ranked[0];
      const name = best ? (model.entities.get(best.entity)?.name ?? null) : null;
      if (best && name)
        return {
          entity: best.entity,
          name,
          type: 'person',
          rule: 'description-salience',
          confidence: Math.min(0.6, marginConfidence(ranked)),
          candidates: ranked,
        };
    }
  }
  if (ORGANIZATION_HEADS.has(head) && !ANONYMOUS_HEADS.has(head)) {
    const named = definite ? organizationNamed(text, head, at.pos) : null;
    return named
      ? none('organization-named', 'organization', named)
      : none('organization-description', 'organization', speaker.replace(LEADING, ''));
  }
  // "a woman said" is anonymous; "Mr. King said" ends in a person noun but is a name.
  const described = !/^\p{Lu}/u.test(speaker) || LEADING.test(speaker);
  if (ANONYMOUS_HEADS.has(head) || (PERSON_NOUNS.has(head) && described)) return none('anonymous', 'anonymous');
  return none('description-unresolved');
}
