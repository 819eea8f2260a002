/** Redraw the bar at most this often: fast enough to feel live, rare enough to cost nothing. */
const REDRAW_MS = 200;
/** Width of the bar itself, in characters. */
const BAR_WIDTH = 24;

/** Seconds as `1h02m`, `3m07s` or `12s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** One progress line: bar (when the total is known), articles done, rate and time left. */
export function progressLine(done: number, total: number | null, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const rateText = `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} articles/s`;
  if (total === null || total <= 0) return `${done} articles  ${rateText}`;
  const shown = Math.min(done, total);
  const filled = Math.round((shown / total) * BAR_WIDTH);
  const eta = rate > 0 ? formatDuration((total - shown) / rate) : '?';
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${shown}/${total} articles  ${rateText}  ETA ${eta}`;
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal and --quiet is off. Other stderr lines go through
 * `log`, which clears the bar first so the two never mix.
 */
export class Progress {
  private total: number | null = null;
  private done = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Sets the expected number of articles once it is known (counted in the background). */
  setTotal(total: number | null): void {
    this.total = total;
  }

  /** One more article finished (or skipped because an earlier run did it). */
  tick(): void {
    this.done++;
    const now = Date.now();
    if (this.enabled && now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw();
    }
  }

  private draw(): void {
    this.stream.write(`\r${progressLine(this.done, this.total, Date.now() - this.started)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Writes a line to stderr (unless quiet), keeping the bar below it. */
  log(line: string, quiet: boolean): void {
    if (quiet) return;
    this.clear();
    this.stream.write(line + '\n');
    if (this.enabled) this.draw();
  }

  /** Removes the bar for good (before the summary). */
  stop(): void {
    this.clear();
  }
}
