// What the coordinator does with a job that left the queue: a completed chunk gives its records; a failed chunk is
// split into one-article jobs; a failed one-article job becomes an E_WORKER_CRASHED error for that article.
import type { Finished } from '../batch/article-result';
import { crashedResult, finished } from '../batch/article-result';
import { ClusterError, VERSION_REFUSAL, WORKER_REFUSAL } from './errors';
import type { ChunkJob, ChunkResult, WireArticle } from './wire';
import { decodeRecords, fromWire } from './wire';

/** A job that finished, as read back from Redis. */
export interface Outcome {
  readonly id: string;
  /** The job's return value (JSON of a ChunkResult) when it completed. */
  readonly returnvalue: string | null;
  /** Why it failed, when it did. */
  readonly failedReason: string | null;
  readonly data: ChunkJob | null;
}

/** What to do next: results to keep, and articles to send again one per job. */
export interface Next {
  readonly results: Finished[];
  readonly resend: WireArticle[];
}

/** The results of a completed job. */
export function completedResults(o: Outcome): Finished[] {
  const value = JSON.parse(o.returnvalue ?? 'null') as ChunkResult | null;
  if (value === null || typeof value.records !== 'string')
    throw new ClusterError(
      'E_CLUSTER_JOB',
      `news-extract: job ${o.id} completed without results (a worker of another program?)`,
    );
  return decodeRecords(value.records, `job ${o.id}`);
}

/**
 * The next step for a finished job. A chunk that failed (its worker process died on it twice, or it threw twice) is
 * split so the other articles in it are not lost; an article that fails alone is reported and the run goes on.
 * A refusal (version or settings mismatch, a worker that cannot load the pipeline) stops the run.
 */
export function nextStep(o: Outcome): Next {
  if (o.failedReason === null) return { results: completedResults(o), resend: [] };
  if (o.failedReason.startsWith(VERSION_REFUSAL))
    throw new ClusterError('E_CLUSTER_VERSION', `news-extract: ${o.failedReason}`);
  if (o.failedReason.startsWith(WORKER_REFUSAL))
    throw new ClusterError('E_CLUSTER_JOB', `news-extract: ${o.failedReason}`);
  const articles = o.data?.articles ?? [];
  if (articles.length > 1) return { results: [], resend: [...articles] };
  const why = `the worker processing this article failed on every attempt (${o.failedReason})`;
  return { results: articles.map((a) => finished(crashedResult(fromWire(a), 'E_WORKER_CRASHED', why))), resend: [] };
}
