import type { PipelineOptions } from '../pipeline/options';
import { OptionError } from '../pipeline/options';
import { ISO_CODES } from '../pipeline/extract/money/data/iso-codes';

/** The parseArgs options that say how articles are read and the pipeline is set up, shared by run and check. */
export const ARTICLE_ARGS = {
  'id-field': { type: 'string', default: 'id' },
  'text-field': { type: 'string', default: 'text' },
  'reference-date': { type: 'string' },
  'day-first': { type: 'boolean', default: false },
  'default-currency': { type: 'string', default: 'USD' },
} as const;

/** The values parseArgs gives for {@link ARTICLE_ARGS}. */
export interface ArticleArgValues {
  readonly 'reference-date'?: string | undefined;
  readonly 'day-first': boolean;
  readonly 'default-currency': string;
}

/** True for YYYY-MM-DD naming a day of the Gregorian calendar (2022-02-30 and 2022-13-01 are not). */
function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The pipeline options given on the command line, checked here as usage errors naming the option: the reference
 * date against the calendar, the currency against ISO 4217. (A small local check: the library's own date
 * validation lives with the date grammar.)
 */
export function pipelineOptions(v: ArticleArgValues): Partial<PipelineOptions> {
  const date = v['reference-date'];
  if (date !== undefined && !isCalendarDay(date))
    throw new OptionError(
      'E_OPTION_REFERENCE_DATE',
      `news-extract: --reference-date must be a calendar day as YYYY-MM-DD, found ${JSON.stringify(date)}`,
    );
  const currency = v['default-currency'];
  if (!ISO_CODES.includes(currency))
    throw new OptionError(
      'E_OPTION_CURRENCY',
      `news-extract: --default-currency must be an ISO 4217 currency code such as USD, EUR or GBP, found ${JSON.stringify(currency)}`,
    );
  return { referenceDate: date ?? null, dayFirst: v['day-first'], defaultCurrency: currency };
}
