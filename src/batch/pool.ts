import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchArticle, Finished, StageTimes } from './types';
import { crashedResult, finished } from './article-result';
import type { Processor, ResultSink, WorkerSettings } from './types';

/** Articles sent to one worker and not yet answered: one running and one waiting keeps it busy without hoarding. */
const MAX_IN_FLIGHT_PER_WORKER = 2;
/**
 * Old-generation heap limit per worker, in MB, for the largest article a run accepts. The pipeline's word lists and
 * gazetteer hold well under 100 MB live; left alone V8 lets garbage pile up far beyond that before a full
 * collection, and with one heap per worker peak memory would grow with the run. Near the limit V8 collects
 * eagerly instead. The limit grows with --max-article-bytes (HEAP_MB_PER_ARTICLE_MB per MiB of article on top of
 * WORKER_BASE_MB), so an article the main thread can process a worker can too: output never depends on --jobs.
 * An article needing more stops its worker and is reported as E_WORKER_CRASHED; the batch goes on.
 */
const WORKER_BASE_MB = 384;
/** Heap per MiB of article text: a dense 2 MB news text peaks near 60 MB over the base, so 80 leaves room. */
const HEAP_MB_PER_ARTICLE_MB = 80;

/** The worker heap limit (MB) for articles of up to `maxArticleBytes`. */
export function workerHeapMb(maxArticleBytes: number): number {
  return WORKER_BASE_MB + Math.ceil((HEAP_MB_PER_ARTICLE_MB * maxArticleBytes) / (1024 * 1024));
}

/** How often the watchdog looks for an article over the time limit. */
const WATCHDOG_MS = 1_000;

interface Slot {
  readonly worker: Worker;
  readonly inFlight: Map<number, BatchArticle>;
  /** When the worker started the article it is on (the oldest in flight); null when idle or still loading. */
  busySince: number | null;
  /** False until the worker has built its pipeline: loading time is not charged to an article. */
  ready: boolean;
}

interface Reply {
  readonly seq: number;
  readonly result: Finished;
  readonly times: StageTimes;
}

/**
 * A pool of up to `jobs` worker threads, started lazily (a one-file run starts one), each loading the pipeline
 * once. A worker that dies (out of memory, stack overflow) or spends longer than the time limit on one article is
 * replaced: that article is reported as an error, the article queued behind it is sent to another worker.
 */
export class WorkerPool implements Processor {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private waiters: (() => void)[] = [];
  /** Articles taken back from a stopped worker and not yet handed to another. */
  private resending = 0;
  private readonly watchdog: NodeJS.Timeout | null;
  private setupError: Error | null = null;

  constructor(
    private readonly jobs: number,
    private readonly settings: WorkerSettings,
    private readonly sink: ResultSink,
  ) {
    this.watchdog = settings.articleTimeout > 0 ? setInterval(() => this.checkTimes(), WATCHDOG_MS) : null;
    this.watchdog?.unref();
  }

  private spawn(): Slot {
    const worker = new Worker(path.join(__dirname, 'worker.js'), {
      workerData: this.settings,
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(this.settings.maxArticleBytes) },
    });
    const slot: Slot = { worker, inFlight: new Map(), busySince: null, ready: false };
    worker.on('message', (reply: Reply | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        slot.busySince = slot.inFlight.size > 0 ? Date.now() : null;
        return;
      }
      slot.inFlight.delete(reply.seq);
      slot.busySince = slot.inFlight.size > 0 ? Date.now() : null;
      this.sink(reply.result, reply.times);
      this.wake();
    });
    worker.on('error', (err) => this.lost(slot, err.message));
    worker.on('exit', (code) => this.lost(slot, `exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** A worker died: before it was ready that is a setup error (the run stops); after, one article's problem. */
  private lost(slot: Slot, why: string): void {
    if (!slot.ready) this.setupError ??= new Error(`news-extract: a worker could not load the pipeline (${why})`);
    this.stop(slot, 'E_WORKER_CRASHED', `the worker processing this article stopped (${why})`);
  }

  /** Takes a worker out of the pool: its current article is reported, the one queued behind it is resent. */
  private stop(slot: Slot, code: string, why: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const [current, ...queued] = [...slot.inFlight.entries()].sort((a, b) => a[0] - b[0]).map(([, raw]) => raw);
    slot.inFlight.clear();
    if (current) this.sink(finished(crashedResult(current, code, why)), {});
    for (const raw of queued) {
      this.resending++;
      void this.submit(raw).finally(() => {
        this.resending--;
        this.wake();
      });
    }
    this.wake();
  }

  private checkTimes(): void {
    const limit = this.settings.articleTimeout * 1000;
    for (const slot of [...this.slots])
      if (slot.busySince !== null && Date.now() - slot.busySince > limit)
        this.stop(slot, 'E_TIMEOUT', `processing took longer than --article-timeout ${this.settings.articleTimeout} s`);
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  private pick(): Slot | null {
    const idle = this.slots.find((s) => s.inFlight.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.jobs) return this.spawn();
    const open = this.slots.filter((s) => s.inFlight.size < MAX_IN_FLIGHT_PER_WORKER);
    return open.sort((a, b) => a.inFlight.size - b.inFlight.size)[0] ?? null;
  }

  async submit(article: BatchArticle): Promise<void> {
    for (;;) {
      if (this.setupError) throw this.setupError;
      const slot = this.pick();
      if (slot) {
        const seq = this.seq++;
        if (slot.inFlight.size === 0 && slot.ready) slot.busySince = Date.now();
        slot.inFlight.set(seq, article);
        slot.worker.postMessage({ seq, article });
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async drain(): Promise<void> {
    while (this.resending > 0 || this.slots.some((s) => s.inFlight.size > 0)) {
      if (this.setupError) throw this.setupError;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.setupError) throw this.setupError;
  }

  async close(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    const slots = this.slots.splice(0);
    for (const s of slots) s.worker.removeAllListeners();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
