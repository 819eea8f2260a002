// The name passes composed, in order. extract/names emits every kind from this one analysis, so a span
// is never both a person and a place, and organization names suppress both.
import type { Doc } from '../../../model/document';
import { readSpans } from '../../../model/read-spans';
import type { ClassifyContext } from './6-classify';
import { classify } from './6-classify';
import { harmonize } from './7-consistency';
import type { Finding } from './finding';
import { headlineFindings } from './8-headlines';
import { nameText } from './2-sentences';
import { candidates } from './3-sequences';
import { decideOrganizations } from './9-organizations';

/** Persons need this much evidence after the document-level pass (a lone "X said" is not enough). */
export const PERSON_MIN_STRENGTH = 2;
/** Places need this much (a capitalized run after "in" is enough). */
export const PLACE_MIN_STRENGTH = 1;

/** Runs the name passes over the body of `doc` and returns every finding, in text order. */
export function analyseNames(doc: Doc): readonly Finding[] {
  if (doc.sentences.length === 0) return [];
  const nt = nameText(doc); //                                 2. tokens, headline lines, English words
  const ctx: ClassifyContext = { text: doc.text, known: nt.known };
  const raw = candidates(nt, doc.text).flatMap((c) => classify(c, ctx)); // 3-6. runs, roles, evidence
  const { findings, knowledge } = harmonize(raw, doc.text); //   7. document-level consistency, lists
  const heads = headlineFindings(nt, doc.text, knowledge); //   8. all-caps headlines
  const all = [...findings, ...heads].sort((a, b) => a.start - b.start || a.end - b.end);
  return decideOrganizations(all, doc.text, nt.known, readSpans(doc)); // 9. events, clubs, known, defined organizations
}

/** The findings that are people. */
export function personFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.type === 'person' && f.strength >= PERSON_MIN_STRENGTH);
}

/** The findings that are places. */
export function placeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.type === 'place' && f.strength >= PLACE_MIN_STRENGTH);
}
