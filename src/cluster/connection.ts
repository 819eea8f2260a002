import { Redis } from 'ioredis';
import { ClusterError } from './errors';
import { shownUrl } from './redis-url';

export { checkRedisUrl, shownUrl } from './redis-url';

/** Name of the BullMQ queue every coordinator fills and every worker takes chunks from. */
export const QUEUE_NAME = 'news-extract';
/**
 * How long the coordinator keeps trying to reach a Redis that went away before it gives up (exit 3, finished work
 * kept for --resume). Long enough to ride out a Redis restart or a network blip, short enough to notice a real loss.
 */
export const REDIS_GIVE_UP_MS = 10_000;
/** Delay between reconnection attempts. */
const RETRY_MS = 500;

/** How long a coordinator tries to reach Redis at start before it reports it unreachable. */
const FIRST_CONNECT_MS = 3_000;

/** The coordinator's connection to Redis. */
export interface CoordinatorConnection {
  readonly redis: Redis;
  /** Resolves once connected; rejects with E_REDIS when Redis cannot be reached. */
  readonly ready: Promise<void>;
  /** Rejects with E_REDIS once the connection is given up (Redis unreachable for REDIS_GIVE_UP_MS); never resolves. */
  readonly lost: Promise<never>;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The coordinator's connection: reconnects for up to REDIS_GIVE_UP_MS after a loss, then gives up, so a lost Redis
 * becomes a clear error (BullMQ calls would otherwise wait for it forever).
 */
export function coordinatorConnection(url: string): CoordinatorConnection {
  let downSince: number | null = null;
  let everReady = false;
  let lastError = 'connection closed';
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: FIRST_CONNECT_MS,
    retryStrategy: () => {
      downSince ??= Date.now();
      return Date.now() - downSince > (everReady ? REDIS_GIVE_UP_MS : FIRST_CONNECT_MS) ? null : RETRY_MS;
    },
  });
  redis.on('ready', () => {
    everReady = true;
    downSince = null;
  });
  redis.on('error', (e: unknown) => void (lastError = reason(e)));
  const ended = new Promise<void>((resolve) => redis.once('end', () => resolve()));
  const ready = redis.connect().then(
    () => undefined,
    async (e: unknown) => {
      redis.disconnect();
      throw new ClusterError('E_REDIS', `news-extract: cannot reach Redis at ${shownUrl(url)} (${reason(e)})`);
    },
  );
  const lost = ended.then((): never => {
    throw new ClusterError(
      'E_REDIS',
      `news-extract: lost the connection to Redis at ${shownUrl(url)} (${lastError}; gave up after ${REDIS_GIVE_UP_MS / 1000} s)`,
    );
  });
  lost.catch(() => undefined);
  return { redis, ready, lost };
}

/** A worker's connection: reconnects forever (a worker waits for Redis to come back), as BullMQ workers require. */
export function workerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * RETRY_MS, 5_000) });
}
