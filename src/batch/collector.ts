import type { Finished, StageTimes } from './article-result';
import type { RunState } from './state';

/** Record bytes kept in memory before they are written as one sorted run file: bounds memory per run. */
const FLUSH_BYTES = 8 * 1024 * 1024;
/** ...and at least this often, so an interrupted run loses at most this much work. */
const FLUSH_MS = 2_000;

/**
 * Gathers finished articles and writes them to the run state in sorted run files (one at a time, in the
 * background), so memory stays flat and an interrupted run keeps what it finished.
 */
export class Collector {
  private buffer: Finished[] = [];
  private bytes = 0;
  private lastFlush = Date.now();
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  /** Articles processed in this attempt (not counting ones an earlier attempt finished). */
  processed = 0;
  readonly times: StageTimes = {};

  constructor(private readonly state: RunState) {}

  /** Takes one finished article. */
  add(result: Finished, times: StageTimes): void {
    this.processed++;
    for (const [stage, ms] of Object.entries(times)) this.times[stage] = (this.times[stage] ?? 0) + ms;
    this.buffer.push(result);
    this.bytes += result.record.length;
    if (this.bytes >= FLUSH_BYTES || Date.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  /** Starts writing what is buffered (after any write already under way). */
  private flush(): void {
    const batch = this.buffer;
    this.buffer = [];
    this.bytes = 0;
    this.lastFlush = Date.now();
    if (batch.length === 0) return;
    this.writing = this.writing
      .then(() => this.state.writeRun(batch))
      .catch((e: unknown) => {
        this.failure ??= e;
      });
  }

  /** Writes everything still buffered and waits for all writes; rethrows a write failure (disk full...). */
  async close(): Promise<void> {
    this.flush();
    await this.writing;
    if (this.failure !== null) throw this.failure;
  }
}
