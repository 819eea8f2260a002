/**
 * The types the scorer knows: the span types in the reference scorer's order, `body` (boilerplate snippets and
 * shingles) and `published` (the article's own date against the gold `date`; only when asked for).
 */
export const EVAL_TYPES = [
  'people',
  'places',
  'organizations',
  'dates',
  'quotes',
  'money',
  'body',
  'published',
] as const;
/** The types scored without --types: the reference scorer's. */
export const DEFAULT_TYPES = ['people', 'places', 'organizations', 'dates', 'quotes', 'money', 'body'] as const;
/** One scored type. */
export type EvalType = (typeof EVAL_TYPES)[number];
/** The mention types (everything but body). */
export const SPAN_TYPES = ['people', 'places', 'organizations', 'dates', 'quotes', 'money'] as const;
/** A mention type. */
export type SpanType = (typeof SPAN_TYPES)[number];

/** Scoring options; each mirrors a flag of the reference scorer (shared/eval/score.mjs). */
export interface EvalOptions {
  /** Path strings echoed in the report only. */
  readonly goldPath: string;
  readonly predPath: string;
  readonly types: readonly EvalType[];
  /** `--date-types all`: keep every gold date. */
  readonly dateAll: boolean;
  /** Upper-cased gold date types kept (DATE, TIME, DURATION, SET, REF for *_REF values). */
  readonly dateTypes: ReadonlySet<string>;
  /** Keep only gold dates whose value is YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly calendarOnly: boolean;
  /** Upper-cased syntactic types of gold people/places/organizations kept (NULL = none given), or null for all. */
  readonly syntactic: ReadonlySet<string> | null;
  /** Score quotes against every attribution (indirect included) instead of quote fragments. */
  readonly quotesAll: boolean;
  /** Lower-cased quote kinds of predictions kept, or null for all. */
  readonly quoteKinds: ReadonlySet<string> | null;
  /** Number of error examples listed per type and kind (0 = none). */
  readonly errors: number;
  /** Turn off the X-matches-a-digit rule for date values. */
  readonly strictValues: boolean;
}

/** The flags as the command line gives them (comma lists as strings). */
export interface EvalFlags {
  readonly gold: string;
  readonly pred: string;
  readonly types?: string | undefined;
  readonly dateTypes?: string | undefined;
  readonly calendarOnly?: boolean | undefined;
  readonly syntactic?: string | undefined;
  readonly quotesAll?: boolean | undefined;
  readonly quoteKinds?: string | undefined;
  readonly errors?: string | undefined;
  readonly strictValues?: boolean | undefined;
}

const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Thrown for a bad flag value; the CLI turns it into a usage error. */
export class EvalOptionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EvalOptionError';
  }
}

function parseTypes(s: string | undefined): EvalType[] {
  if (s === undefined) return [...DEFAULT_TYPES];
  const names = list(s);
  for (const t of names)
    if (!(EVAL_TYPES as readonly string[]).includes(t))
      throw new EvalOptionError(
        'E_EVAL_TYPES',
        `news-extract eval: --types: unknown type ${JSON.stringify(t)} (known: ${EVAL_TYPES.join(', ')})`,
      );
  return names as EvalType[];
}

function parseErrors(s: string | undefined): number {
  if (s === undefined) return 0;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0)
    throw new EvalOptionError(
      'E_EVAL_ERRORS',
      `news-extract eval: --errors must be a whole number >= 0, found ${JSON.stringify(s)}`,
    );
  return n;
}

/** Resolves command-line flags into options with the reference scorer's defaults (date types DATE). */
export function evalOptions(flags: EvalFlags, predPath: string): EvalOptions {
  const dateTypes = list(flags.dateTypes ?? 'DATE').map((x) => x.toUpperCase());
  return {
    goldPath: flags.gold,
    predPath,
    types: parseTypes(flags.types),
    dateAll: dateTypes.includes('ALL'),
    dateTypes: new Set(dateTypes),
    calendarOnly: flags.calendarOnly ?? false,
    syntactic: flags.syntactic ? new Set(flags.syntactic.split(',').map((x) => x.trim().toUpperCase())) : null,
    quotesAll: flags.quotesAll ?? false,
    quoteKinds: flags.quoteKinds ? new Set(flags.quoteKinds.split(',').map((x) => x.trim().toLowerCase())) : null,
    errors: parseErrors(flags.errors),
    strictValues: flags.strictValues ?? false,
  };
}
