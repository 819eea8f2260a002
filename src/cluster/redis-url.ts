// The --redis value checks and the URL shown in messages: plain URL handling, so the CLI can validate options
// without loading the Redis client.
import { OptionError } from '../pipeline/options';

/** Checks a --redis value: redis://HOST:PORT (or rediss:// for TLS, with an optional user:password@ and /DB). */
export function checkRedisUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '')
    throw new OptionError(
      'E_OPTION_REDIS',
      `news-extract: --redis must be a URL like redis://HOST:PORT, found ${JSON.stringify(value)}`,
    );
  return value;
}

/** The URL without a password, for messages. */
export function shownUrl(value: string): string {
  const url = new URL(value);
  if (url.password !== '') url.password = '***';
  return url.toString();
}
