import type { PipelineOptions } from '../pipeline/options';
import type { BatchArticle, Finished, ResultFormat, StageTimes } from './article-result';
import { accumulatingTimer, finished, processArticle } from './article-result';
import { WorkerPool } from './pool';

/** What a worker (or the in-process runner) needs to build its pipeline. Plain data: it is cloned into workers. */
export interface WorkerSettings {
  readonly pipeline: Partial<PipelineOptions>;
  /** Name of the stage list in PRESETS (`default` unless a baseline is asked for). */
  readonly preset: string;
  readonly format: ResultFormat;
  readonly profile: boolean;
  /** Largest article accepted (bytes): sizes the worker heaps (pool.ts workerHeapMb). */
  readonly maxArticleBytes: number;
  /** Seconds one article may take in a worker before the worker is stopped and the article reported (0: no limit). */
  readonly articleTimeout: number;
}

/** Receives each finished article (in completion order, which varies: the writer sorts). */
export type ResultSink = (result: Finished, times: StageTimes) => void;

/** Runs articles through the pipeline, in this thread (--jobs 1) or in a pool of worker threads. */
export interface Processor {
  /** Hands an article over; resolves once there is room for the next one (backpressure on the input reader). */
  submit(article: BatchArticle): Promise<void>;
  /** Resolves when every submitted article has been delivered to the sink. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** --jobs 1: the pipeline in this thread; yields to the event loop between articles so signals and progress run. */
async function inlineProcessor(settings: WorkerSettings, sink: ResultSink): Promise<Processor> {
  // Loaded here, not at the top: with workers the main thread never pays for the libraries and the gazetteer.
  const { createPipeline } = await import('../pipeline/pipeline');
  const { presetStages } = await import('../pipeline/presets');
  const pipeline = createPipeline(settings.pipeline, presetStages(settings.preset));
  return {
    async submit(article) {
      const times: StageTimes = {};
      sink(
        finished(
          processArticle(pipeline, article, settings.format, settings.profile ? accumulatingTimer(times) : undefined),
        ),
        times,
      );
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async drain() {},
    async close() {},
  };
}

/** Builds a processor (createProcessor below; the cluster coordinator passes one backed by Redis). */
export type ProcessorFactory = (jobs: number, settings: WorkerSettings, sink: ResultSink) => Promise<Processor>;

/**
 * The processor for `jobs` workers. With a time limit every article runs in a worker thread (one for `--jobs 1`):
 * a limit cannot stop synchronous code in the thread that runs it, and a stuck article in the main thread would
 * also keep Ctrl-C from being handled. Only `--jobs 1 --article-timeout 0` runs in this thread.
 */
export async function createProcessor(jobs: number, settings: WorkerSettings, sink: ResultSink): Promise<Processor> {
  return jobs <= 1 && settings.articleTimeout <= 0
    ? inlineProcessor(settings, sink)
    : new WorkerPool(Math.max(1, jobs), settings, sink);
}
