// Page furniture outside the English-speaking world writes its date with the local month name ("mardi 5 juin 2018",
// "30. Oktober 2019", "04 de mayo 2022", "Pubblicato il 19 Febbraio 2020") and all-digit dates day first. The shared
// date grammar (src/text/dates) reads English; this file adds, for reference-date only, the day-month-year form of
// the main European, Nordic, Indonesian and Malay languages and the year-first forms of East Asian pages
// ("2015年12月14日", "2015.12.14"). The page's day/month order is guessed in day-order.ts.
import { isValidDay } from '../../../text/dates/calendar';
import type { FullDate } from '../../../text/dates/full-dates';
import { dropOverlaps, fullDates } from '../../../text/dates/full-dates';
import { FOREIGN_MONTHS, FOREIGN_MONTH_RE } from './month-names';
import { FOUR_DIGITS, otherDateForms } from './other-date-forms';

/**
 * "5 juin 2018", "30. Oktober 2019", "04 de mayo 2022", "1er avril 2014", "19 Febbraio, 2020", "3 de maio de 2022",
 * "1.nov.2023" (Brazilian, dots and no spaces), "14 نومبر ، 2023" (an Arabic comma), "14 ta' Novembru 2023" (Maltese).
 */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|°|er)?\\s*(?:de\\s+|ta['’]\\s*)?(${FOREIGN_MONTH_RE})(?:\\.?\\s*[,،]?\\s+|\\.)(?:de\\s+|del\\s+)?(\\d{4})(?!\\p{N})`,
  'giu',
);

/**
 * DAY_MONTH_YEAR's shape with any word for the month: a day, a word, a year. Cheap to test where the alternation of
 * a few hundred month names is not; most lines with a year have no such run.
 */
const DAY_WORD_YEAR =
  /(?<![\p{L}\p{N}])\d{1,2}(?:\.|º|°|er)?\s*(?:de\s+|ta['’]\s*)?\p{L}[\p{L}\p{M}_ ]*?\.?\s*[,،]?\s*(?:de\s+|del\s+)?\d{4}/iu;

/** An ISO 8601 timestamp as CMS templates print it: "2015-07-24T10:00", "2015-07-24T10:00:00Z". */
const ISO_STAMP = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/** Full days of ISO timestamps (the shared grammar reads "2015-07-24" but not glued to its time). */
function isoStamps(text: string): FullDate[] {
  const out: FullDate[] = [];
  for (const m of text.matchAll(ISO_STAMP)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const at = m.index ?? 0;
    if (isValidDay(year, month, day))
      out.push({ start: at, end: at + m[0].length, day: { year, month, day }, numeric: false });
  }
  return out;
}

/** "2015年12月14日" (Chinese, Japanese), "2015년 12월 14일" (Korean), "2015.12.14" (year-first dotted, East Asia). */
const YEAR_FIRST =
  /(?<![\p{N}.])((?:19|20)\d{2})(?:\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]|\.(\d{1,2})\.(\d{1,2})(?![\p{N}.]))/gu;

/** Full days written year first with CJK unit characters or dots. */
function yearFirstDates(text: string): FullDate[] {
  const out: FullDate[] = [];
  for (const m of text.matchAll(YEAR_FIRST)) {
    const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    const at = m.index ?? 0;
    if (isValidDay(year, month, day))
      out.push({ start: at, end: at + m[0].length, day: { year, month, day }, numeric: false });
  }
  return out;
}

/** Full days written with a non-English month name, in text order. */
export function foreignDates(text: string): FullDate[] {
  const out: FullDate[] = [];
  if (!DAY_WORD_YEAR.test(text)) return out;
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = FOREIGN_MONTHS.get((m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? 0;
    const [year, day] = [Number(m[3]), Number(m[1])];
    const at = m.index ?? 0;
    if (isValidDay(year, month, day))
      out.push({ start: at, end: at + m[0].length, day: { year, month, day }, numeric: false });
  }
  return out;
}

/**
 * The zero of each block of ten decimal digits pages write dates in besides ASCII: Arabic-Indic, Persian, N'Ko,
 * Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan,
 * Myanmar (two blocks), Khmer, Mongolian, and the fullwidth digits of CJK pages ("２０２３年１１月１４日").
 */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];
const DIGIT_CLASS = DIGIT_ZEROS.map(
  (z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`,
).join('');
const NATIVE_DIGITS = new RegExp(`[${DIGIT_CLASS}]`);
const NATIVE_DIGITS_ALL = new RegExp(`[${DIGIT_CLASS}]`, 'g');

/** True when `text` holds a digit of one of the blocks above (tested once per page, so most pages skip the fold). */
export function hasNativeDigits(text: string): boolean {
  return NATIVE_DIGITS.test(text);
}

/**
 * `line` with its native digits ("১৫ নভেম্বর ২০২৩", "٢١ ديسمبر ٢٠٢٣") written as ASCII ones. Each digit is one UTF-16
 * unit either way, so offsets into the result are offsets into `line`. Lines without them are returned as they are.
 */
export function asciiDigits(line: string): string {
  if (!NATIVE_DIGITS.test(line)) return line;
  return line.replace(NATIVE_DIGITS_ALL, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/** An all-digit date with dots ("12.10.2019"): the European form, always day first; the US never writes it. */
const DOTTED_NUMERIC = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

/**
 * Full days in a line: English (the shared grammar), foreign, year-first and ISO timestamps; where two overlap the
 * earlier, longer one wins. Dotted all-digit dates are read day first whatever the page's order; an all-digit date
 * only the other order can read ("14/12/2015" on a month-first page) is read that way, after the page's order.
 */
export function lineDates(text: string, dayFirst: boolean): FullDate[] {
  // A line is read three or four times over (its footer stamp, its cue, its byline field, its head): the last few
  // answers are kept. The result depends on the text and the order alone.
  const key = `${dayFirst ? '1' : '0'}${text}`;
  const known = recent.get(key);
  if (known !== undefined) return [...known];
  const found = readLineDates(text, dayFirst);
  if (recent.size >= RECENT_LINES) recent.clear();
  recent.set(key, found);
  return [...found];
}

/** How many lines' answers lineDates keeps (a handful: the calls for one line come together). */
const RECENT_LINES = 8;
const recent = new Map<string, readonly FullDate[]>();

function readLineDates(text: string, dayFirst: boolean): FullDate[] {
  const shared = fullDates(text, dayFirst).map((f) => {
    if (!f.numeric || dayFirst || !DOTTED_NUMERIC.test(text.slice(f.start, f.end))) return f;
    const european = fullDates(text.slice(f.start, f.end), true)[0];
    return european === undefined ? f : { ...f, day: european.day };
  });
  const otherOrder = fullDates(text, !dayFirst).filter((f) => f.numeric);
  // Every other form holds four digits in a row (a year, a Buddhist-era year) or a dotted "27.11.23": most lines of a
  // page hold neither, and the month-name alternations of ~30 languages are slow to try at every position.
  if (!FOUR_DIGITS.test(text)) return dropOverlaps([...shared, ...otherDateForms(text), ...otherOrder]);
  return dropOverlaps([
    ...shared,
    ...foreignDates(text),
    ...isoStamps(text),
    ...yearFirstDates(text),
    ...otherDateForms(text),
    ...otherOrder,
  ]);
}
