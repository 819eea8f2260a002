// The articles.jsonl record (one line per article), its entity and message parts, and the errors.jsonl record,
// one field per line, in output order. Add a field with one line at the end of its table, then `npm run schemas`.
import type { Doc } from '../model/document';
import type { Entity } from '../model/mentions';
import type { Message } from '../model/message';
import type { InputError } from '../inputs/input-item';
import { compareSpans } from '../model/span';
import { ENTITY_ID, ISO_DATE, REMOVED_SPAN, SPAN } from './common';
import type { Fields, RecordOf } from './fields';
import { fieldsOf } from './fields';
import type { MentionRecordOf } from './mention-record';
import { mentionContract } from './mention-record';
import { DATE, MONEY, ORGANIZATION, PERSON, PLACE, QUOTE } from './mentions';
import { PUBLISHED_SOURCES } from './mention-record';
import type { Shape } from './shapes';
import { int, list, num, oneOf, orNull, ref, str } from './shapes';

const entity = fieldsOf<Entity>();
/** An entity of the article: every mention of one person, place or organization (entities.csv). */
export const ENTITY = {
  id: entity.field(
    ref('entityId', ENTITY_ID),
    'Entity id within the article (P1 person, L1 place, O1 organization ...).',
    { csv: [{ kind: 'text', name: 'entity' }] },
  ),
  type: entity.field(oneOf(['person', 'place', 'organization']), 'Entity type.', { csv: 'enum' }),
  name: entity.field(str(), 'Canonical name.', { csv: 'text' }),
  roles: entity.field(list(str()), 'Roles the text gives the entity.', {
    get: (e) => [...e.roles],
    csv: [
      {
        kind: 'list',
        nullable: true,
        description: 'Roles the text gives the entity, joined with |.',
        get: (e) => e.roles.join('|') || null,
      },
    ],
  }),
  mentions: entity.field(int({ minimum: 1 }), 'Number of mentions in the article.', { csv: 'offset' }),
  age: entity.extra(
    str({ pattern: '^P[0-9]+[YMWD]$' }),
    'For a person: the first age the text states for them, as a TimeML duration ("P34Y").',
    { csv: [{ kind: 'text', nullable: true }] },
  ),
};

const message = fieldsOf<Message>();
/** A problem with the article (vfile style). */
export const MESSAGE = {
  severity: message.field(oneOf(['fatal', 'warning', 'info'])),
  ruleId: message.field(str()),
  source: message.field(str()),
  message: message.field(str()),
  span: message.field(orNull(ref('span', SPAN)), undefined, {
    get: (m) => (m.span ? { start: m.span.start, end: m.span.end } : null),
  }),
  line: message.extra(int({ minimum: 1 })),
};

/** Each mention kind's contract: schema definition, CSV columns and writer. */
export const MENTION_CONTRACTS = {
  person: mentionContract(PERSON),
  place: mentionContract(PLACE),
  organization: mentionContract(ORGANIZATION),
  date: mentionContract(DATE),
  quote: mentionContract(QUOTE),
  money: mentionContract(MONEY),
};

/** Mentions sorted by offset (start, then end); equal spans keep the stage's order (a stable sort). */
export const sorted = <T extends { start: number; end: number }>(list: readonly T[]): T[] =>
  [...list].sort(compareSpans);
const items = <T>(name: string): Shape<readonly T[]> =>
  list<T>({ schema: { $ref: `#/$defs/${name}` }, nullable: false });

const doc = fieldsOf<Doc>();
/** One line of articles.jsonl. */
export const ARTICLE = {
  id: doc.field(str(), "The input record's id, or the file path relative to the input root without extension."),
  source: doc.field(
    str(),
    'Where the article came from: a relative path, `file.jsonl:LINE`, or `stdin`. Never an absolute path unless one was given.',
  ),
  url: doc.field(orNull(str())),
  title: doc.field(orNull(str())),
  published: doc.field(
    orNull(ref('isoDate', ISO_DATE)),
    'The reference date relative dates were resolved against (YYYY-MM-DD), or null.',
    { get: (d) => d.reference?.date ?? null },
  ),
  publishedSource: doc.field(
    orNull(oneOf(PUBLISHED_SOURCES)),
    'Where `published` came from: the input, HTML metadata (meta, JSON-LD, <time>), the URL path, a dateline or date line of the text, or --reference-date.',
    { get: (d) => d.reference?.source ?? null },
  ),
  publishedConfidence: doc.field(
    orNull(num({ minimum: 0, maximum: 1 })),
    'How sure the pipeline is that `published` is the publication date (1 for an input date), or null.',
    { get: (d) => d.reference?.confidence ?? null },
  ),
  format: doc.field(oneOf(['text', 'html'])),
  text: doc.field(str(), 'The article text as decoded; never changed by later stages.'),
  body: doc.field(list(ref('span', SPAN)), 'The article body; everything outside it is boilerplate.', {
    get: (d) => d.body.map((s) => ({ start: s.start, end: s.end })),
  }),
  removed: doc.field(list(ref('removedSpan', REMOVED_SPAN)), undefined, {
    get: (d) => d.removed.map((s) => ({ start: s.start, end: s.end, reason: s.reason })),
  }),
  people: doc.field(items<MentionRecordOf<typeof PERSON>>('person'), undefined, {
    get: (d) => sorted(d.people).map(MENTION_CONTRACTS.person.write),
  }),
  places: doc.field(items<MentionRecordOf<typeof PLACE>>('place'), undefined, {
    get: (d) => sorted(d.places).map(MENTION_CONTRACTS.place.write),
  }),
  organizations: doc.field(items<MentionRecordOf<typeof ORGANIZATION>>('organization'), undefined, {
    get: (d) => sorted(d.organizations).map(MENTION_CONTRACTS.organization.write),
  }),
  dates: doc.field(items<MentionRecordOf<typeof DATE>>('date'), undefined, {
    get: (d) => sorted(d.dates).map(MENTION_CONTRACTS.date.write),
  }),
  quotes: doc.field(items<MentionRecordOf<typeof QUOTE>>('quote'), undefined, {
    get: (d) => sorted(d.quotes).map(MENTION_CONTRACTS.quote.write),
  }),
  money: doc.field(items<MentionRecordOf<typeof MONEY>>('money'), undefined, {
    get: (d) => sorted(d.money).map(MENTION_CONTRACTS.money.write),
  }),
  entities: doc.field(items<RecordOf<typeof ENTITY>>('entity'), undefined, {
    get: (d) => d.entities.map((e) => write(ENTITY, e)),
  }),
  messages: doc.field(items<RecordOf<typeof MESSAGE>>('message'), undefined, {
    get: (d) => d.messages.map((m) => write(MESSAGE, m)),
  }),
};

const error = fieldsOf<InputError>();
/** One line of errors.jsonl. */
export const ERROR = {
  path: error.field(str(), 'The input path as given or relative to the input root.'),
  line: error.field(orNull(int({ minimum: 1 })), '1-based line of a JSONL input, else null.'),
  code: error.field(
    str(),
    'A stable code: E_READ, E_JSONL_PARSE, E_NO_TEXT, E_DUPLICATE_ID, or the rule id of a fatal message.',
  ),
  message: error.field(str(), 'What went wrong, starting with the path.'),
};

/** A record from a field table, keys in table order; an optional field only when the item has it. */
export function write<T>(fields: Fields<T>, item: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(fields)) {
    const v = f.get ? f.get(item) : (item as Record<string, unknown>)[f.from ?? k];
    if (f.optional && v === undefined) continue;
    out[k] = v ?? null;
  }
  return out;
}
