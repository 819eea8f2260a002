import { accumulatingTimer, finished, processArticle } from './article-result';
import { WorkerPool } from './pool';
import type { Processor, ResultSink, StageTimes, WorkerSettings } from './types';

export type { Processor, ProcessorFactory, ResultSink, WorkerSettings } from './types';

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
