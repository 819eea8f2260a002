// JSON value shapes: each builder returns the JSON Schema of a value together with its TypeScript type (a phantom
// field), so one declaration gives both. A tiny subset of what TypeBox does, with the exact schema text we ship.

/** A JSON Schema object (draft 2020-12), as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A JSON value's schema and (at type level only) its TypeScript type `T`. */
export interface Shape<T> {
  readonly schema: JsonSchema;
  /** True when null is one of the values (the CSV cell may then be empty). */
  readonly nullable: boolean;
  /** For enums: the allowed words (CSV schemas list them). */
  readonly values?: readonly string[];
  /** Never set: carries `T` for {@link Static}. */
  readonly type?: T;
}

/** The TypeScript type a shape describes. */
export type Static<S> = S extends Shape<infer T> ? T : never;

const shape = <T>(schema: JsonSchema, nullable = false, values?: readonly string[]): Shape<T> => ({
  schema,
  nullable,
  ...(values ? { values } : {}),
});

/** A value of type `T` with a schema written out (for small nested objects no table describes). */
export const shapeOf = <T>(schema: JsonSchema): Shape<T> => shape(schema);

/** A string, with extra keywords (pattern, minLength ...). */
export const str = (keywords: JsonSchema = {}): Shape<string> => shape({ type: 'string', ...keywords });
/** An integer, with extra keywords (minimum ...). */
export const int = (keywords: JsonSchema = {}): Shape<number> => shape({ type: 'integer', ...keywords });
/** A number, with extra keywords (minimum, maximum ...). */
export const num = (keywords: JsonSchema = {}): Shape<number> => shape({ type: 'number', ...keywords });
/** true or false. */
export const bool = (): Shape<boolean> => shape({ type: 'boolean' });
/** One of a fixed list of words. */
export const oneOf = <const V extends readonly string[]>(values: V): Shape<V[number]> =>
  shape({ enum: values }, false, values);
/** An array of items of one shape. */
export const list = <T>(items: Shape<T>): Shape<readonly T[]> => shape({ type: 'array', items: items.schema });
/** A reference to a shared definition (`#/$defs/NAME` of the articles schema) with the definition's type. */
export const ref = <T>(name: string, _def: Shape<T>): Shape<T> => shape({ $ref: `#/$defs/${name}` });

/** The shape or null: `type: [t, "null"]` for simple types, null added to an enum, else `oneOf [shape, null]`. */
export function orNull<T>(s: Shape<T>): Shape<T | null> {
  const { type, enum: values, ...rest } = s.schema;
  if (typeof type === 'string') return shape({ type: [type, 'null'], ...rest }, true);
  if (Array.isArray(values)) return shape({ enum: [...(values as unknown[]), null], ...rest }, true, s.values);
  return shape({ oneOf: [s.schema, { type: 'null' }] }, true);
}

/** A shape with a description appended (the schema's last keyword, as in the files we ship). */
export const described = <T>(s: Shape<T>, description: string | undefined): Shape<T> =>
  description === undefined ? s : { ...s, schema: { ...s.schema, description } };
