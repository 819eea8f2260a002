// Full-date forms of page furniture that neither the shared grammar nor the day-month-year reading in line-dates.ts
// covers: an English month with dashes or a slash between its fields ("Nov - 30 - 2023", "November 14/2023", as
// Ghanaian and Ethiopian outlets print them) or a comma glued to the year ("Nov 14,2023", Jordanian), the
// Vietnamese "7 tháng 11 năm 2023", the Hungarian year-first "2023. november 14." and other languages' months
// written month first ("Nobyembre 14, 2023", "Novemba 14, 2023"), Thai dates with Buddhist-era years ("14 พ.ย.
// 2566") and dotted dates with a two-digit year ("27.11.23").
import { isValidDay } from '../../../text/dates/calendar';
import type { FullDate } from '../../../text/dates/full-dates';
import { MONTH_RE, monthOf } from '../../../text/dates/lexicon';
import { solarHijriDay } from '../../../text/dates/lunar-calendars';
import { FOREIGN_MONTHS, FOREIGN_MONTH_RE, YEAR_FIRST_MONTHS } from './month-names';

/**
 * "Nov - 30 - 2023", "Nov-30-2023", "November 14/2023", "Nov 14,2023": the day and year behind dashes or a slash, or
 * a comma with no space after it.
 */
const MONTH_DASHED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_RE})(?:\\s*[-/]\\s*|\\s+)(\\d{1,2})(?:\\s*[-/]\\s*|,)((?:19|20)\\d{2})(?![\\p{N}/-])`,
  'giu',
);
/**
 * "Nobyembre 14, 2023" (Tagalog), "Novemba 14, 2023" (Swahili): a month name of another language written month
 * first, as in English. Abbreviations (four letters or fewer) are left out: "out", "set", "ago" are words too.
 */
const FOREIGN_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${FOREIGN_MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?![\\p{N}/-])`,
  'giu',
);
const monthNumber = (name: string): number => {
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  return lower.length > 4 ? (FOREIGN_MONTHS.get(lower) ?? 0) : 0;
};

/** "7 tháng 11 năm 2023", "ngày 7 tháng 11, 2023": Vietnamese writes the month as a number after "tháng". */
const VIETNAMESE = /(?<!\p{N})(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|\s*,\s*)((?:19|20)\d{2})(?!\p{N})/giu;
/** "2023. november 14.", "2023. nov. 14.": Hungarian puts the year first, each field closed by a dot. */
const YEAR_DOT_MONTH = new RegExp(
  `(?<!\\p{N})((?:19|20)\\d{2})\\.\\s+(${FOREIGN_MONTH_RE})\\.?\\s+(\\d{1,2})\\.?(?!\\p{N})`,
  'giu',
);

/**
 * "2023 m. gruodžio 12 d." (Lithuanian: year, "m.", the month in the genitive, the day, "d.") and "2023. gada 14.
 * novembrī" (Latvian: year, "gada", the day, the month): the month is one word looked up in YEAR_FIRST_MONTHS, so
 * no alternation of names is tried.
 */
const BALTIC_YEAR_FIRST =
  /(?<!\p{N})((?:19|20)\d{2})(?:\s*m\.\s+(\p{L}+)\s+(\d{1,2})\s*d\.?|\.?\s*gada\s+(\d{1,2})\.\s*(\p{L}+))(?![\p{L}\p{N}])/giu;
const balticMonth = (m: RegExpMatchArray): number => {
  const name = (m[2] ?? m[5] ?? '').toLowerCase();
  return YEAR_FIRST_MONTHS.get(name) ?? FOREIGN_MONTHS.get(name) ?? 0;
};

/** "2023 оны 12 сарын 15" (Mongolian): the year, "оны", the month's number, "сарын", the day. */
const MONGOLIAN = /(?<!\p{N})((?:19|20)\d{2})\s+оны\s+(\d{1,2})(?:-р)?\s+сарын\s+(\d{1,2})(?!\p{N})/gu;

/**
 * "14. 11. 2023" (Slovenian, Croatian, Czech, Slovak): an all-digit date with a space after each dot, always day
 * first (the shared grammar reads it without the spaces).
 */
const DOTTED_SPACED = /(?<![\p{L}\p{N}.])(\d{1,2})\.\s(\d{1,2})\.\s?((?:19|20)\d{2})(?!\p{N})/gu;

/**
 * The Solar Hijri months, Farvardin first: the Iranian names, then the Afghan (Dari and Pashto pages: Hamal, Sawr,
 * Jawza … Hut), each a name of the same month.
 */
const SOLAR_MONTH_NAMES = [
  'فروردین|حمل',
  'اردیبهشت|ثور',
  'خرداد|جوزا',
  'تیر|سرطان',
  'مرداد|اسد',
  'شهریور|سنبله',
  'مهر|میزان',
  'آبان|عقرب',
  'آذر|قوس',
  'دی|جدی',
  'بهمن|دلو',
  'اسفند|حوت',
];
const SOLAR_MONTHS: ReadonlyMap<string, number> = new Map(
  SOLAR_MONTH_NAMES.flatMap((slot, i) => slot.split('|').map((name) => [name, i + 1] as const)),
);
/** "۲۳ آبان ۱۴۰۲" (digits already ASCII): a Solar Hijri day, month and year (13xx-14xx). */
const SOLAR_HIJRI = new RegExp(
  `(?<!\\p{N})(\\d{1,2})\\s+(${[...SOLAR_MONTHS.keys()].join('|')})\\s+(1[34]\\d{2})(?!\\p{N})`,
  'gu',
);
const solarFields = (m: RegExpMatchArray): readonly [number, number, number] => {
  const day = solarHijriDay(Number(m[3]), SOLAR_MONTHS.get(m[2] ?? '') ?? 0, Number(m[1]));
  return day === null ? [0, 0, 0] : [day.year, day.month, day.day];
};

