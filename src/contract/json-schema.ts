// The JSON Schemas shipped in schemas/, generated from the field tables (`npm run schemas` writes them; a test
// checks the files equal what this module generates).
import { ARTICLE, ENTITY, ERROR, MENTION_CONTRACTS, MESSAGE } from './article';
import { CELL_PATTERNS } from './cells';
import { ENTITY_ID, ISO_DATE, OFFSET, REMOVED_SPAN, RULE, SPAN, TEXT_SPAN } from './common';
import type { CsvType } from './csv';
import { CSV_SPECS } from './csv';
import type { Column, Fields } from './fields';
import { objectSchema } from './fields';
import type { JsonSchema } from './shapes';

/** JSON Schema dialect of every shipped schema. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Base of the schemas' `$id`s (a reserved domain: the ids name the schemas, nothing is fetched). */
export const SCHEMA_BASE = 'https://news-extract.invalid/schemas/';

const ARTICLES_DESCRIPTION =
  "One line of articles.jsonl: one article with its text, body and removed spans, and every mention found. Offsets are [start, end) JavaScript string (UTF-16) indices into `text`, and every mention's `text` equals text.slice(start, end). Keys appear in the order listed here; mention objects start with the contract keys, then any extra fields in name order, then `rule`.";
const ERRORS_DESCRIPTION =
  'One line of errors.jsonl: an input that could not be read or decoded, or an article with a fatal problem. Lines are sorted by path, line, code and message; the file is empty when everything went well.';

const closed = (fields: Fields<never>): JsonSchema => objectSchema(fields, { closed: true });

/** The schema of one articles.jsonl line, with the shared definitions and each mention kind in `$defs`. */
export function articlesSchema(): JsonSchema {
  const m = MENTION_CONTRACTS;
  const $defs = {
    isoDate: ISO_DATE.schema,
    offset: OFFSET.schema,
    span: SPAN.schema,
    textSpan: TEXT_SPAN.schema,
    removedSpan: REMOVED_SPAN.schema,
    rule: RULE.schema,
    entityId: ENTITY_ID.schema,
    person: m.person.schema,
    place: m.place.schema,
    organization: m.organization.schema,
    date: m.date.schema,
    quote: m.quote.schema,
    money: m.money.schema,
    entity: closed(ENTITY as Fields<never>),
    message: closed(MESSAGE as Fields<never>),
  };
  const head = {
    $schema: SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE}articles.schema.json`,
    title: 'articles.jsonl record',
    description: ARTICLES_DESCRIPTION,
  };
  return { ...head, ...closed(ARTICLE as Fields<never>), $defs };
}

/** The schema of one errors.jsonl line. */
export function errorsSchema(): JsonSchema {
  const head = {
    $schema: SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE}errors.schema.json`,
    title: 'errors.jsonl record',
    description: ERRORS_DESCRIPTION,
  };
  return { ...head, ...closed(ERROR as Fields<never>) };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The anchored pattern of a column's cells; nullable columns also accept the empty field. */
function cellPattern(c: Column<never>): string {
  const body = c.kind === 'enum' && c.values ? `(${c.values.map(escapeRegExp).join('|')})` : CELL_PATTERNS[c.kind];
  return c.nullable ? `^(${body})?$` : `^${body}$`;
}

function columnSchema(c: Column<never>): JsonSchema {
  return {
    title: c.name,
    description: `${c.description}${c.nullable ? ' Empty when unknown.' : ''}`,
    type: 'string',
    pattern: cellPattern(c),
  };
}

/**
 * The JSON Schema of one CSV row: an array of strings (the fields as parsed from the file), one per column in the
 * file's fixed order (`prefixItems`, each titled with its header name). The header row itself is the titles.
 */
export function csvSchema(type: CsvType): JsonSchema {
  const columns = CSV_SPECS[type] as readonly Column<never>[];
  return {
    $schema: SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE}${type}.csv.schema.json`,
    title: `${type}.csv row`,
    description: `One data row of ${type}.csv (RFC 4180, UTF-8, CRLF line ends, a header row with these column names in this order). Cells are validated as the strings a CSV reader returns; an empty cell is a null. Text cells starting with = + - @ tab or CR are prefixed with ' unless --no-formula-escape is given.`,
    type: 'array',
    prefixItems: columns.map(columnSchema),
    items: false,
    minItems: columns.length,
  };
}

/** The JSON text a schema file holds: two-space indented, newline-terminated. */
export function schemaText(schema: unknown): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
