// A record is a table of fields, one line each. From the table come the record's TypeScript type, the JSON key
// order, the JSON Schema of the record and (for fields with a `csv` kind) the CSV columns, in table order.
import type { ReferenceDate } from '../model/document';
import type { Cell, CellKind } from './cells';
import type { JsonSchema, Shape, Static } from './shapes';
import { described } from './shapes';

/** One CSV column: header name, how its cells look, whether it may be empty, what it means, and its value. */
export interface Column<T> {
  readonly name: string;
  readonly kind: CellKind;
  readonly nullable: boolean;
  readonly description: string;
  /** For enum columns: the allowed words. */
  readonly values?: readonly string[];
  /** A column added after the CSV's shared trailing columns (a mention CSV's `published`): columns only ever append. */
  readonly appended?: boolean;
  readonly get: (item: T, row: RowContext) => Cell;
}

/** What a CSV row knows besides its item: the article's id and its reference date, repeated on every row. */
export interface RowContext {
  readonly articleId: string;
  readonly published: ReferenceDate | null;
}

/** A CSV column of a field, where it differs from the field's defaults (name, description, value, nullability). */
export interface ColumnSpec<T> {
  readonly kind: CellKind;
  readonly name?: string;
  readonly description?: string;
  readonly nullable?: boolean;
  /** See Column.appended. */
  readonly appended?: boolean;
  readonly get?: (item: T) => Cell;
}

/** One field of a record: its JSON shape, what it means, how to read it from the model, and its CSV columns. */
export interface Field<T, V, Opt extends boolean = false> {
  readonly shape: Shape<V>;
  readonly description: string | undefined;
  /** Optional fields are written only when the model has them (extras: after the other fields, by name). */
  readonly optional: Opt;
  /** The model field the value is read from (default: the JSON key). */
  readonly from: string | undefined;
  /** The JSON value from the model item, when it is not just the `from` field. */
  readonly get: ((item: T) => unknown) | undefined;
  /** A cell kind (one column named after the key), explicit columns, or none (JSON only). */
  readonly csv: CellKind | readonly ColumnSpec<T>[] | undefined;
}

/** Options of a field: how to read it from the model item and its CSV column(s). */
export interface FieldOptions<T> {
  readonly from?: keyof T & string;
  readonly get?: (item: T) => unknown;
  readonly csv?: CellKind | readonly ColumnSpec<T>[];
}

/** A field written on every record. */
export function field<T, V>(shape: Shape<V>, description?: string, options: FieldOptions<T> = {}): Field<T, V, false> {
  return { shape, description, optional: false, from: options.from, get: options.get, csv: options.csv };
}

/** A field written only when the model item has it (a stage's extra detail, e.g. money `decimal`). */
export function extra<T, V>(shape: Shape<V>, description?: string, options: FieldOptions<T> = {}): Field<T, V, true> {
  return { shape, description, optional: true, from: options.from, get: options.get, csv: options.csv };
}

/** A table of fields keyed by JSON key, in output order. */
export type Fields<T> = { readonly [key: string]: Field<T, never, boolean> | Field<T, unknown, boolean> };

type Required<F> = {
  -readonly [K in keyof F as F[K] extends Field<never, unknown, false> ? K : never]: F[K] extends Field<
    never,
    infer V,
    boolean
  >
    ? V
    : never;
};
type Optional<F> = {
  -readonly [K in keyof F as F[K] extends Field<never, unknown, true> ? K : never]?: F[K] extends Field<
    never,
    infer V,
    boolean
  >
    ? V
    : never;
};
/** The TypeScript type of a record made from a field table. */
export type RecordOf<F> = { readonly [K in keyof (Required<F> & Optional<F>)]: (Required<F> & Optional<F>)[K] };

/** A span-like value as a plain {start, end, text} object (so no internal field of a speaker or cue leaks out). */
export function plain(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v ?? null;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string'
    ? { start: o.start, end: o.end, text: o.text }
    : v;
}

/** A field's JSON value for one model item: its getter's, else the model field (undefined becomes null). */
export function valueOf<T>(key: string, f: Field<T, unknown, boolean>, item: T): unknown {
  if (f.get) return f.get(item);
  return plain((item as Record<string, unknown>)[f.from ?? key]);
}

/** `geonameId` -> `geoname_id`: the CSV header of a field. */
export const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The CSV columns of a field table, in table order. */
export function columnsOf<T>(fields: Fields<T>): Column<T>[] {
  const out: Column<T>[] = [];
  for (const [key, f] of Object.entries(fields)) {
    if (f.csv === undefined) continue;
    const specs: readonly ColumnSpec<T>[] = typeof f.csv === 'string' ? [{ kind: f.csv }] : f.csv;
    for (const s of specs) {
      const get = s.get ?? ((item: T): Cell => valueOf(key, f, item) as Cell);
      const values = s.kind === 'enum' ? f.shape.values : undefined;
      const description = s.description ?? f.description ?? key;
      out.push({
        name: s.name ?? snakeCase(key),
        kind: s.kind,
        nullable: s.nullable ?? f.shape.nullable,
        description,
        get: (item) => get(item),
        ...(values ? { values } : {}),
        ...(s.appended ? { appended: true } : {}),
      });
    }
  }
  return out;
}

/** The JSON Schema properties of a field table, each with its description. */
export function propertiesOf(fields: Fields<never>): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, described(f.shape, f.description).schema]));
}

/** The keys every record has (the schema's `required`). */
export const requiredOf = (fields: Fields<never>): string[] => Object.keys(fields).filter((k) => !fields[k]?.optional);

/** Re-exported so record files import one module. */
export type { Static };

/** How a record's object schema is closed or extended. */
export interface ObjectOptions {
  /** Refuse keys not in the table (records whose every key we write). */
  readonly closed?: boolean;
  /** Schemas the object also matches (`allOf`), e.g. the text span every mention starts with. */
  readonly allOf?: readonly JsonSchema[];
}

/** The object schema of a field table: type, allOf, required, additionalProperties, properties (in this order). */
export function objectSchema(fields: Fields<never>, options: ObjectOptions = {}): JsonSchema {
  return {
    type: 'object',
    ...(options.allOf ? { allOf: options.allOf } : {}),
    required: requiredOf(fields),
    ...(options.closed ? { additionalProperties: false } : {}),
    properties: propertiesOf(fields),
  };
}

/** The shape of an object made of a field table (for nested values such as spans). */
export function objectOf<F extends Fields<never>>(fields: F, options: ObjectOptions = {}): Shape<RecordOf<F>> {
  return { schema: objectSchema(fields, options), nullable: false };
}

/** `field` and `extra` bound to one model type, so a table's lines need no type arguments. */
export function fieldsOf<T>(): {
  field: <V>(shape: Shape<V>, description?: string, options?: FieldOptions<T>) => Field<T, V, false>;
  extra: <V>(shape: Shape<V>, description?: string, options?: FieldOptions<T>) => Field<T, V, true>;
} {
  return {
    field: (s, d, o) => field<T, typeof s extends Shape<infer V> ? V : never>(s, d, o),
    extra: (s, d, o) => extra(s, d, o),
  };
}
