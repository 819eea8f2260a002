import type { Span } from '../../../model/span';

/** Grammatical gender known for a person entity, and where it came from. */
export interface GenderInfo {
  readonly gender: 'm' | 'f' | null;
  /** `title` (Mr, Ms, Dame ...), `noun` (spokeswoman Jane Doe), `given-name`, `pronoun` (earlier he/she), or null. */
  readonly source: 'title' | 'noun' | 'given-name' | 'pronoun' | null;
}

/** One person entity of the article as the discourse model sees it. */
export interface DiscourseEntity extends GenderInfo {
  readonly id: string;
  readonly name: string;
  readonly mentions: number;
  /** Ages the text gives ("Tembo, 45,", "45-year-old Tembo"). */
  readonly ages: readonly number[];
  readonly roles: readonly string[];
  /** Descriptions written in apposition, lower-cased ("Banda, the finance minister, said" -> "finance minister"). */
  readonly apposed: readonly string[];
}

/** One mention of a person entity placed in the discourse: its sentence and paragraph, whether it is a subject. */
export interface Occurrence extends Span {
  readonly entity: string;
  readonly sentence: number;
  readonly paragraph: number;
  /** Stands in subject position (at the start of its clause, before the verb). */
  readonly subject: boolean;
  /** A resolved quote speaker rather than a mention in running text (the previous speaker is highly salient). */
  readonly speaker: boolean;
}

/** The article's people, their mentions in order, and its sentences and paragraphs for distance measures. */
export interface DiscourseModel {
  readonly entities: ReadonlyMap<string, DiscourseEntity>;
  /** Occurrences sorted by start. */
  readonly occurrences: readonly Occurrence[];
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
}

/** A candidate antecedent with its score, kept in the record so a user can audit the choice. */
export interface Candidate {
  readonly entity: string;
  readonly score: number;
}

/** The outcome of resolving one speaker mention. */
export interface Resolution {
  readonly entity: string | null;
  readonly name: string | null;
  readonly type: 'person' | 'organization' | 'document' | 'anonymous' | null;
  readonly rule: string;
  readonly confidence: number;
  readonly candidates: readonly Candidate[];
}
