// The worker pool gives the same bytes as the in-thread pipeline, whatever the number of workers.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './run-support/build-cli';
import { filesOf, generatedBatch, runCli } from './run-support/spawn';

let dir: string;
let build: ReturnType<typeof buildCli>;
let batch: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runner-workers-'));
  build = buildCli('workers');
  batch = await generatedBatch(dir, 40);
  // Broken lines too: their errors must come out the same whatever the worker count.
  appendFileSync(batch, '{broken\n' + JSON.stringify({ id: 'bench-000003', text: 'duplicate' }) + '\n');
});
afterAll(() => {
  build.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('--jobs 3 writes byte-identical files to --jobs 1; profile and summary go to stderr', async () => {
  const one = await runCli(build.cli, [batch, '--out', path.join(dir, 'one'), '--jobs', '1', '--quiet']);
  const three = await runCli(build.cli, [batch, '--out', path.join(dir, 'three'), '--jobs', '3', '--profile']);
  expect(one.code).toBe(1);
  expect(three.code).toBe(1);
  expect(one.stderr).toBe('');
  const files = filesOf(path.join(dir, 'one'));
  expect(Object.keys(files)).toHaveLength(10);
  expect(files['errors.jsonl']?.trim().split('\n')).toHaveLength(2);
  expect(filesOf(path.join(dir, 'three'))).toEqual(files);
  // 41 processed: the duplicate id is processed too and dropped at the merge (kept: the first by path and line).
  expect(three.stderr).toMatch(/profile: 41 articles, 3 jobs/);
  expect(three.stderr).toMatch(/extract\/names/);
  expect(three.stderr).toMatch(
    /news-extract: 40 articles; mentions: \d+ people, \d+ places, \d+ organizations, \d+ dates, \d+ quotes, \d+ money; \d+ warnings; 2 errors;/,
  );
}, 120_000);

test('--jobs 0 is a usage error (exit 2) naming the option', async () => {
  const r = await runCli(build.cli, [batch, '--out', path.join(dir, 'bad'), '--jobs', '0']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--jobs must be a whole number/);
});
