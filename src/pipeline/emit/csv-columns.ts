import type { Doc, ReferenceDate } from '../../model/document';
import type { DateMention, Entity, MoneyMention, OrganizationMention, PersonMention, PlaceMention, QuoteMention } from '../../model/mentions';
import { compareSpans } from '../../model/span';
import type { Cell, CellKind } from './csv-cells';

export type { Cell } from './csv-cells';

/** The CSV files the CLI writes, in the order they are written. */
export const CSV_TYPES = ['people', 'places', 'organizations', 'dates', 'quotes', 'money', 'entities'] as const;
/** One of the CSV files. */
export type CsvType = (typeof CSV_TYPES)[number];

/** One column: its header name, how its cells look, whether it may be empty, what it means, and its value. */
export interface Column<T> {
  readonly name: string;
  readonly kind: CellKind;
  readonly nullable: boolean;
  readonly description: string;
  /** For enum columns: the allowed words. */
  readonly values?: readonly string[];
  readonly get: (item: T, articleId: string, reference: ReferenceDate | null) => Cell;
}

const col = <T>(name: string, kind: CellKind, nullable: boolean, description: string, get: (item: T, id: string, reference: ReferenceDate | null) => Cell, values?: readonly string[]): Column<T> => ({ name, kind, nullable, description, get, ...(values ? { values } : {}) });

/**
 * The last two columns of every mention CSV: the article's date (as `published` in articles.jsonl) and where it
 * came from, so a spreadsheet user can read a relative date without joining to articles.jsonl.
 */
function publishedColumns<T>(): Column<T>[] {
  return [
    col<T>('published', 'text', true, "The article's reference date (YYYY-MM-DD) its relative dates were resolved against.", (_m, _id, r) => r?.date ?? null),
    col<T>('published_source', 'enum', true, 'Where published came from.', (_m, _id, r) => r?.source ?? null, ['input', 'html-meta', 'url', 'dateline', 'option']),
  ];
}

/** The first four columns of every mention CSV. */
function spanColumns<T extends { start: number; end: number; text: string }>(): Column<T>[] {
  return [
    col<T>('article_id', 'text', false, 'The article id (as in articles.jsonl).', (_m, id) => id),
    col<T>('start', 'offset', false, 'Start offset: a JavaScript string (UTF-16) index into the article text.', (m) => m.start),
    col<T>('end', 'offset', false, 'End offset, exclusive.', (m) => m.end),
    col<T>('text', 'text', false, 'The mention as written: text.slice(start, end).', (m) => m.text),
  ];
}

const PEOPLE: readonly Column<PersonMention>[] = [
  ...spanColumns<PersonMention>(),
  col('name', 'text', false, 'Canonical full name of the person.', (m) => m.name),
  col('role', 'text', true, 'A title the text gives the person (President, Minister ...).', (m) => m.role),
  col('entity', 'text', false, 'Entity id within the article (P1, P2 ...): joins entities.csv.', (m) => m.entity),
  ...publishedColumns<PersonMention>(),
];

const PLACES: readonly Column<PlaceMention>[] = [
  ...spanColumns<PlaceMention>(),
  col('name', 'text', false, 'Gazetteer name when matched, else the text as written.', (m) => m.name),
  col('kind', 'enum', false, 'What kind of place it is.', (m) => m.placeKind, ['country', 'region', 'city', 'landmark', 'other']),
  col('country', 'country', true, 'ISO 3166-1 alpha-2 code of the country the place is in (or is).', (m) => m.country),
  col('geoname_id', 'integer', true, 'GeoNames id of the gazetteer entry.', (m) => m.geonameId),
  col('lat', 'decimal', true, 'Latitude in degrees.', (m) => m.lat),
  col('lon', 'decimal', true, 'Longitude in degrees.', (m) => m.lon),
  col('entity', 'text', false, 'Entity id within the article (L1, L2 ...).', (m) => m.entity),
  ...publishedColumns<PlaceMention>(),
];

/** The organization kinds, in the order the README lists them. */
const ORGANIZATION_KINDS = ['company', 'government', 'party', 'agency', 'team', 'media', 'international', 'education', 'other'];

const ORGANIZATIONS: readonly Column<OrganizationMention>[] = [
  ...spanColumns<OrganizationMention>(),
  col('name', 'text', false, 'Canonical name: the long form of a defined acronym, without "the".', (m) => m.name),
  col('kind', 'enum', false, 'What kind of organization the text shows it to be (other when nothing says).', (m) => m.orgKind, ORGANIZATION_KINDS),
  col('entity', 'text', false, 'Entity id within the article (O1, O2 ...): joins entities.csv.', (m) => m.entity),
  ...publishedColumns<OrganizationMention>(),
];

const DATES: readonly Column<DateMention>[] = [
  ...spanColumns<DateMention>(),
  col('type', 'enum', false, 'TimeML type.', (m) => m.type, ['DATE', 'TIME', 'DURATION', 'SET']),
  col('value', 'text', true, 'TimeML value (2022-12-26, 2022-12, 2022-W52, 2022-Q4, P2D ...); empty when unresolved.', (m) => m.value),
  col('range_start', 'text', true, 'For ranges: the first value covered.', (m) => m.rangeStart),
  col('range_end', 'text', true, 'For ranges: the last value covered.', (m) => m.rangeEnd),
  col('inferred', 'list', true, 'Fields not written in the text but inferred, joined with | (e.g. year).', (m) => m.inferred.join('|') || null),
  ...publishedColumns<DateMention>(),
];

