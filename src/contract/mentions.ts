// The mention records of articles.jsonl and of the mention CSVs, one field per line. To add a field, add one line
// at the end of its table: JSON key, shape, description, and `csv: KIND` if it gets a column (named after the key
// in snake_case); the record type, JSON key order, CSV header and schemas follow. Then `npm run schemas`. Fields
// written only when a stage sets them are `extra(...)`: they follow the others in name order, with no CSV column
// unless given one. Never rename or reorder: users' code and spreadsheets depend on both.
import type {
  DateMention,
  MoneyMention,
  OrganizationMention,
  PersonMention,
  PlaceMention,
  QuoteMention,
} from '../model/mentions';
import type { Cell } from './cells';
import { ENTITY_ID, TEXT_SPAN } from './common';
import { fieldsOf } from './fields';
import { bool, int, list, num, oneOf, orNull, ref, shapeOf, str } from './shapes';

const entityId = ref('entityId', ENTITY_ID);
const textSpan = ref('textSpan', TEXT_SPAN);
const joined = (words: readonly string[]): Cell => words.join('|') || null;

const person = fieldsOf<PersonMention>();
/** Person mentions (people.csv). */
export const PERSON = {
  name: person.field(str(), "Canonical full name of the person's entity.", { csv: 'text' }),
  role: person.field(orNull(str()), 'A title the text gives the person (President, Minister ...).', { csv: 'text' }),
  entity: person.field(entityId, 'Entity id within the article (P1, P2 ...): joins entities.csv.', { csv: 'text' }),
  age: person.extra(
    str({ pattern: '^P[0-9]+[YMWD]$' }),
    'The age the text states next to the mention, as a TimeML duration ("P34Y", "P6M").',
    {
      csv: [{ kind: 'text', appended: true, nullable: true }],
    },
  ),
  ageSpan: person.extra(textSpan, 'Where that age is written ("34", "aged 34", "34-year-old").'),
};

const place = fieldsOf<PlaceMention>();
/** Place mentions (places.csv). */
export const PLACE = {
  name: place.field(str(), 'Gazetteer name when matched, else the text as written.', { csv: 'text' }),
  kind: place.field(oneOf(['country', 'region', 'city', 'landmark', 'other']), 'What kind of place it is.', {
    from: 'placeKind',
    csv: 'enum',
  }),
  country: place.field(
    orNull(str({ pattern: '^[A-Z]{2}$' })),
    'ISO 3166-1 alpha-2 code of the country the place is in (or is).',
    { csv: 'country' },
  ),
  geonameId: place.field(orNull(int()), 'GeoNames id of the gazetteer entry.', { csv: 'integer' }),
  lat: place.field(orNull(num({ minimum: -90, maximum: 90 })), 'Latitude in degrees.', { csv: 'decimal' }),
  lon: place.field(orNull(num({ minimum: -180, maximum: 180 })), 'Longitude in degrees.', { csv: 'decimal' }),
  entity: place.field(entityId, 'Entity id within the article (L1, L2 ...).', { csv: 'text' }),
};

const organization = fieldsOf<OrganizationMention>();
/** Organization mentions (organizations.csv). */
export const ORGANIZATION = {
  name: organization.field(str(), 'Canonical name: the long form of a defined acronym, without "the".', {
    csv: 'text',
  }),
  kind: organization.field(
    oneOf(['company', 'government', 'party', 'agency', 'team', 'media', 'international', 'education', 'other']),
    'What kind of organization the text shows it to be (other when nothing says).',
    { from: 'orgKind', csv: 'enum' },
  ),
  entity: organization.field(entityId, 'Entity id within the article (O1, O2 ...): joins entities.csv.', {
    csv: 'text',
  }),
};

const date = fieldsOf<DateMention>();
/**
 * Date mentions (dates.csv). dates.csv has `type` before `value` (its order since 0.1), hence the two columns on
 * `type`.
 */
export const DATE = {
  value: date.field(
    orNull(str({ minLength: 1 })),
    'TimeML value (2022-12-26, 2022-12, 2022-W52, 2022-Q4, P2D ...), or null when unresolved.',
  ),
  type: date.field(oneOf(['DATE', 'TIME', 'DURATION', 'SET']), 'TimeML type.', {
    csv: [
      { kind: 'enum' },
      {
        kind: 'text',
        name: 'value',
        nullable: true,
        description: 'TimeML value (2022-12-26, 2022-12, 2022-W52, 2022-Q4, P2D ...).',
        get: (m) => m.value,
      },
    ],
  }),
  rangeStart: date.field(orNull(str()), 'For ranges: the first value covered.', { csv: 'text' }),
  rangeEnd: date.field(orNull(str()), 'For ranges: the last value covered.', { csv: 'text' }),
  inferred: date.field(list(str()), 'Fields not written in the text but inferred (e.g. year).', {
    csv: [
      {
        kind: 'list',
        nullable: true,
        description: 'Fields not written in the text but inferred, joined with | (e.g. year).',
        get: (m) => joined(m.inferred),
      },
    ],
  }),
  mod: date.extra(
    orNull(str()),
    'TimeML mod (START, MID, END, APPROX, BEFORE, AFTER) from words like "the end of", "early", "nearly".',
  ),
};

