import type { Doc, RawArticle } from '../model/document';
import { emptyDoc } from '../model/document';
import { message } from '../model/message';
import { ingest } from './ingest/ingest';
import type { PipelineOptions } from './options';
import { resolveOptions } from './options';
import { DEFAULT_STAGES } from './presets';
import type { Stage, StageTimer } from './stage';
import { runStages } from './stage';

/** A configured, frozen pipeline: options validated once, then `run` any number of articles. */
export interface Pipeline {
  readonly options: PipelineOptions;
  readonly stages: readonly Stage[];
  run(raw: RawArticle, timer?: StageTimer): Doc;
}

/**
 * Ingest inside the same guard as the stages: input no reader foresaw (a page linkedom cannot build) becomes a
 * fatal `ingest-crashed` message on that article, never an exception out of `run` or `extract`.
 */
function safeIngest(raw: RawArticle, options: PipelineOptions): Doc {
  try {
    return ingest(raw, options);
  } catch (err) {
    const what = err instanceof Error ? err.message : String(err);
    const crash = message('ingest', 'ingest-crashed', 'fatal', `ingest failed: ${what}`);
    return emptyDoc({ id: String(raw.id), source: String(raw.source), text: '', messages: [crash] });
  }
}

/** Validates the options and freezes the stage list; throws OptionError on a bad option. */
export function createPipeline(
  options: Partial<PipelineOptions> = {},
  stages: readonly Stage[] = DEFAULT_STAGES,
): Pipeline {
  const resolved = resolveOptions(options);
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    options: resolved,
    stages: frozen,
    run(raw: RawArticle, timer?: StageTimer): Doc {
      const t0 = timer ? performance.now() : 0;
      const doc = safeIngest(raw, resolved);
      if (timer) timer('ingest', performance.now() - t0);
      return runStages(doc, frozen, resolved, timer);
    },
  });
}

/** One-shot convenience: extract everything from one article's text (or a RawArticle). */
export function extract(input: string | RawArticle, options: Partial<PipelineOptions> = {}): Doc {
  const raw: RawArticle = typeof input === 'string' ? { id: 'article', source: 'string', text: input } : input;
  return createPipeline(options).run(raw);
}
