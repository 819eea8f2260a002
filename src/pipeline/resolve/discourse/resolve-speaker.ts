// Resolves one speaker mention with the discourse model: a name, a pronoun (by salience, gender and number), a
// description, a document or an organization. Every outcome names its rule and keeps its candidates.
import type { PersonMention, SpeakerSpan } from '../../../model/mentions';
import { organizationName, overlappingPerson } from '../speakers/match';
import { entityOf } from './build';
import { headWord, resolveDescription } from './describe';
import { unlinkedName } from './unlinked-name';
import { ORGANIZATION_HEADS } from './words';
import type { Position } from './rank';
import { documentTopic, marginConfidence, positionOf, rankCandidates } from './rank';
import type { DiscourseModel, Occurrence, Resolution } from './types';

const GENDERED_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);
/** Pronouns of a group or an institution: they point to an earlier non-person source, never to one person. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it']);
/** Pronouns that name the speaker only inside the quote's own frame (first/second person). */
const FRAME_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'who', 'one', 'someone']);
/** How many paragraphs back "they"/"it" may find the source it stands for. */
const GROUP_PARAGRAPHS = 2;

/** An earlier speaker that was no person, remembered for "it said" / "they said". */
export interface SourceSpeaker {
  readonly name: string;
  readonly type: Resolution['type'];
  readonly paragraph: number;
}

/** The context of the quotes resolved so far, in text order. */
export interface SpeakerContext {
  readonly model: DiscourseModel;
  readonly text: string;
  readonly people: readonly PersonMention[];
  /** Earlier resolved person speakers, as occurrences (salient for the next he/she). */
  readonly speakers: Occurrence[];
  readonly sources: SourceSpeaker[];
}

function pronoun(ctx: SpeakerContext, word: string, at: Position): Resolution {
  const gender = GENDERED_PRONOUNS.get(word) ?? null;
  const ranked = rankCandidates(ctx.model, at, gender, ctx.speakers).slice(0, 3);
  const best = ranked[0];
  const e = best ? ctx.model.entities.get(best.entity) : undefined;
  if (best && e) {
    // With a gender stated by the pronoun and known for the winner, agreement decided it.
    const rule = gender !== null && e.gender === gender ? 'pronoun-gender-salience' : 'pronoun-salience';
    return {
      entity: e.id,
      name: e.name,
      type: 'person',
      rule,
      confidence: marginConfidence(ranked),
      candidates: ranked,
    };
  }
  const topic = documentTopic(ctx.model, gender, at.pos);
  const t = topic ? ctx.model.entities.get(topic.entity) : undefined;
  if (topic && t)
    return { entity: t.id, name: t.name, type: 'person', rule: 'pronoun-topic', confidence: 0.4, candidates: [topic] };
  return { entity: null, name: null, type: null, rule: 'pronoun-unresolved', confidence: 0, candidates: [] };
}

function group(ctx: SpeakerContext, at: Position): Resolution {
  for (let i = ctx.sources.length - 1; i >= 0; i--) {
    const s = ctx.sources[i];
    if (!s || at.paragraph - s.paragraph > GROUP_PARAGRAPHS) break;
    if (s.type === 'organization' || s.type === 'document')
      return {
        entity: null,
        name: s.name,
        type: s.type,
        rule: 'pronoun-previous-source',
        confidence: 0.6,
        candidates: [],
      };
  }
  return { entity: null, name: null, type: null, rule: 'pronoun-plural', confidence: 0, candidates: [] };
}

/** "The Directorate of Criminal Investigations": a person reading inside an organization's "of" phrase is none. */
function insideOrganization(speaker: SpeakerSpan, p: PersonMention): boolean {
  const of = speaker.text.search(/\s(?:of|for)\s/);
  if (of < 0 || p.start < speaker.start + of) return false;
  return ORGANIZATION_HEADS.has(headWord(speaker.text.slice(0, of)));
}

