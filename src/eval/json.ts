/** A parsed JSON object (a gold or prediction record, or one of its mentions) read field by field. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** The value as an object, or null when it is not a (non-array) JSON object. */
export function asObject(v: unknown): JsonObject | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : null;
}

/** The field as a list of objects when it is an array (non-object entries are dropped), else null. */
export function objectList(rec: JsonObject | null | undefined, key: string): JsonObject[] | null {
  const v = rec ? rec[key] : undefined;
  if (!Array.isArray(v)) return null;
  return v.map(asObject).filter((x): x is JsonObject => x !== null);
}

/** True when the field is an array (the reference scorer's `Array.isArray(rec[key])`). */
export function hasList(rec: JsonObject | null | undefined, key: string): boolean {
  return rec !== null && rec !== undefined && Array.isArray(rec[key]);
}

/** The field as a string, or null. */
export function str(rec: JsonObject | null | undefined, key: string): string | null {
  const v = rec ? rec[key] : undefined;
  return typeof v === 'string' ? v : null;
}
