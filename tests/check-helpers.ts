// Shared by the tests that spawn the built CLI (eval, check, determinism, schema, csv).
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The project root (tests/..). */
export const ROOT = path.resolve(__dirname, '..');

/** The shared evaluation folder beside the checkout (CI has it; a bare clone does not). */
export const SHARED_EVAL = path.resolve(ROOT, '..', 'shared', 'eval');

/** The built CLI: $NEWS_EXTRACT_CLI (an engineer's own build) or dist/cli.js, which `npm ci` builds via "prepare". */
export function cliPath(): string {
  const p = process.env.NEWS_EXTRACT_CLI
    ? path.resolve(process.env.NEWS_EXTRACT_CLI)
    : path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(p))
    throw new Error(`built CLI not found at ${p}: run \`npm run build\` (npm ci does it) or set NEWS_EXTRACT_CLI`);
  return p;
}

/** Runs the built CLI synchronously with extra environment variables; stdout and stderr as UTF-8. */
export function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  cwd: string = ROOT,
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliPath(), ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
}

const created: string[] = [];

/** A fresh temporary directory, removed after the test file's tests (set KEEP_TEST_DIRS=1 to keep it). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `news-extract-${prefix}-`));
  created.push(dir);
  return dir;
}

afterAll(() => {
  if (process.env.KEEP_TEST_DIRS !== '1')
    for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
});
