// The CLI for tests that spawn it (kill -9, worker threads): dist/cli.js, which jest's globalSetup
// (tests/global-setup.js) rebuilds whenever src/ is newer, so these tests never run stale code. (They used to
// transpile src/ into .build/ each, three times per run.)
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The built CLI's path; `cleanup` is kept for callers and has nothing to remove. */
export function buildCli(_tag: string): { cli: string; dir: string; cleanup: () => void } {
  const dir = path.join(ROOT, 'dist');
  return { cli: path.join(dir, 'cli.js'), dir, cleanup: () => undefined };
}
