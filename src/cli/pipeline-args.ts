import type { PipelineOptions } from '../pipeline/options';

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

/** The pipeline options given on the command line. */
export function pipelineOptions(v: ArticleArgValues): Partial<PipelineOptions> {
  return { referenceDate: v['reference-date'] ?? null, dayFirst: v['day-first'], defaultCurrency: v['default-currency'] };
}