const QUOTES: readonly Column<QuoteMention>[] = [
  ...spanColumns<QuoteMention>(),
  col('kind', 'enum', false, 'direct (the quoted words, without the marks) or indirect (reported speech).', (m) => m.quoteKind, ['direct', 'indirect']),
  col('speaker_start', 'offset', true, 'Start of the speaker mention the attribution points to.', (m) => m.speaker?.start ?? null),
  col('speaker_end', 'offset', true, 'End of the speaker mention.', (m) => m.speaker?.end ?? null),
  col('speaker_text', 'text', true, 'The speaker mention as written (a name, a title or a pronoun).', (m) => m.speaker?.text ?? null),
  col('speaker_name', 'text', true, 'The resolved canonical speaker.', (m) => m.speakerName),
  col('cue', 'text', true, 'The cue word(s): said, added, according to ...', (m) => m.cue?.text ?? null),
  col('utterance', 'text', false, 'Shared by the parts of one interrupted quote (Q1, Q2 ...).', (m) => m.utterance),
  col('speaker_entity', 'text', true, 'Entity id of the resolved speaker (P3 ...).', (m) => m.speakerEntity ?? null),
  col('speaker_type', 'enum', true, 'person, organization, document (court documents, the report) or anonymous (officials).', (m) => m.speakerType ?? null, ['person', 'organization', 'document', 'anonymous']),
  col('speaker_rule', 'text', true, 'How speaker_name was found: name, pronoun-gender-salience, description-role ...', (m) => m.speakerRule ?? null),
  col('speaker_confidence', 'decimal', true, '0 to 1: how sure the speaker resolution is.', (m) => m.speakerConfidence ?? null),
  ...publishedColumns<QuoteMention>(),
];

/** The exact decimal the money stage computed when it gives one, else the number (both plain, never exponent). */
const amountCell = (m: MoneyMention): Cell => (typeof m.decimal === 'string' ? { decimal: m.decimal } : m.amount);

const MONEY: readonly Column<MoneyMention>[] = [
  ...spanColumns<MoneyMention>(),
  col('amount', 'decimal', true, 'The amount with magnitudes applied (100000000000 for "$100 billion").', amountCell),
  col('currency', 'currency', true, 'ISO 4217 code.', (m) => m.currency),
  col('min', 'decimal', true, 'For ranges: the lower bound.', (m) => m.min),
  col('max', 'decimal', true, 'For ranges: the upper bound.', (m) => m.max),
  col('qualifier', 'text', true, 'Approximation words kept apart from the number: about, more than, up to ...', (m) => m.qualifier),
  col('currency_source', 'enum', true, 'Which evidence decided the currency: written (symbol, code, name) or, for a shared unit such as "$", "Rs" or "R", explicit, dateline, url, places, default-option, default-unit.', (m) => m.currencySource ?? null, ['symbol', 'code', 'name', 'explicit', 'dateline', 'url', 'places', 'default-option', 'default-unit']),
  col('qualifier_type', 'enum', true, 'What the qualifier says about the amount.', (m) => m.qualifierType ?? null, ['approx', 'more-than', 'less-than', 'at-least', 'up-to']),
  ...publishedColumns<MoneyMention>(),
];

const ENTITIES: readonly Column<Entity>[] = [
  col('article_id', 'text', false, 'The article id.', (_e, id) => id),
  col('entity', 'text', false, 'Entity id within the article (P1 person, L1 place, O1 organization ...).', (e) => e.id),
  col('type', 'enum', false, 'Entity type.', (e) => e.type, ['person', 'place', 'organization']),
  col('name', 'text', false, 'Canonical name.', (e) => e.name),
  col('roles', 'list', true, 'Roles the text gives the entity, joined with |.', (e) => e.roles.join('|') || null),
  col('mentions', 'offset', false, 'Number of mentions in the article.', (e) => e.mentions),
];

/** The column specs of every CSV file (documented in the README; extend at the end, never reorder). */
export const CSV_SPECS = { people: PEOPLE, places: PLACES, organizations: ORGANIZATIONS, dates: DATES, quotes: QUOTES, money: MONEY, entities: ENTITIES } as const;

/** Stable column order per CSV file: the header row. */
export const CSV_COLUMNS: Readonly<Record<CsvType, readonly string[]>> = {
  people: PEOPLE.map((c) => c.name),
  places: PLACES.map((c) => c.name),
  organizations: ORGANIZATIONS.map((c) => c.name),
  dates: DATES.map((c) => c.name),
  quotes: QUOTES.map((c) => c.name),
  money: MONEY.map((c) => c.name),
  entities: ENTITIES.map((c) => c.name),
};

function rows<T>(items: readonly T[], columns: readonly Column<T>[], id: string, reference: ReferenceDate | null = null): Cell[][] {
  return items.map((m) => columns.map((c) => c.get(m, id, reference)));
}

const sorted = <T extends { start: number; end: number }>(list: readonly T[]): T[] => [...list].sort(compareSpans);

/** The rows of one CSV file for one document, in column order, mentions sorted by offset. */
export function csvRows(doc: Doc, type: CsvType): Cell[][] {
  switch (type) {
    case 'people':
      return rows(sorted(doc.people), PEOPLE, doc.id, doc.reference);
    case 'places':
      return rows(sorted(doc.places), PLACES, doc.id, doc.reference);
    case 'organizations':
      return rows(sorted(doc.organizations), ORGANIZATIONS, doc.id, doc.reference);
    case 'dates':
      return rows(sorted(doc.dates), DATES, doc.id, doc.reference);
    case 'quotes':
      return rows(sorted(doc.quotes), QUOTES, doc.id, doc.reference);
    case 'money':
      return rows(sorted(doc.money), MONEY, doc.id, doc.reference);
    case 'entities':
      return rows(doc.entities, ENTITIES, doc.id);
  }
}
