import type { Doc, RawArticle } from '../model/document';
import type { PipelineOptions } from './options';

/**
 * One step of the pipeline. A stage is pure: it reads the document and the options and returns a new document;
 * no file system, no clock, no randomness, no module-level mutable state.
 */
export interface Stage {
  /** The stage's path under src/pipeline, e.g. `extract/money`. */
  readonly name: string;
  run(doc: Doc, options: PipelineOptions): Doc;
}

/** Turns raw input (bytes, text or HTML) into the document whose text is fixed from then on. */
export type Ingest = (raw: RawArticle, options: PipelineOptions) => Doc;

/** Time spent per stage, filled in only when profiling is asked for. */
export type StageTimer = (stage: string, ms: number) => void;

/** Runs `stages` in order over `doc`. A stage that throws becomes a fatal message on the article, not a crash. */
export function runStages(doc: Doc, stages: readonly Stage[], options: PipelineOptions, timer?: StageTimer): Doc {
  let current = doc;
  for (const stage of stages) {
    if (current.messages.some((m) => m.severity === 'fatal')) break;
    const t0 = timer ? performance.now() : 0;
    try {
      current = stage.run(current, options);
    } catch (err) {
      const what = err instanceof Error ? err.message : String(err);
      current = {
        ...current,
        messages: [
          ...current.messages,
          {
            ruleId: 'stage-crashed',
            source: stage.name,
            severity: 'fatal',
            message: `${stage.name} failed: ${what}`,
            span: null,
          },
        ],
      };
    }
    if (timer) timer(stage.name, performance.now() - t0);
  }
  return current;
}
