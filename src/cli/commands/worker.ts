import { parseArgs } from 'node:util';
import { OptionError } from '../../pipeline/options';
import type { Command } from '../command';
import { EXIT } from '../command';
import type { RunningWorker } from '../../cluster/cluster-worker';
import { ClusterError, EXIT_CLUSTER } from '../../cluster/errors';
import { loadClusterWorker } from '../../cluster/load';
import { checkRedisUrl, shownUrl } from '../../cluster/redis-url';
import { DEFAULT_STALL_TIMEOUT_S } from '../../cluster/worker-defaults';

const WORKER_HELP = `usage: news-extract worker --redis redis://HOST:PORT [--concurrency N] [--stall-timeout S]

A long-running worker of a distributed run: takes chunks of articles from Redis, runs the pipeline (loaded once per
thread) and puts the results back for the coordinator (news-extract <inputs...> --out DIR --redis URL). Start one
or many per machine, on as many machines as you like, all running the same version of news-extract.

options:
  --redis URL               the Redis server of the cluster (required)
  --concurrency N           chunks processed at once, each article in one of N worker threads (default: 1)
  --stall-timeout S         seconds after which a job held by a worker that died or froze is taken over by
                            another worker (default: ${DEFAULT_STALL_TIMEOUT_S}; takeover happens between S and 3S
                            seconds after the worker stopped)
  -h, --help                this text

SIGTERM or Ctrl-C: the jobs under way are finished, then the worker exits 0. A second SIGTERM or Ctrl-C hands
them back to the queue at once (another worker takes them) and exits 0.

examples:
  news-extract worker --redis redis://127.0.0.1:6379
  news-extract worker --redis redis://queue.lab.example:6379 --concurrency 4`;

function wholeNumber(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new OptionError(
      'E_OPTION_CONCURRENCY',
      `news-extract: ${name} must be a whole number from 1 to ${max}, found ${JSON.stringify(value)}`,
    );
  return n;
}

function seconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_STALL_TIMEOUT_S;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.5)
    throw new OptionError(
      'E_OPTION_STALL_TIMEOUT',
      `news-extract: --stall-timeout must be a number of seconds (at least 0.5), found ${JSON.stringify(value)}`,
    );
  return n;
}

/**
 * Resolves once the worker has stopped: the first SIGINT/SIGTERM finishes the jobs under way, a second hands them back.
 */
function stopOnSignals(worker: RunningWorker, log: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    let finishing = false;
    const on = (): void => {
      if (!finishing) {
        finishing = true;
        log('news-extract worker: finishing the jobs under way (Ctrl-C again to hand them back to the queue)');
        void worker.finish().then(resolve);
        return;
      }
      log('news-extract worker: handing the jobs under way back to the queue');
      // BullMQ would wait for the handed-back jobs' processing to end: leave at once instead (exit 0, nothing lost).
      void worker.handBack().then(() => process.exit(0));
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

async function workerCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      redis: { type: 'string' },
      concurrency: { type: 'string' },
      'stall-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(WORKER_HELP + '\n');
    return EXIT.ok;
  }
  if (values.redis === undefined)
    throw new OptionError('E_OPTION_REDIS', 'news-extract: worker: --redis redis://HOST:PORT is required');
  const url = checkRedisUrl(values.redis);
  const concurrency = wholeNumber(values.concurrency, '--concurrency', 1, 256);
  const log = (line: string): void => void process.stderr.write(line + '\n');
  const stallTimeout = seconds(values['stall-timeout']);
  let cluster: Awaited<ReturnType<typeof loadClusterWorker>>;
  try {
    cluster = await loadClusterWorker();
  } catch (e) {
    if (!(e instanceof ClusterError)) throw e;
    log(e.message);
    return EXIT_CLUSTER;
  }
  const worker = cluster.startClusterWorker({ url, concurrency, stallTimeout, log });
  log(`news-extract worker: waiting for jobs at ${shownUrl(url)} (concurrency ${concurrency})`);
  await stopOnSignals(worker, log);
  return EXIT.ok;
}

/** `news-extract worker`: a long-running worker of a distributed run (BullMQ on Redis). */
export const workerCommandDef: Command = {
  name: 'worker',
  summary: 'process chunks of a distributed run from Redis (--redis URL) until stopped',
  help: WORKER_HELP,
  run: workerCommand,
};
