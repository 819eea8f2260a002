// The TypeScript types of the output records, derived from the field tables, and the record writers.
import type { Doc } from '../model/document';
import type { Mention } from '../model/mentions';
import type { ENTITY, ERROR, MESSAGE } from './article';
import { ARTICLE, MENTION_CONTRACTS, write } from './article';
import type { RecordOf } from './fields';
import type { MentionRecordOf } from './mention-record';
import type { DATE, MONEY, ORGANIZATION, PERSON, PLACE, QUOTE } from './mentions';

export type { SpanRecord, TextSpanRecord } from './common';
export type { MentionRecordBase } from './mention-record';

/** A person mention. */
export type PersonRecord = MentionRecordOf<typeof PERSON>;
/** A place mention. */
export type PlaceRecord = MentionRecordOf<typeof PLACE>;
/** An organization mention. */
export type OrganizationRecord = MentionRecordOf<typeof ORGANIZATION>;
/** A date mention with its TimeML value. */
export type DateRecord = MentionRecordOf<typeof DATE>;
/** A quotation with its speaker mention and cue. */
export type QuoteRecord = MentionRecordOf<typeof QUOTE>;
/** A monetary amount with its ISO 4217 currency. */
export type MoneyRecord = MentionRecordOf<typeof MONEY>;
/** An entity of the article: every mention of one person, place or organization. */
export type EntityRecord = RecordOf<typeof ENTITY>;
/** A problem with the article (vfile style). */
export type MessageRecord = RecordOf<typeof MESSAGE>;
/** One line of articles.jsonl, keys in this order. */
export type ArticleRecord = RecordOf<typeof ARTICLE>;
/** One line of errors.jsonl. */
export type ErrorRecord = RecordOf<typeof ERROR>;

/**
 * A mention as a plain object with a fixed key order: the contract's keys first, then fields other stages added
 * (sorted by name), then `rule` (`stage:rule`, the provenance). Undefined fields are written as null.
 */
export function mentionRecord(
  m: Mention,
): PersonRecord | PlaceRecord | OrganizationRecord | DateRecord | QuoteRecord | MoneyRecord {
  switch (m.kind) {
    case 'person':
      return MENTION_CONTRACTS.person.write(m) as PersonRecord;
    case 'place':
      return MENTION_CONTRACTS.place.write(m) as PlaceRecord;
    case 'organization':
      return MENTION_CONTRACTS.organization.write(m) as OrganizationRecord;
    case 'date':
      return MENTION_CONTRACTS.date.write(m) as DateRecord;
    case 'quote':
      return MENTION_CONTRACTS.quote.write(m) as QuoteRecord;
    case 'money':
      return MENTION_CONTRACTS.money.write(m) as MoneyRecord;
  }
}

/** The articles.jsonl record for one document: fixed key order, mentions sorted by offset. */
export function articleRecord(doc: Doc): ArticleRecord {
  return write(ARTICLE, doc) as ArticleRecord;
}
