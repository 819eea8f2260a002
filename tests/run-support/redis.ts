// A throwaway Redis for tests: redis-server on a free loopback port, in a temporary directory, without persistence,
// stopped by its pid. Tests skip when redis-server is not installed, except on CI (CI=true), where they fail.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** True when a redis-server binary is on the PATH. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Why cluster tests cannot run here, or null when they can; on CI a missing redis-server is an error, not a skip. */
export function redisMissing(): string | null {
  if (hasRedisServer()) return null;
  const why = 'redis-server is not installed (apt-get install -y redis-server); the cluster tests need it';
  if (process.env.CI === 'true') throw new Error(why);
  return why;
}

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running test Redis. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Runs redis-cli against it and returns stdout. */
  cli(...args: string[]): string;
  /** Stops it (SIGKILL by pid when `hard`), waits for the exit. */
  stop(hard?: boolean): Promise<void>;
}

async function waitUntilUp(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`test redis-server on port ${port} did not start`);
}

/** Starts redis-server on `port` (a free one by default) in a fresh temporary directory. */
export async function startRedis(port?: number): Promise<TestRedis> {
  const p = port ?? (await freePort());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-extract-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitUntilUp(p);
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    child,
    cli: (...args) => spawnSync('redis-cli', ['-p', String(p), ...args], { encoding: 'utf8' }).stdout,
    async stop(hard = false) {
      if (child.exitCode === null && child.signalCode === null) child.kill(hard ? 'SIGKILL' : 'SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
