import type { Column, CsvType } from '../pipeline/emit/csv-columns';
import { CSV_SPECS } from '../pipeline/emit/csv-columns';
import { CELL_PATTERNS } from '../pipeline/emit/csv-cells';

/** JSON Schema dialect of every shipped schema. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Base of the schemas' `$id`s (a reserved domain: the ids name the schemas, nothing is fetched). */
export const SCHEMA_BASE = 'https://news-extract.invalid/schemas/';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The anchored pattern of a column's cells; nullable columns also accept the empty field. */
function cellPattern(c: Column<never>): string {
  const body = c.kind === 'enum' && c.values ? `(${c.values.map(escapeRegExp).join('|')})` : CELL_PATTERNS[c.kind];
  return c.nullable ? `^(${body})?$` : `^${body}$`;
}

function columnSchema(c: Column<never>): Record<string, unknown> {
  return { title: c.name, description: `${c.description}${c.nullable ? ' Empty when unknown.' : ''}`, type: 'string', pattern: cellPattern(c) };
}

/**
 * The JSON Schema of one CSV row: an array of strings (the fields as parsed from the file), one per column in the
 * file's fixed order (`prefixItems`, each titled with its header name). The header row itself is the titles.
 */
export function csvSchema(type: CsvType): Record<string, unknown> {
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
