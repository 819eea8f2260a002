/** Month names and abbreviations (English) to month numbers, for dates written out in meta tags and `<time>`. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Earliest and latest years accepted as a publication date: outside this a value is a parse accident. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** 2019-10-21, 2019/10/21, 2019.10.21, 20191021 (with any time part after it). */
const YMD = /^\s*(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?!\d)/;
/** October 21, 2019 / Oct. 21 2019 / Monday, October 21, 2019. */
const MDY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
/** 21 October 2019 / 21. Oct 2019. */
const DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

function iso(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string | undefined): number {
  return MONTHS[(name ?? '').slice(0, 4).toLowerCase()] ?? MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
}

/**
 * A publication date as written in page metadata, as YYYY-MM-DD, or null. The calendar day is taken as
 * written (no time-zone shift), since that is the date the page shows its readers.
 */
export function toIsoDay(raw: string | null): string | null {
  if (!raw) return null;
  const ymd = YMD.exec(raw);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const mdy = MDY.exec(raw);
  if (mdy && month(mdy[1])) return iso(Number(mdy[3]), month(mdy[1]), Number(mdy[2]));
  const dmy = DMY.exec(raw);
  if (dmy && month(dmy[2])) return iso(Number(dmy[3]), month(dmy[2]), Number(dmy[1]));
  return null;
}
