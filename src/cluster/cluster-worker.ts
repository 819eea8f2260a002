import type { Job } from 'bullmq';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Finished } from '../batch/article-result';
import { fingerprint } from '../batch/state';
import { QUEUE_NAME, shownUrl, workerConnection } from './connection';
import { VERSION_REFUSAL, WORKER_REFUSAL } from './errors';
import { RoutedPool } from './routed-pool';
import { clusterVersion } from './version';
import type { ChunkJob, ChunkResult } from './wire';
import { encodeRecords, fromWire } from './wire';

export { DEFAULT_STALL_TIMEOUT_S } from './worker-defaults';
/**
 * Times a job may stall (its worker process died or froze) and be taken over before it fails; the coordinator then
 * retries its articles one per job, and an article that stalls twice alone is reported as E_WORKER_CRASHED.
 */
const MAX_STALLED = 1;
/** Pools kept for different run settings at once (one per settings; older idle ones are closed). */
const MAX_POOLS = 2;

/** How a worker process runs. */
export interface ClusterWorkerOptions {
  readonly url: string;
  /** Chunks processed at once, and worker threads running the pipeline. */
  readonly concurrency: number;
  /** Seconds after which a job whose worker stopped renewing its lock is taken over by another worker. */
  readonly stallTimeout: number;
  readonly log: (line: string) => void;
}

/** A started worker. */
export interface RunningWorker {
  /** Takes no new job, finishes the jobs under way, closes. */
  finish(): Promise<void>;
  /** Returns the jobs under way to the queue at once (another worker takes them) and stops the threads; exit after. */
  handBack(): Promise<void>;
}

/**
 * Checks a job against this installation; a mismatch fails the job at once (no retry) with a reason the coordinator
 * shows.
 */
function checkJob(data: ChunkJob): void {
  const mine = clusterVersion();
  if (data.version !== mine)
    throw new UnrecoverableError(
      `${VERSION_REFUSAL}: a worker runs news-extract ${mine} but the coordinator runs ${data.version}; run the same version (and build) of news-extract on every machine`,
    );
  if (fingerprint(data.settings) !== data.settingsPrint)
    throw new UnrecoverableError(
      `${VERSION_REFUSAL}: the job's settings do not match their fingerprint; the coordinator and worker disagree on the options format`,
    );
}

/** Starts a BullMQ worker taking chunks from the queue until stopped. */
export function startClusterWorker(o: ClusterWorkerOptions): RunningWorker {
  const pools = new Map<string, RoutedPool>();
  const active = new Map<string, { job: Job<ChunkJob>; token: string | undefined }>();
  const poolFor = (data: ChunkJob): RoutedPool => {
    let pool = pools.get(data.settingsPrint);
    if (pool) return pool;
    for (const [print, old] of pools) {
      if (pools.size < MAX_POOLS) break;
      if (!old.idle) continue;
      pools.delete(print);
      void old.close();
    }
    pool = new RoutedPool(o.concurrency, data.settings);
    pools.set(data.settingsPrint, pool);
    return pool;
  };
  const handle = async (job: Job<ChunkJob>, token?: string): Promise<ChunkResult> => {
    checkJob(job.data);
    if (job.id !== undefined) active.set(job.id, { job, token });
    try {
      let results: Finished[];
      try {
        results = await poolFor(job.data).run(job.data.articles.map(fromWire));
      } catch (e) {
        throw new UnrecoverableError(`${WORKER_REFUSAL}: ${e instanceof Error ? e.message : String(e)}`);
      }
      return { records: encodeRecords(results) };
    } finally {
      if (job.id !== undefined) active.delete(job.id);
    }
  };
  const connection = workerConnection(o.url);
  const ms = Math.round(o.stallTimeout * 1000);
  const worker = new Worker<ChunkJob, ChunkResult>(QUEUE_NAME, handle, {
    connection,
    concurrency: o.concurrency,
    lockDuration: ms,
    stalledInterval: ms,
    maxStalledCount: MAX_STALLED,
  });
  let down = false;
  worker.on('error', (e) => {
    const connection = /ECONN|ETIMEDOUT|EPIPE|Connection is closed/i.test(e.message);
    if (!connection) o.log(`news-extract worker: ${e.message}`);
    else if (!down) o.log(`news-extract worker: lost Redis at ${shownUrl(o.url)} (${e.message}); reconnecting`);
    down ||= connection;
  });
  connection.on('ready', () => {
    if (down) o.log(`news-extract worker: connected to Redis at ${shownUrl(o.url)} again`);
    down = false;
  });
  worker.on('failed', (job, e) => {
    if (e.message.startsWith(VERSION_REFUSAL))
      o.log(`news-extract worker: refused job ${job?.id ?? '?'}: ${e.message}`);
  });
  return {
    async finish() {
      await worker.close();
      await Promise.all([...pools.values()].map((p) => p.close()));
      connection.disconnect();
    },
    async handBack() {
      await Promise.all([...active.values()].map(({ job, token }) => job.moveToWait(token).catch(() => 0)));
      await Promise.all([...pools.values()].map((p) => p.close()));
    },
  };
}
