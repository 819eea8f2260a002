/**
 * A CSV cell before escaping. Strings are text (from the article or the input) and are formula-escaped; numbers
 * and `DecimalCell`s are values this program computed: written as plain decimals and never escaped.
 */
export type Cell = string | number | null | DecimalCell;

/** An exact decimal string computed by the pipeline ("100000000000", "0.5"): written as is, never escaped. */
export interface DecimalCell {
  readonly decimal: string;
}

/** How a column's cells look in the file; each kind maps to a pattern in the CSV's JSON Schema. */
export type CellKind =
  /** Any text (article text, names); may be formula-escaped with a leading '. */
  | 'text'
  /** A non-negative integer: offsets and counts. */
  | 'offset'
  /** An integer (GeoNames id). */
  | 'integer'
  /** A plain decimal, never in exponent form: -33.8688, 100000000000, 0.0000015. */
  | 'decimal'
  /** An ISO 3166-1 alpha-2 country code. */
  | 'country'
  /** An ISO 4217 currency code. */
  | 'currency'
  /** One of a fixed list of words. */
  | 'enum'
  /** Words joined with `|` (roles, inferred fields). */
  | 'list';

/** The regular expression (without anchors) a non-empty cell of each kind matches. */
export const CELL_PATTERNS: Readonly<Record<CellKind, string>> = {
  text: '[\\s\\S]+',
  offset: '(0|[1-9][0-9]*)',
  integer: '-?(0|[1-9][0-9]*)',
  decimal: '-?(0|[1-9][0-9]*)(\\.[0-9]+)?',
  country: '[A-Z]{2}',
  currency: '[A-Z]{3}',
  enum: '[A-Za-z_-]+',
  list: '[^|]+(\\|[^|]+)*',
};

/** True for cells the pipeline computed (numbers, decimals), which are never formula-escaped. */
export function isComputed(cell: Cell): cell is number | DecimalCell {
  return typeof cell === 'number' || (typeof cell === 'object' && cell !== null);
}
