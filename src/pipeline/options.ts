import { isIsoDay } from '../text/dates/iso-day';

/** Options every stage may read. Frozen once per pipeline; stages never mutate them. */
export interface PipelineOptions {
  /** Fallback reference date (YYYY-MM-DD) for relative dates when neither input nor dateline gives one. */
  readonly referenceDate: string | null;
  /** Read numeric dates like 03/04/2022 as day/month (true) or month/day (false, US news default). */
  readonly dayFirst: boolean;
  /** ISO 4217 code a bare "$" means. */
  readonly defaultCurrency: string;
}

/** The defaults documented in the README. */
export const DEFAULT_OPTIONS: PipelineOptions = Object.freeze({
  referenceDate: null,
  dayFirst: false,
  defaultCurrency: 'USD',
});

/** Thrown for configuration errors only (never for a bad article): carries a stable code. */
export class OptionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OptionError';
  }
}

/** Merges user options over the defaults and validates them, naming the option and the value found. */
export function resolveOptions(partial: Partial<PipelineOptions> = {}): PipelineOptions {
  const o: PipelineOptions = { ...DEFAULT_OPTIONS, ...partial };
  if (o.referenceDate !== null && (typeof o.referenceDate !== 'string' || !isIsoDay(o.referenceDate)))
    throw new OptionError(
      'E_OPTION_REFERENCE_DATE',
      `news-extract: referenceDate must be a real calendar day written YYYY-MM-DD, found ${JSON.stringify(o.referenceDate)}`,
    );
  if (!/^[A-Z]{3}$/.test(o.defaultCurrency))
    throw new OptionError(
      'E_OPTION_CURRENCY',
      `news-extract: defaultCurrency must be an ISO 4217 code like USD, found ${JSON.stringify(o.defaultCurrency)}`,
    );
  if (typeof o.dayFirst !== 'boolean')
    throw new OptionError(
      'E_OPTION_DAY_FIRST',
      `news-extract: dayFirst must be a boolean, found ${JSON.stringify(o.dayFirst)}`,
    );
  return Object.freeze(o);
}
