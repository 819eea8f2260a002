import type { BatchArticle, Finished } from '../batch/article-result';
import { WorkerPool } from '../batch/pool';
import type { WorkerSettings } from '../batch/processor';
import { resultKey } from '../batch/state';

/**
 * A WorkerPool (threads, each loading the pipeline once; an article that crashes or overruns its thread becomes an
 * E_WORKER_CRASHED / E_TIMEOUT result, as in a local run) whose results are routed back to the job that asked.
 */
export class RoutedPool {
  private readonly waiting = new Map<string, ((f: Finished) => void)[]>();
  private readonly pool: WorkerPool;

  constructor(threads: number, settings: WorkerSettings) {
    this.pool = new WorkerPool(threads, settings, (result) => this.deliver(result));
  }

  private deliver(result: Finished): void {
    const key = resultKey(result);
    const list = this.waiting.get(key);
    const resolve = list?.shift();
    if (list?.length === 0) this.waiting.delete(key);
    resolve?.(result);
  }

  /** True when no article is waiting for its result. */
  get idle(): boolean {
    return this.waiting.size === 0;
  }

  /** Processes articles (in parallel across threads) and returns their results in the order given. */
  async run(articles: readonly BatchArticle[]): Promise<Finished[]> {
    const results: Promise<Finished>[] = [];
    for (const article of articles) {
      const key = resultKey({ id: article.raw.id, source: article.raw.source, order: article.order });
      results.push(
        new Promise<Finished>((resolve) => {
          const list = this.waiting.get(key) ?? [];
          list.push(resolve);
          this.waiting.set(key, list);
        }),
      );
      await this.pool.submit(article);
    }
    return Promise.all(results);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
