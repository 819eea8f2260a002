// The coordinator's options on the run command: --redis makes `news-extract <inputs...> --out DIR` enqueue the
// articles for workers instead of processing them.
import { hostname } from 'node:os';
import * as path from 'node:path';
import { OptionError } from '../pipeline/options';
import type { ProcessorFactory } from '../batch/processor';
import type { RunOptions } from '../batch/run-batch';
import { settingsPrint } from '../batch/run-batch';
import { fingerprint } from '../batch/state';
import { loadCoordinator } from './load';
import { checkRedisUrl } from './redis-url';

/** Default articles per job: big enough that Redis round trips are rare, small enough that a lost job costs little. */
export const DEFAULT_CHUNK_SIZE = 20;
/**
 * Default jobs in Redis at once: keeps 2 x 8 worker threads busy; Redis holds about window x chunk articles and
 * results.
 */
export const DEFAULT_WINDOW = 16;

/** parseArgs definitions of the coordinator options. */
export const CLUSTER_ARGS = {
  redis: { type: 'string' },
  'chunk-size': { type: 'string' },
  window: { type: 'string' },
} as const;

/** Help lines for the run command. */
export const CLUSTER_HELP = `  --redis URL               coordinate a distributed run: enqueue the articles in Redis (redis://HOST:PORT) for
                            'news-extract worker' processes and write DIR from their results (same bytes as a
                            local run); exit 4 when Redis cannot be reached or is lost (finished work is kept)
  --chunk-size N            with --redis: articles per job (default: ${DEFAULT_CHUNK_SIZE})
  --window N                with --redis: most jobs in Redis at once (default: ${DEFAULT_WINDOW}); bounds Redis memory`;

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new OptionError(
      'E_OPTION_CLUSTER',
      `news-extract: ${name} must be a whole number from 1 to 100000, found ${JSON.stringify(value)}`,
    );
  return n;
}

/** The run id: the settings fingerprint of the run, its output directory and the coordinator's machine. */
export function runIdOf(o: RunOptions): string {
  return `run-${fingerprint({ settings: settingsPrint(o), out: path.resolve(o.outDir), host: hostname() }).slice(0, 24)}`;
}

/** The processor factory for --redis, or undefined for a local run. */
export function clusterProcessor(
  values: { redis?: string; 'chunk-size'?: string; window?: string },
  o: RunOptions,
): ProcessorFactory | undefined {
  if (values.redis === undefined) {
    if (values['chunk-size'] !== undefined || values.window !== undefined)
      throw new OptionError('E_OPTION_CLUSTER', 'news-extract: --chunk-size and --window need --redis');
    return undefined;
  }
  const url = checkRedisUrl(values.redis);
  const chunkSize = count(values['chunk-size'], '--chunk-size', DEFAULT_CHUNK_SIZE);
  const window = count(values.window, '--window', DEFAULT_WINDOW);
  const runId = runIdOf(o);
  return async (_jobs, settings, sink) => {
    const { ClusterProcessor } = await loadCoordinator();
    return ClusterProcessor.start({ url, runId, chunkSize, window, resume: o.resume }, settings, sink);
  };
}
