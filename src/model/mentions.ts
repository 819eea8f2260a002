import type { TextSpan } from './span';

/** Where a mention came from: the stage (its path, e.g. `extract/dates`) and the rule inside it. */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
}

/** A person mention; `name` is the canonical full name of its entity, `role` a title the text gives it. */
export interface PersonMention extends TextSpan, Provenance {
  readonly kind: 'person';
  readonly name: string;
  readonly role: string | null;
  /** Entity id within the article (`P1`, `P2`, ...), shared by every mention of the same person. */
  readonly entity: string;
  /** The age the text states next to this mention, as a TimeML duration ("P34Y", "P6M"). */
  readonly age?: string;
  /** Where that age is written ("34", "aged 34", "34-year-old"). */
  readonly ageSpan?: TextSpan;
}

/** The kind of place a gazetteer entry (or the extractor's guess) says a place is. */
export type PlaceKind = 'country' | 'region' | 'city' | 'landmark' | 'other';

/** A place mention normalized against the gazetteer where it could be. */
export interface PlaceMention extends TextSpan, Provenance {
  readonly kind: 'place';
  /** Canonical name (gazetteer name when matched, else the text as written). */
  readonly name: string;
  readonly placeKind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is), when known. */
  readonly country: string | null;
  readonly geonameId: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Entity id within the article (`L1`, ...). */
  readonly entity: string;
}

/** What kind of organization the text shows a name to be; `other` when nothing says. */
export type OrganizationKind =
  'company' | 'government' | 'party' | 'agency' | 'team' | 'media' | 'international' | 'education' | 'other';

/** An organization mention: a company, a government body, a party, a team, a newspaper ... */
export interface OrganizationMention extends TextSpan, Provenance {
  readonly kind: 'organization';
  /** Canonical name: the long form for a defined acronym, without a leading "the" or a possessive. */
  readonly name: string;
  readonly orgKind: OrganizationKind;
  /** Entity id within the article (`O1`, ...). */
  readonly entity: string;
}

/** TimeML TIMEX3 types. */
export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A date expression with a TimeML-style value (2022-12-26, 2022-12, 2022-W52, 2022-Q4, 199X, P2D ...). */
export interface DateMention extends TextSpan, Provenance {
  readonly kind: 'date';
  readonly type: DateType;
  /** TimeML value, or null when it could not be resolved (e.g. a relative date without a reference date). */
  readonly value: string | null;
  /** For ranges: the first and last value covered. */
  readonly rangeStart: string | null;
  readonly rangeEnd: string | null;
  /** Fields that were not written in the text but inferred (e.g. `year` from the reference date). */
  readonly inferred: readonly string[];
  /** TimeML `mod` (START, MID, END, APPROX, BEFORE, AFTER) from words like "the end of", "early", "nearly". */
  readonly mod?: string | null;
}

/** A span with text, used for quote speakers and cues. */
export type SpeakerSpan = TextSpan;

/** A quotation: direct (quoted words, without the marks) or indirect (reported speech content). */
export interface QuoteMention extends TextSpan, Provenance {
  readonly kind: 'quote';
  readonly quoteKind: 'direct' | 'indirect';
  /** The mention the attribution points to (a name, a title, a pronoun), or null when none was found. */
  readonly speaker: SpeakerSpan | null;
  /** The resolved canonical speaker (person entity name or organization), or null. */
  readonly speakerName: string | null;
  /** The cue (said, added, according to, ...) when found. */
  readonly cue: SpeakerSpan | null;
  /** Utterance id shared by the parts of an interrupted or multi-paragraph quote (`Q1`, ...). */
  readonly utterance: string;
  /** Entity id of the resolved speaker (`P3`; organization ids once organizations are entities), or null. */
  readonly speakerEntity?: string | null;
  /** What the speaker is: a person, an organization, a document ("court documents"), an anonymous source, or null. */
  readonly speakerType?: 'person' | 'organization' | 'document' | 'anonymous' | null;
  /** How `speakerName` was found (`name`, `pronoun-gender-salience`, `description-role`, ... see README). */
  readonly speakerRule?: string | null;
  /** 0..1: how sure the resolution is (0.95 a name; pronouns by the margin over the next candidate). */
  readonly speakerConfidence?: number | null;
  /** The ranked candidate entities a pronoun or description was resolved among, best first. */
  readonly speakerCandidates?: readonly { readonly entity: string; readonly score: number }[];
}

/** A monetary amount; `amount` is the number stated (magnitudes applied), `currency` an ISO 4217 code. */
export interface MoneyMention extends TextSpan, Provenance {
  readonly kind: 'money';
  readonly amount: number | null;
  readonly currency: string | null;
  /** For ranges ("$5-10 million"): bounds; amount is then the lower bound. */
  readonly min: number | null;
  readonly max: number | null;
  /** Approximation words kept apart from the number: about, more than, up to, ... */
  readonly qualifier: string | null;
  /** `amount` as an exact plain decimal string ("100000000000", "1234567.89"), never in exponent notation. */
  readonly decimal?: string;
  /** `minor` when the text counts hundredths ("50 cents", "210 pence": amount 50 / 210); else `major`. */
  readonly unit?: 'major' | 'minor';
  /** The currency as written ("$", "US$", "finnish markka", "BTC"). */
  readonly currencyText?: string;
  /** True when `currency` was not written but taken from the default (a bare "$", "dollars", "cents"). */
  readonly currencyInferred?: boolean;
  /**
   * Which evidence decided `currency`: written (`symbol`, `code`, `name`), or for a unit several currencies share
   * ("$", "Rs", "R", "shillings") `explicit` (the article names it), `dateline`, `url`, `places`,
   * `default-option` (the defaultCurrency option), `default-unit` ("pounds" = GBP); null when currency is null.
   */
  readonly currencySource?:
    'symbol' | 'code' | 'name' | 'explicit' | 'dateline' | 'url' | 'places' | 'default-option' | 'default-unit' | null;
  /** What `qualifier` says about the amount: approx, more-than, less-than, at-least, up-to; null when none. */
  readonly qualifierType?: 'approx' | 'more-than' | 'less-than' | 'at-least' | 'up-to' | null;
}

/** Every mention kind, discriminated on `kind`. */
export type Mention = PersonMention | PlaceMention | OrganizationMention | DateMention | QuoteMention | MoneyMention;

/** An entity: all mentions of one person, place or organization in one article. */
export interface Entity {
  readonly id: string;
  readonly type: 'person' | 'place' | 'organization';
  readonly name: string;
  readonly roles: readonly string[];
  readonly mentions: number;
  /** For a person: the first age the text states for them, as a TimeML duration ("P34Y"). */
  readonly age?: string;
}
