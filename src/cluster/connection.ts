import { Redis } from 'ioredis';
import { OptionError } from '../pipeline/options';
import { ClusterError } from './errors';

/** Name of the BullMQ queue every coordinator fills and every worker takes chunks from. */
export const QUEUE_NAME = 'news-extract';
/**
 * How long the coordinator keeps trying to reach a Redis that went away before it gives up (exit 3, finished work
 * kept for --resume). Long enough to ride out a Redis restart or a network blip, short enough to notice a real loss.
 */
export const REDIS_GIVE_UP_MS = 10_000;
/** Delay between reconnection attempts. */
const RETRY_MS = 500;

/** Checks a --redis value: redis://HOST:PORT (or rediss:// for TLS, with an optional user:password@ and /DB). */
export function checkRedisUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '')
    throw new OptionError('E_OPTION_REDIS', `news-extract: --redis must be a URL like redis://HOST:PORT, found ${JSON.stringify(value)}`);
  return value;
}

/** The URL without a password, for messages. */
export function shownUrl(value: string): string {
  const url = new URL(value);
  if (url.password !== '') url.password = '***';
  return url.toString();
}

/**
 * The coordinator's connection: commands fail (instead of queueing forever) once Redis has been unreachable for
 * REDIS_GIVE_UP_MS, so a lost Redis becomes a clear error. `ready` resolves once connected, or rejects.
 */
export function coordinatorConnection(url: string): { redis: Redis; ready: Promise<void> } {
  let downSince: number | null = null;
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    retryStrategy: () => {
      downSince ??= Date.now();
      return Date.now() - downSince > REDIS_GIVE_UP_MS ? null : RETRY_MS;
    },
  });
  redis.on('ready', () => (downSince = null));
  redis.on('error', () => undefined); // reported through the failing commands
  const ready = redis.connect().then(
    () => undefined,
    (e: unknown) => {
      redis.disconnect();
      throw new ClusterError('E_REDIS', `news-extract: cannot reach Redis at ${shownUrl(url)} (${e instanceof Error ? e.message : String(e)})`);
    },
  );
  return { redis, ready };
}

/** A worker's connection: reconnects forever (a worker waits for Redis to come back), as BullMQ workers require. */
export function workerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * RETRY_MS, 5_000) });
}
