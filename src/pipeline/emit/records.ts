// The types of the articles.jsonl record (schemas/articles.schema.json describes the same shape for other tools).

/** A `[start, end)` range of the article text. */
export interface SpanRecord {
  readonly start: number;
  readonly end: number;
}

/** A range with the text it covers: `text === article.text.slice(start, end)`. */
export interface TextSpanRecord extends SpanRecord {
  readonly text: string;
}

/**
 * Fields every mention record has: its span, then (after the type's own fields and any extra fields a stage adds,
 * in name order) `rule`, the provenance `stage:rule`.
 */
export interface MentionRecordBase extends TextSpanRecord {
  readonly rule: string;
  /** Extra fields stages add (e.g. money `decimal`, `currencyText`; date `mod`): extend, never rename. */
  readonly [extra: string]: unknown;
}

/** A person mention. */
export interface PersonRecord extends MentionRecordBase {
  readonly name: string;
  readonly role: string | null;
  readonly entity: string;
}

/** A place mention. */
export interface PlaceRecord extends MentionRecordBase {
  readonly name: string;
  readonly kind: 'country' | 'region' | 'city' | 'landmark' | 'other';
  readonly country: string | null;
  readonly geonameId: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly entity: string;
}

/** An organization mention. */
export interface OrganizationRecord extends MentionRecordBase {
  readonly name: string;
  readonly kind: 'company' | 'government' | 'party' | 'agency' | 'team' | 'media' | 'international' | 'education' | 'other';
  readonly entity: string;
}

/** A date mention with its TimeML value. */
export interface DateRecord extends MentionRecordBase {
  readonly value: string | null;
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly rangeStart: string | null;
  readonly rangeEnd: string | null;
  readonly inferred: readonly string[];
}

/** A quotation with its speaker mention and cue. */
export interface QuoteRecord extends MentionRecordBase {
  readonly kind: 'direct' | 'indirect';
  readonly speaker: TextSpanRecord | null;
  readonly speakerName: string | null;
  readonly cue: TextSpanRecord | null;
  readonly utterance: string;
}

/** A monetary amount with its ISO 4217 currency. */
export interface MoneyRecord extends MentionRecordBase {
  readonly amount: number | null;
  readonly currency: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: string | null;
}

/** An entity of the article: every mention of one person, place or organization. */
export interface EntityRecord {
  readonly id: string;
  readonly type: 'person' | 'place' | 'organization';
  readonly name: string;
  readonly roles: readonly string[];
  readonly mentions: number;
}

/** A problem with the article (vfile style). */
export interface MessageRecord {
  readonly severity: 'fatal' | 'warning' | 'info';
  readonly ruleId: string;
  readonly source: string;
  readonly message: string;
  readonly span: SpanRecord | null;
  readonly line?: number;
}

/** One line of articles.jsonl, keys in this order. */
export interface ArticleRecord {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  /** The reference date (YYYY-MM-DD) relative dates were resolved against, or null. */
  readonly published: string | null;
  readonly publishedSource: 'input' | 'html-meta' | 'url' | 'dateline' | 'option' | null;
  /** How sure the pipeline is that `published` is the article's publication date (0-1), or null. */
  readonly publishedConfidence: number | null;
  readonly format: 'text' | 'html';
  readonly text: string;
  readonly body: readonly SpanRecord[];
  readonly removed: readonly (SpanRecord & { readonly reason: string })[];
  readonly people: readonly PersonRecord[];
  readonly places: readonly PlaceRecord[];
  readonly organizations: readonly OrganizationRecord[];
  readonly dates: readonly DateRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly money: readonly MoneyRecord[];
  readonly entities: readonly EntityRecord[];
  readonly messages: readonly MessageRecord[];
}
