import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { BatchArticle } from '../batch/article-result';
import type { Processor, ResultSink, WorkerSettings } from '../batch/processor';
import { fingerprint } from '../batch/state';
import { coordinatorConnection, QUEUE_NAME, shownUrl } from './connection';
import { ClusterError } from './errors';
import type { Outcome } from './job-outcome';
import { nextStep } from './job-outcome';
import { settlePreviousAttempt } from './previous-attempt';
import { clusterVersion } from './version';
import type { ChunkJob, WireArticle } from './wire';
import { toWire } from './wire';

/** How often the coordinator looks for finished jobs (a pipelined HMGET of the jobs in the window). */
const POLL_MS = 100;
/** Events kept in the queue's event stream (BullMQ keeps 10,000 by default; nothing here reads them). */
const EVENTS_MAX_LEN = 100;
/**
 * A job that throws is tried this many times before it counts as failed (a process crash counts as a stall instead).
 */
const JOB_ATTEMPTS = 2;

/** Longest wait for the queue to close. */
const CLOSE_WAIT_MS = 2_000;

/** How the coordinator runs. */
export interface ClusterOptions {
  readonly url: string;
  /** Names this run's jobs (job name), so a rerun finds what an interrupted attempt left in Redis. */
  readonly runId: string;
  /** Articles per job. */
  readonly chunkSize: number;
  /** Most jobs in Redis at once (queued, running or finished and not yet collected): bounds Redis memory. */
  readonly window: number;
  /** --resume: results an interrupted attempt left in Redis are reused (otherwise they are dropped). */
  readonly resume: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The coordinator's Processor: articles go to Redis in chunks (one BullMQ job each), at most `window` jobs at a time;
 * finished jobs are read back, handed to the sink (the same run-file records a local run writes) and removed.
 */
export class ClusterProcessor implements Processor {
  private chunk: WireArticle[] = [];
  private readonly outstanding = new Set<string>();
  private stopped = false;
  private readonly onSignal = (): void => void (this.stopped = true);
  private readonly settingsPrint: string;

  private constructor(
    private readonly o: ClusterOptions,
    private readonly settings: WorkerSettings,
    private readonly sink: ResultSink,
    private readonly redis: Redis,
    private readonly queue: Queue,
    private readonly lost: Promise<never>,
  ) {
    this.settingsPrint = fingerprint(settings);
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  /** Connects (a clear E_REDIS error when Redis cannot be reached) and settles what an earlier attempt left. */
  static async start(o: ClusterOptions, settings: WorkerSettings, sink: ResultSink): Promise<ClusterProcessor> {
    const { redis, ready, lost } = coordinatorConnection(o.url);
    await ready;
    const queue = new Queue(QUEUE_NAME, { connection: redis, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
    queue.on('error', () => undefined); // reported through the failing calls
    const p = new ClusterProcessor(o, settings, sink, redis, queue, lost);
    try {
      await p.guard(async () => {
        const left = await settlePreviousAttempt(queue, o.runId, o.resume, (r) => p.sink(r, {}));
        for (const id of left) p.outstanding.add(id);
      });
    } catch (e) {
      await p.close();
      throw e;
    }
    return p;
  }

  /**
   * Runs Redis calls, turning a lost connection into E_REDIS (also when a BullMQ call would wait for Redis forever).
   */
  private async guard<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await Promise.race([f(), this.lost]);
    } catch (e) {
      if (e instanceof ClusterError) throw e;
      const why = e instanceof Error ? e.message : String(e);
      if (this.redis.status === 'ready' && !/connection|ECONN|ETIMEDOUT|EPIPE|closed/i.test(why)) throw e;
      throw new ClusterError(
        'E_REDIS',
        `news-extract: lost the connection to Redis at ${shownUrl(this.o.url)} (${why})`,
      );
    }
  }

  async submit(article: BatchArticle): Promise<void> {
    this.chunk.push(toWire(article));
    if (this.chunk.length >= this.o.chunkSize) await this.flushChunk();
  }

  private async flushChunk(): Promise<void> {
    const articles = this.chunk;
    this.chunk = [];
    if (articles.length === 0) return;
    while (this.outstanding.size >= this.o.window && !this.stopped) await this.collect();
    if (!this.stopped) await this.add(articles);
  }

  private async add(articles: readonly WireArticle[]): Promise<void> {
    const data: ChunkJob = {
      version: clusterVersion(),
      run: this.o.runId,
      settingsPrint: this.settingsPrint,
      settings: this.settings,
      articles,
    };
    const job = await this.guard(() =>
      this.queue.add(this.o.runId, data, {
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'fixed', delay: 1_000 },
        removeOnComplete: false,
        removeOnFail: false,
      }),
    );
    if (job.id === undefined) throw new ClusterError('E_CLUSTER_JOB', 'news-extract: Redis gave no id for a new job');
    this.outstanding.add(job.id);
  }

  /** One look at the window: hands over every finished job's results (or splits a failed chunk); waits if none. */
  private async collect(): Promise<void> {
    const ids = [...this.outstanding];
    const states = await this.guard(async () => {
      const pipe = this.redis.pipeline();
      for (const id of ids) pipe.hmget(this.queue.toKey(id), 'finishedOn', 'failedReason', 'name');
      return (await pipe.exec()) ?? [];
    });
    let done = 0;
    for (const [i, [err, value]] of states.entries()) {
      const id = ids[i];
      const [finishedOn, failedReason, name] = (value ?? []) as (string | null)[];
      if (err || id === undefined) continue;
      if (name === null)
        throw new ClusterError(
          'E_REDIS',
          `news-extract: job ${id} of this run is gone from Redis (was Redis restarted without persistence, or flushed?)`,
        );
      if (!finishedOn) continue;
      await this.finish(id, failedReason ?? null);
      done++;
    }
    if (done === 0) await sleep(POLL_MS);
  }

  private async finish(id: string, failedReason: string | null): Promise<void> {
    const outcome: Outcome = await this.guard(async () => {
      const key = this.queue.toKey(id);
      const [returnvalue, data] = await this.redis.hmget(
        key,
        'returnvalue',
        failedReason === null ? 'returnvalue' : 'data',
      );
      return {
        id,
        returnvalue: returnvalue ?? null,
        failedReason,
        data: failedReason === null ? null : (JSON.parse(data ?? 'null') as ChunkJob | null),
      };
    });
    const next = nextStep(outcome);
    for (const r of next.results) this.sink(r, {});
    for (const a of next.resend) await this.add([a]);
    await this.guard(() => this.queue.remove(id));
    this.outstanding.delete(id);
  }

  async drain(): Promise<void> {
    await this.flushChunk();
    while (this.outstanding.size > 0 && !this.stopped) await this.collect();
    if (this.stopped) return;
    // Everything collected: drop the event stream too when no other run is using the queue.
    await this.guard(async () => {
      const counts = await this.queue.getJobCounts();
      if (Object.values(counts).every((n) => n === 0)) await this.queue.trimEvents(0);
    });
  }

  /** Closes the connection; never throws (the run state must still be saved). */
  async close(): Promise<void> {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    // BullMQ's close waits for Redis: with Redis gone it would never return.
    await Promise.race([this.queue.close().catch(() => undefined), sleep(CLOSE_WAIT_MS)]);
    this.redis.disconnect();
  }
}
