// Findings as the mentions extract/names emits. The provenance prefix of each mention names the reading it got
// (`extract/people`, `extract/places`): the rule ids users filter on stay the same whatever stage ran the analysis.
import type { PersonMention, PlaceMention } from '../../../model/mentions';
import type { Finding } from './finding';
import { placeHints } from './gazetteer';

/** Provenance of person mentions. */
export const PERSON_SOURCE = 'extract/people';
/** Provenance of place mentions. */
export const PLACE_SOURCE = 'extract/places';

/** A person finding as a mention; `name` is the text until resolve/people gives the canonical name. */
export function personMention(f: Finding): PersonMention {
  return {
    kind: 'person',
    start: f.start,
    end: f.end,
    text: f.text,
    name: f.text,
    role: f.role,
    entity: '',
    stage: PERSON_SOURCE,
    rule: f.rule,
  };
}

/** Rules that find a built site by its facility head or noun ("at the Moscone Center", "Heathrow airport"). */
const LANDMARK_RULES: ReadonlySet<string> = new Set(['facility', 'facility-noun']);

/** A place finding as a mention, with the gazetteer's kind guess; normalize/places fills the rest. */
export function placeMention(f: Finding): PlaceMention {
  return {
    kind: 'place',
    start: f.start,
    end: f.end,
    text: f.text,
    name: f.text,
    placeKind: placeHints(f.text)[0]?.kind ?? (LANDMARK_RULES.has(f.rule) ? 'landmark' : 'other'),
    country: null,
    geonameId: null,
    lat: null,
    lon: null,
    entity: '',
    stage: PLACE_SOURCE,
    rule: f.rule,
  };
}
