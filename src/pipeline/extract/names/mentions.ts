// Findings as the mentions the stages emit. extract/people reads the names of the article once for both kinds:
// it emits the people and hands the place readings on as provisional place mentions (stage NAMES_STAGE), which
// extract/places then keeps instead of reading the names a second time (the analysis is most of their cost).
import type { PersonMention, PlaceMention } from '../../../model/mentions';
import type { Finding } from './finding';
import { placeHints } from './gazetteer';

/** Provenance of place mentions found by the shared name analysis and not yet confirmed by extract/places. */
export const NAMES_STAGE = 'extract/names';

/** A person finding as a mention; `name` is the text until resolve/people gives the canonical name. */
export function personMention(f: Finding): PersonMention {
  return { kind: 'person', start: f.start, end: f.end, text: f.text, name: f.text, role: f.role, entity: '', stage: 'extract/people', rule: f.rule };
}

/** Rules that find a built site by its facility head or noun ("at the Moscone Center", "Heathrow airport"). */
const LANDMARK_RULES: ReadonlySet<string> = new Set(['facility', 'facility-noun']);

/** A place finding as a mention, with the gazetteer's kind guess; normalize/places fills the rest. */
export function placeMention(f: Finding, stage: string): PlaceMention {
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
    stage,
    rule: f.rule,
  };
}
