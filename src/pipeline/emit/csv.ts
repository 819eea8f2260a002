import { stringify } from 'csv-stringify/sync';
import type { Cell } from './csv-columns';
import { plainNumber } from './plain-number';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Options for CSV text. */
export interface CsvOptions {
  /** Prefix text cells that start like a formula with a single quote (default true). */
  readonly escapeFormulas: boolean;
}

/** Neutralizes a text cell that a spreadsheet would run as a formula by prefixing a single quote. */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function cellText(cell: Cell, options: CsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  return options.escapeFormulas ? escapeFormula(cell) : cell;
}

/**
 * RFC 4180 text for rows (CRLF line ends, fields quoted when needed). Numbers are ours, not the article's, so they
 * are printed as plain decimals and never formula-escaped (a negative longitude stays -33.8).
 */
export function csvText(rows: readonly (readonly Cell[])[], options: CsvOptions): string {
  return stringify(rows.map((r) => r.map((c) => cellText(c, options))), { record_delimiter: '\r\n' });
}
