import { stringify } from 'csv-stringify/sync';
import type { Cell } from '../../contract/cells';
import { isComputed } from '../../contract/cells';
import { plainNumber } from './plain-number';

/**
 * Cells a spreadsheet may read as a formula (OWASP "CSV injection"): starting with = + - @, tab or carriage
 * return; or with any whitespace (spaces, line feeds, no-break and ideographic spaces) before one of = + - @ or
 * their full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣). Excel and LibreOffice run "=..." as given; LibreOffice's
 * import can trim leading spaces and line feeds, and Japanese-locale Excel turns full-width operators typed into a
 * cell into ASCII ones. Escaping every variant costs a quote on a few odd cells; missing one runs a formula.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63])/;

/** Options for CSV text. */
export interface CsvOptions {
  /** Prefix text cells that start like a formula with a single quote (default true; `--no-formula-escape`). */
  readonly escapeFormulas: boolean;
}

/** The RFC 4180 line end. */
export const CSV_LINE_END = '\r\n';
/** The UTF-8 byte order mark `--bom` writes first, for spreadsheet programs that need it to detect UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Neutralizes a text cell that a spreadsheet would run as a formula by prefixing a single quote. */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as its field text: null is empty, computed values are plain decimals, text is escaped when asked. */
export function cellText(cell: Cell, options: CsvOptions): string {
  if (cell === null) return '';
  if (isComputed(cell)) return typeof cell === 'number' ? plainNumber(cell) : cell.decimal;
  return options.escapeFormulas ? escapeFormula(cell) : cell;
}

/**
 * Fields csv-stringify must quote besides those with a comma or a double quote: every CR or LF (it only looks for
 * the whole record delimiter, so a lone LF would otherwise break the record), and leading or trailing
 * whitespace, which some readers trim from unquoted fields.
 */
const ALSO_QUOTE = /[\r\n]|^\s|\s$/;

/**
 * RFC 4180 text for rows: CRLF after every record, a field quoted when it holds a comma, a double quote, CR or LF
 * (quotes doubled). Numbers are ours, not the article's, so they are plain decimals and never formula-escaped
 * (a negative longitude stays -33.8).
 */
export function csvText(rows: readonly (readonly Cell[])[], options: CsvOptions): string {
  return stringify(
    rows.map((r) => r.map((c) => cellText(c, options))),
    { record_delimiter: CSV_LINE_END, quoted_match: ALSO_QUOTE },
  );
}