/** "Her lawyer, Mr Daniel Mwangi, said": a description followed by a named apposition is that person. */
function apposedPerson(ctx: SpeakerContext, speaker: SpeakerSpan): PersonMention | null {
  const after = ctx.text.slice(speaker.end, speaker.end + 12);
  const m = /^,\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?\s+)?/.exec(after);
  if (!m) return null;
  const at = speaker.end + m[0].length;
  return ctx.people.find((p) => p.start === at && ctx.text[p.end] === ',') ?? null;
}

/** "A: …" in a Q&A layout: the person the article is about (its most mentioned person so far). */
function interviewee(ctx: SpeakerContext, at: Position): Resolution {
  const topic = documentTopic(ctx.model, null, at.pos);
  const e = topic ? ctx.model.entities.get(topic.entity) : undefined;
  if (topic && e)
    return {
      entity: e.id,
      name: e.name,
      type: 'person',
      rule: 'interview-answer-topic',
      confidence: 0.6,
      candidates: [topic],
    };
  return { entity: null, name: null, type: null, rule: 'interview-answer-unresolved', confidence: 0, candidates: [] };
}

/** "SMITH: …" in a transcript: the person entity whose name ends with the label's last word, else the label. */
function labelSpeaker(ctx: SpeakerContext, label: string): Resolution {
  const last = (label.split(/\s+/).pop() ?? '').toLowerCase();
  for (const e of ctx.model.entities.values()) {
    if ((e.name.split(/\s+/).pop() ?? '').toLowerCase() === last)
      return {
        entity: e.id,
        name: e.name,
        type: 'person',
        rule: 'interview-label-name',
        confidence: 0.85,
        candidates: [{ entity: e.id, score: 1 }],
      };
  }
  return { entity: null, name: label, type: 'person', rule: 'interview-label', confidence: 0.7, candidates: [] };
}

/** Resolves `speaker` (a quote's speaker mention) at its place in the article. */
export function resolveSpeaker(
  ctx: SpeakerContext,
  speaker: SpeakerSpan,
  overlapping: readonly PersonMention[],
  quoteRule = '',
): Resolution {
  const at = positionOf(ctx.model, speaker.start);
  const person = overlappingPerson(
    speaker,
    overlapping.filter((p) => !insideOrganization(speaker, p)),
  );
  if (person) {
    const id = entityOf(person);
    return {
      entity: person.entity || null,
      name: person.name,
      type: 'person',
      rule: 'name',
      confidence: 0.95,
      candidates: [{ entity: id, score: 1 }],
    };
  }
  const apposed = /^\p{Ll}|^(?:The|His|Her|Their)\s/u.test(speaker.text) ? apposedPerson(ctx, speaker) : null;
  if (apposed)
    return {
      entity: apposed.entity || null,
      name: apposed.name,
      type: 'person',
      rule: 'description-apposition',
      confidence: 0.9,
      candidates: [{ entity: entityOf(apposed), score: 1 }],
    };
  const word = speaker.text.toLowerCase();
  if (quoteRule === 'interview-answer') return interviewee(ctx, at);
  if (quoteRule === 'interview-label') return labelSpeaker(ctx, speaker.text);
  if (GENDERED_PRONOUNS.has(word)) return pronoun(ctx, word, at);
  if (GROUP_PRONOUNS.has(word)) return group(ctx, at);
  if (FRAME_PRONOUNS.has(word))
    return { entity: null, name: null, type: null, rule: 'pronoun-frame', confidence: 0, candidates: [] };
  const described = resolveDescription(ctx.model, ctx.text, speaker.text, at, ctx.people, ctx.speakers);
  if (described.name !== null || described.type !== null || !/^\p{Lu}/u.test(speaker.text)) return described;
  const unlinked = unlinkedName(ctx.model, ctx.text, speaker.text);
  if (unlinked) return unlinked;
  const org = organizationName(speaker);
  return org
    ? { entity: null, name: org, type: 'organization', rule: 'organization-name', confidence: 0.6, candidates: [] }
    : described;
}
