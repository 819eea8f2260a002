// What the name passes find: typed spans with the evidence that decided them.
import type { Span } from '../../../model/span';

/** The reading a capitalized run gets: a person, a place, an organization (suppressed), or none yet. */
export type NameType = 'person' | 'place' | 'org' | 'none';

/** A classified name span. */
export interface Finding extends Span {
  readonly text: string;
  readonly type: NameType;
  /** 0 (no evidence) to 3 (strong); doc-level passes only overrule findings weaker than their own evidence. */
  readonly strength: number;
  readonly rule: string;
  /** The role text given right before a person's name ("President of Belarus"), or null. */
  readonly role: string | null;
  /** The name's words as written (no possessive), for document-level matching. */
  readonly words: readonly string[];
}
