// Worker thread entry: builds the pipeline once (libraries and gazetteer load once per worker), then turns each
// article it is sent into a formatted, encoded run-file record, handed to the main thread in a transfer list (no
// copy), so the main thread never formats, serializes or encodes article text.
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../pipeline/pipeline';
import { presetStages } from '../pipeline/presets';
import type { BatchArticle, StageTimes } from './article-result';
import { accumulatingTimer, finished, processArticle } from './article-result';
import type { WorkerSettings } from './processor';

/** A task sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly article: BatchArticle;
}

/**
 * Touches every stage once (names, places, dates, money, quotes) so lazily built indexes exist before the clock runs.
 */
const WARM_UP =
  'PARIS, May 5, 2021 - Finance Minister Maria Schmidt said on Tuesday that "the $5 million deal is done," adding that talks in Nairobi would resume.';

const settings = workerData as WorkerSettings;
const pipeline = createPipeline(settings.pipeline, presetStages(settings.preset));
pipeline.run({ id: 'warm-up', source: 'warm-up', text: WARM_UP });
// Tells the pool the pipeline is loaded and warm, so the article time limit starts counting only now.
parentPort?.postMessage('ready');

parentPort?.on('message', (task: WorkerTask) => {
  const times: StageTimes = {};
  const result = finished(
    processArticle(pipeline, task.article, settings.format, settings.profile ? accumulatingTimer(times) : undefined),
  );
  parentPort?.postMessage({ seq: task.seq, result, times }, [result.record.buffer as ArrayBuffer]);
});
