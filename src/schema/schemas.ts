import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CSV_TYPES } from '../contract';
import type { CsvType } from '../contract';

/** The schema names `news-extract schema NAME` knows: the articles.jsonl record, each CSV, errors.jsonl. */
export const SCHEMA_NAMES = ['articles', ...CSV_TYPES, 'errors'] as const;
/** One schema name. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** How many folders up from this module the package root may be (dist/schema, src/schema, or a deeper build dir). */
const MAX_LEVELS_UP = 4;

/** The nearest `schemas/` folder holding articles.schema.json above this module: the package root's. */
function findSchemaDir(): string {
  let dir = __dirname;
  for (let i = 0; i < MAX_LEVELS_UP; i++) {
    dir = path.dirname(dir);
    const candidate = path.join(dir, 'schemas');
    if (existsSync(path.join(candidate, 'articles.schema.json'))) return candidate;
  }
  return path.resolve(__dirname, '..', '..', 'schemas');
}

/** The folder of shipped schemas: `schemas/` at the package root (beside dist/ and src/). */
export const SCHEMA_DIR = findSchemaDir();

/** The file name of a schema: articles.schema.json, people.csv.schema.json ... */
export function schemaFile(name: SchemaName): string {
  return name === 'articles' || name === 'errors' ? `${name}.schema.json` : `${name}.csv.schema.json`;
}

/** What each schema describes, for the schema list. */
export function schemaSubject(name: SchemaName): string {
  if (name === 'articles') return 'articles.jsonl: one record per article';
  if (name === 'errors') return 'errors.jsonl: one record per failed input or fatal article';
  return `${name}.csv: one row per ${name === 'entities' ? 'entity per article' : 'mention'}`;
}

/** True for a known schema name. */
export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}

/** The CSV type a schema name stands for, or null for the JSONL files. */
export function csvTypeOf(name: SchemaName): CsvType | null {
  return name === 'articles' || name === 'errors' ? null : name;
}

/** The shipped schema's JSON text (read from the package, so it is exactly the file users get). */
export function schemaJson(name: SchemaName): string {
  return readFileSync(path.join(SCHEMA_DIR, schemaFile(name)), 'utf8');
}
