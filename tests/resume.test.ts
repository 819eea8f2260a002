// Kill a real run (SIGKILL, then Ctrl-C), resume it, and compare the bytes with an uninterrupted run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './run-support/build-cli';
import { filesOf, generatedBatch, hasRunFile, runCli, startCli, waitFor } from './run-support/spawn';

/** Enough articles that a run lasts several flushes of the run state on a 2-core machine. */
const ARTICLES = 400;

let dir: string;
let build: ReturnType<typeof buildCli>;
let batch: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runner-resume-'));
  build = buildCli('resume');
  batch = await generatedBatch(dir, ARTICLES);
});
afterAll(() => {
  build.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('kill -9 mid-run, then Ctrl-C mid-resume, then --resume: byte-identical to an uninterrupted run', async () => {
  const reference = path.join(dir, 'reference');
  const ok = await runCli(build.cli, [batch, '--out', reference, '--jobs', '1', '--quiet']);
  expect(ok.code).toBe(0);

  const out = path.join(dir, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, 'articles.jsonl'), 'previous run\n');
  const first = startCli(build.cli, [batch, '--out', out, '--jobs', '2', '--quiet']);
  expect(await waitFor(() => hasRunFile(out), 50_000)).toBe(true);
  first.child.kill('SIGKILL');
  expect((await first.done).signal).toBe('SIGKILL');
  // The killed run never touched the previous output and left no file that looks complete.
  expect(readFileSync(path.join(out, 'articles.jsonl'), 'utf8')).toBe('previous run\n');
  expect(readdirSync(out).filter((n) => !n.startsWith('.'))).toEqual(['articles.jsonl']);

  const state = path.join(out, '.news-extract-state');
  // A finished run removes its state: count that as "past the first new run file" too.
  const stateFiles = (): number => (existsSync(state) ? readdirSync(state).length : Infinity);
  const runsBefore = stateFiles();
  const second = startCli(build.cli, [batch, '--out', out, '--jobs', '2', '--resume']);
  await waitFor(() => stateFiles() > runsBefore, 50_000);
  second.child.kill('SIGINT');
  const interrupted = await second.done;
  // Either Ctrl-C landed mid-run (exit 130, work kept) or the run had already finished (exit 0).
  expect([0, 130]).toContain(interrupted.code);
  if (interrupted.code === 130) expect(interrupted.stderr).toMatch(/rerun with --resume/);

  const last = await runCli(build.cli, [batch, '--out', out, '--jobs', '2', '--resume']);
  expect(last.code).toBe(0);
  expect(last.stderr).toMatch(new RegExp(`${ARTICLES} articles \\(\\d+ from the interrupted run\\)`));
  expect(filesOf(out)).toEqual(filesOf(reference));
}, 180_000);