const quote = fieldsOf<QuoteMention>();
/** Quotations (quotes.csv). */
export const QUOTE = {
  kind: quote.field(
    oneOf(['direct', 'indirect']),
    'direct (the quoted words, without the marks) or indirect (reported speech).',
    { from: 'quoteKind', csv: 'enum' },
  ),
  speaker: quote.field(orNull(textSpan), 'The mention the attribution points to: a name, a title or a pronoun.', {
    csv: [
      {
        kind: 'offset',
        name: 'speaker_start',
        description: 'Start of the speaker mention the attribution points to.',
        get: (m) => m.speaker?.start ?? null,
      },
      {
        kind: 'offset',
        name: 'speaker_end',
        description: 'End of the speaker mention.',
        get: (m) => m.speaker?.end ?? null,
      },
      {
        kind: 'text',
        name: 'speaker_text',
        description: 'The speaker mention as written (a name, a title or a pronoun).',
        get: (m) => m.speaker?.text ?? null,
      },
    ],
  }),
  speakerName: quote.field(orNull(str()), 'The resolved canonical speaker.', { csv: 'text' }),
  cue: quote.field(orNull(textSpan), 'The cue word(s): said, added, according to ...', {
    csv: [{ kind: 'text', get: (m) => m.cue?.text ?? null }],
  }),
  utterance: quote.field(str(), 'Shared by the parts of one interrupted quote (Q1, Q2 ...).', { csv: 'text' }),
  speakerEntity: quote.extra(orNull(str()), 'Entity id of the resolved speaker (P3, O2 ...).', { csv: 'text' }),
  speakerType: quote.extra(
    orNull(oneOf(['person', 'organization', 'document', 'anonymous'])),
    'person, organization, document (court documents, the report) or anonymous (officials).',
    { csv: 'enum' },
  ),
  speakerRule: quote.extra(
    orNull(str()),
    'How speakerName was found: name, pronoun-gender-salience, description-role ... (README: Quotes and speakers).',
    { csv: 'text' },
  ),
  speakerConfidence: quote.extra(
    orNull(num({ minimum: 0, maximum: 1 })),
    '0 to 1: how sure the speaker resolution is (by rule; see the README).',
    { csv: 'decimal' },
  ),
  speakerCandidates: quote.extra(
    list(
      shapeOf<{ readonly entity: string; readonly score: number }>({
        type: 'object',
        required: ['entity', 'score'],
        properties: { entity: { type: 'string' }, score: { type: 'number' } },
      }),
    ),
    'The entities the resolver weighed for a pronoun or description, best first, with their scores.',
  ),
};

const money = fieldsOf<MoneyMention>();
/** The exact decimal the money stage computed when it gives one, else the number (both plain, never exponent). */
const amountCell = (m: MoneyMention): Cell => (typeof m.decimal === 'string' ? { decimal: m.decimal } : m.amount);
/** Money mentions (money.csv). */
export const MONEY = {
  amount: money.field(orNull(num()), 'The amount with magnitudes applied (100000000000 for "$100 billion").', {
    csv: [{ kind: 'decimal', get: amountCell }],
  }),
  currency: money.field(orNull(str({ pattern: '^[A-Z]{3}$' })), 'ISO 4217 code.', { csv: 'currency' }),
  min: money.field(orNull(num()), 'For ranges: the lower bound.', { csv: 'decimal' }),
  max: money.field(orNull(num()), 'For ranges: the upper bound.', { csv: 'decimal' }),
  qualifier: money.field(orNull(str()), 'Approximation words kept apart from the number: about, more than, up to ...', {
    csv: 'text',
  }),
  decimal: money.extra(
    str({ pattern: '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$' }),
    '`amount` as an exact plain decimal ("100000000000", "1234567.89"), never in exponent form.',
  ),
  unit: money.extra(
    oneOf(['major', 'minor']),
    '`minor` when the text counts hundredths ("50 cents": amount 50), else `major`.',
  ),
  currencyText: money.extra(str(), 'The currency as written ("$", "US$", "finnish markka", "BTC").'),
  currencyInferred: money.extra(
    bool(),
    'True when `currency` was not written but taken from the default (a bare "$").',
  ),
  currencySource: money.extra(
    orNull(
      oneOf(['symbol', 'code', 'name', 'explicit', 'dateline', 'url', 'places', 'default-option', 'default-unit']),
    ),
    'Which evidence decided the currency: written (symbol, code, name) or, for a shared unit such as "$", "Rs" or "R", explicit, dateline, url, places, default-option, default-unit.',
    { csv: 'enum' },
  ),
  qualifierType: money.extra(
    orNull(oneOf(['approx', 'more-than', 'less-than', 'at-least', 'up-to'])),
    'What the qualifier says about the amount.',
    { csv: 'enum' },
  ),
};