/** Thai month names and abbreviations, January first. */
const THAI_MONTHS = [
  'มกราคม|ม.ค.',
  'กุมภาพันธ์|ก.พ.',
  'มีนาคม|มี.ค.',
  'เมษายน|เม.ย.',
  'พฤษภาคม|พ.ค.',
  'มิถุนายน|มิ.ย.',
  'กรกฎาคม|ก.ค.',
  'สิงหาคม|ส.ค.',
  'กันยายน|ก.ย.',
  'ตุลาคม|ต.ค.',
  'พฤศจิกายน|พ.ย.',
  'ธันวาคม|ธ.ค.',
];
const THAI_MONTH_OF: ReadonlyMap<string, number> = new Map(
  THAI_MONTHS.flatMap((slot, i) => slot.split('|').map((name) => [name, i + 1] as const)),
);
/** Thai pages count years in the Buddhist era: 2566 is 2023. */
export const BUDDHIST_ERA_OFFSET = 543;
/** "14 พ.ย. 2566", "14 พฤศจิกายน 2566": a Thai month, the year Buddhist era (or Common Era) as written. */
const THAI = new RegExp(
  `(?<!\\p{N})(\\d{1,2})\\s*(${[...THAI_MONTH_OF.keys()].map((n) => n.replace(/\./g, '\\.')).join('|')})\\s*(\\d{4})(?!\\p{N})`,
  'gu',
);
const thaiYear = (year: number): number => (year > 2400 ? year - BUDDHIST_ERA_OFFSET : year);
/** "27.11.23": day and month of two digits each and a two-digit year, as Israeli and some European pages print. */
const DOTTED_SHORT_YEAR = /(?<![\p{L}\p{N}.])(\d{2})\.(\d{2})\.(\d{2})(?![\p{N}.])/gu;

/** A two-digit year: 70-99 are the 1900s, the rest the 2000s. */
const shortYear = (yy: number): number => (yy >= 70 ? 1900 + yy : 2000 + yy);

type Fields = (m: RegExpMatchArray) => readonly [number, number, number];

const FORMS: readonly (readonly [RegExp, Fields])[] = [
  [MONTH_DASHED, (m) => [Number(m[3]), monthOf(m[1] ?? '') ?? 0, Number(m[2])]],
  [FOREIGN_MONTH_FIRST, (m) => [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])]],
  [THAI, (m) => [thaiYear(Number(m[3])), THAI_MONTH_OF.get(m[2] ?? '') ?? 0, Number(m[1])]],
  [DOTTED_SHORT_YEAR, (m) => [shortYear(Number(m[3])), Number(m[2]), Number(m[1])]],
  [VIETNAMESE, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [DOTTED_SPACED, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [SOLAR_HIJRI, solarFields],
  [MONGOLIAN, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [BALTIC_YEAR_FIRST, (m) => [Number(m[1]), balticMonth(m), Number(m[3] ?? m[4])]],
  [YEAR_DOT_MONTH, (m) => [Number(m[1]), FOREIGN_MONTHS.get((m[2] ?? '').toLowerCase()) ?? 0, Number(m[3])]],
];

/**
 * The shape around the month name of the forms that try every language's months at every word: a letter, then a
 * day and a year ("Nobyembre 14, 2023"), or a year, a dot and a letter ("2023. november 14."). Most lines with a
 * year have neither, and the shape is cheap to test where the alternation of a few hundred names is not.
 */
const SHAPES: ReadonlyMap<RegExp, RegExp> = new Map([
  [FOREIGN_MONTH_FIRST, /[\p{L}\p{M}]\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}/u],
  [YEAR_DOT_MONTH, /(?:19|20)\d{2}\.\s+\p{L}/u],
]);

/** Four digits in a row: the year every form but DOTTED_SHORT_YEAR holds (line-dates.ts gates on it too). */
export const FOUR_DIGITS = /\d{4}/;
/** Two digits, a dot, two digits, a dot: where DOTTED_SHORT_YEAR may match. */
const DOTTED_PAIRS = /\d\d\.\d\d\./;

/** The full days of `text` in the forms above. */
export function otherDateForms(text: string): FullDate[] {
  const out: FullDate[] = [];
  // Cheap gates first: most lines hold no year, and the alternations of month names are slow to try everywhere.
  const year = FOUR_DIGITS.test(text);
  const dotted = DOTTED_PAIRS.test(text);
  if (!year && !dotted) return out;
  for (const [re, fields] of FORMS) {
    if (re === DOTTED_SHORT_YEAR ? !dotted : !year) continue;
    const shape = SHAPES.get(re);
    if (shape !== undefined && !shape.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const [year, month, day] = fields(m);
      const at = m.index ?? 0;
      if (isValidDay(year, month, day))
        out.push({ start: at, end: at + m[0].length, day: { year, month, day }, numeric: false });
    }
  }
  return out;
}
