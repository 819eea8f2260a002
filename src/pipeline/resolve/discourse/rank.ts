// Ranks the person entities a pronoun or a definite description may point to, by salience at that point of the
// article: how recently (in sentences) and where (subject or not, same paragraph) each was mentioned, whether it
// was the previous quote's speaker, and how often the article names it. Gender and number filter the candidates.
import type { Candidate, DiscourseEntity, DiscourseModel, Occurrence } from './types';
import { indexAt } from './build';

/** Sentences looked back from the pronoun; older mentions count only through the document-wide fallback. */
export const WINDOW_SENTENCES = 5;
/** Weight of a mention by sentence distance (0 = same sentence, before the pronoun). */
const RECENCY = [3, 2.5, 1.4, 0.8, 0.4, 0.2];
/** Bonus for a mention in subject position: "Banda met Tembo. He said" is Banda. */
const SUBJECT_BONUS = 2;
/** Bonus for the speaker of an earlier quote: news copy keeps quoting the same person. */
const SPEAKER_BONUS = 1;
/** Bonus for a mention in the same paragraph. */
const PARAGRAPH_BONUS = 0.5;
/** Weight per mention of the entity in the article (capped): the article's main people are likelier. */
const COUNT_WEIGHT = 0.15;
const COUNT_CAP = 6;
/** Penalty for a candidate whose gender is unknown when the pronoun states one. */
const UNKNOWN_GENDER_PENALTY = 2;

/** Where a pronoun stands. */
export interface Position {
  readonly pos: number;
  readonly sentence: number;
  readonly paragraph: number;
}

/** The position of offset `pos` in the model. */
export function positionOf(model: DiscourseModel, pos: number): Position {
  return { pos, sentence: indexAt(model.sentences, pos), paragraph: indexAt(model.paragraphs, pos) };
}

function occurrenceScore(o: Occurrence, at: Position): number {
  const d = at.sentence - o.sentence;
  const base = RECENCY[Math.max(0, d)] ?? 0;
  return (
    base +
    (o.subject ? SUBJECT_BONUS : 0) +
    (o.speaker ? SPEAKER_BONUS : 0) +
    (o.paragraph === at.paragraph ? PARAGRAPH_BONUS : 0)
  );
}

function genderFits(e: DiscourseEntity, gender: 'm' | 'f' | null): boolean {
  return gender === null || e.gender === null || e.gender === gender;
}

/**
 * Candidates for a pronoun at `at` with the given gender (null: either), best first. `extra` are occurrences added
 * while resolving (earlier quote speakers). Only mentions before the pronoun within WINDOW_SENTENCES count.
 */
export function rankCandidates(
  model: DiscourseModel,
  at: Position,
  gender: 'm' | 'f' | null,
  extra: readonly Occurrence[],
): Candidate[] {
  const best = new Map<string, number>();
  const visit = (o: Occurrence): void => {
    if (o.start >= at.pos || at.sentence - o.sentence > WINDOW_SENTENCES) return;
    const s = occurrenceScore(o, at);
    if (s > (best.get(o.entity) ?? -1)) best.set(o.entity, s);
  };
  // Occurrences are sorted by start: walk back from the pronoun until the window is left.
  for (let i = indexAt(model.occurrences, at.pos); i >= 0; i--) {
    const o = model.occurrences[i];
    if (!o || at.sentence - o.sentence > WINDOW_SENTENCES) break;
    visit(o);
  }
  for (const o of extra) visit(o);
  const out: Candidate[] = [];
  for (const [id, s] of best) {
    const e = model.entities.get(id);
    if (!e || !genderFits(e, gender)) continue;
    const penalty = gender !== null && e.gender === null ? UNKNOWN_GENDER_PENALTY : 0;
    out.push({ entity: id, score: round(s + COUNT_WEIGHT * Math.min(COUNT_CAP, e.mentions) - penalty) });
  }
  return out.sort((a, b) => b.score - a.score || a.entity.localeCompare(b.entity));
}

/** The article's most mentioned person of that gender (null: either), when it clearly leads: the topic of the story. */
export function documentTopic(model: DiscourseModel, gender: 'm' | 'f' | null, before: number): Candidate | null {
  const counts = new Map<string, number>();
  for (const o of model.occurrences) if (o.start < before) counts.set(o.entity, (counts.get(o.entity) ?? 0) + 1);
  const ranked = [...counts]
    .filter(([id]) => {
      const e = model.entities.get(id);
      return e !== undefined && (gender === null ? true : e.gender === gender);
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [first, second] = ranked;
  if (!first || (second && second[1] * 2 > first[1])) return null;
  return { entity: first[0], score: first[1] };
}

/** Confidence from the margin between the best and the second candidate: 0.5 for a tie, towards 0.95 when alone. */
export function marginConfidence(candidates: readonly Candidate[]): number {
  const [a, b] = candidates;
  if (!a) return 0;
  if (!b) return 0.9;
  const margin = Math.max(0, a.score - b.score);
  return round(0.5 + 0.45 * (margin / (margin + 1.5)));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
