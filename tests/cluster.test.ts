// Distributed runs end to end: a real redis-server (started here on a free loopback port), worker processes and a
// coordinator, compared byte for byte with a local run; workers killed, a poison article, a mismatched worker, a
// coordinator killed and resumed, Redis unreachable and lost.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './run-support/build-cli';
import type { Proc } from './run-support/cluster-procs';
import { keepWorkers, killAll, shortBatch, startNode, startWorker } from './run-support/cluster-procs';
import type { TestRedis } from './run-support/redis';
import { freePort, redisMissing, startRedis } from './run-support/redis';
import { filesOf, generatedBatch, hasRunFile, runCli, waitFor } from './run-support/spawn';

/** A few hundred short articles: enough for many chunks and several run-state flushes, quick to process. */
const ARTICLES = 240;
/** Small chunks, so a run has many jobs and a killed worker holds one of several. */
const CHUNK = ['--chunk-size', '8', '--window', '6'];
/**
 * One article per job and one job in Redis at a time: every article waits for a collect (100 ms apart), so a run is
 * still going when the test kills something "mid-run", however fast the machine. At CHUNK's pace a loaded CI
 * machine could finish (and clear its run state) between two polls of the test, which then never saw it running.
 */
const PACED = ['--chunk-size', '1', '--window', '1'];
/** Stall timeout of the test workers (s): a killed worker's job is taken over within seconds. */
const STALL = ['--stall-timeout', '3'];

const missing = redisMissing();
const suite = missing === null ? describe : describe.skip;
if (missing !== null) test.skip(`cluster tests skipped: ${missing}`, () => undefined);

suite('distributed runs (BullMQ + Redis)', () => {
  let dir: string;
  let build: ReturnType<typeof buildCli>;
  let redis: TestRedis;
  let batch: string;
  let reference: string;
  const workers: Proc[] = [];
  const worker = (extra: string[] = []): Proc => {
    const w = startWorker(build.cli, redis.url, [...STALL, ...extra]);
    workers.push(w);
    return w;
  };
  const coordinator = (out: string, extra: string[] = [], input = batch): Proc =>
    startNode(build.cli, [input, '--out', out, '--redis', redis.url, '--quiet', ...CHUNK, ...extra]);
  /** Job hashes left in Redis (bookkeeping keys such as meta and id are not jobs). */
  const jobKeys = (): string[] =>
    redis
      .cli('--scan', '--pattern', 'bull:news-extract:*')
      .split('\n')
      .filter((k) => /^bull:news-extract:\d+$/.test(k));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cluster-'));
    build = buildCli('cluster');
    redis = await startRedis();
    batch = shortBatch(await generatedBatch(dir, ARTICLES), path.join(dir, 'short.jsonl'), ARTICLES);
    reference = path.join(dir, 'reference');
    expect((await runCli(build.cli, [batch, '--out', reference, '--jobs', '1', '--quiet'])).code).toBe(0);
  }, 300_000);
  afterAll(async () => {
    await killAll();
    await redis?.stop(true);
    build?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('coordinator + 2 workers = the local run, byte for byte; the run leaves no job in Redis', async () => {
    const a = worker();
    const b = worker();
    const out = path.join(dir, 'two');
    const run = await coordinator(out).done;
    expect(run.code).toBe(0);
    expect(filesOf(out)).toEqual(filesOf(reference));
    expect(jobKeys()).toEqual([]);
    // SIGTERM: the workers finish what they hold (nothing now) and exit 0.
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect((await a.done).code).toBe(0);
    expect((await b.done).code).toBe(0);
  }, 240_000);

  test('a worker SIGKILLed mid-run and a fresh one started: still byte-identical, nothing lost or doubled', async () => {
    const victim = worker();
    const other = worker();
    const out = path.join(dir, 'killed-worker');
    const run = coordinator(out, PACED);
    expect(await waitFor(() => hasRunFile(out), 60_000)).toBe(true);
    victim.child.kill('SIGKILL');
    worker();
    expect((await run.done).code).toBe(0);
    expect(filesOf(out)).toEqual(filesOf(reference));
    expect(jobKeys()).toEqual([]);
    other.child.kill('SIGTERM');
    expect((await other.done).code).toBe(0);
  }, 240_000);

  test('the coordinator killed and rerun with --resume reuses the finished work, byte-identical', async () => {
    const out = path.join(dir, 'killed-coordinator');
    const first = coordinator(out, PACED);
    expect(await waitFor(() => hasRunFile(out), 60_000)).toBe(true);
    first.child.kill('SIGKILL');
    await first.done;
    const again = await startNode(build.cli, [batch, '--out', out, '--redis', redis.url, ...CHUNK, '--resume']).done;
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${ARTICLES} articles \\([1-9]\\d* from the interrupted run\\)`));
    expect(filesOf(out)).toEqual(filesOf(reference));
    expect(jobKeys()).toEqual([]);
  }, 240_000);

  test('Redis lost mid-run: exit 4 with a clear message, work kept; --resume after Redis is back is byte-identical', async () => {
    const out = path.join(dir, 'lost-redis');
    const run = coordinator(out, PACED);
    expect(await waitFor(() => hasRunFile(out), 60_000)).toBe(true);
    await redis.stop(true);
    let lost: Awaited<typeof run.done>;
    try {
      lost = await run.done;
    } finally {
      // Later tests need a Redis whatever this one found.
      if (redis.child.exitCode !== null || redis.child.signalCode !== null) redis = await startRedis(redis.port);
    }
    expect(lost.code).toBe(4);
    expect(lost.stderr).toMatch(/lost the connection to Redis at redis:\/\/127\.0\.0\.1:\d+/);
    expect(lost.stderr).toMatch(/rerun with --resume/);
    expect(hasRunFile(out)).toBe(true); // the workers reconnect to the restarted Redis by themselves
    const resumed = await coordinator(out, ['--resume']).done;
    expect(resumed.code).toBe(0);
    expect(filesOf(out)).toEqual(filesOf(reference));
    for (const w of workers.splice(0).filter((p) => p.child.exitCode === null && p.child.signalCode === null)) {
      w.child.kill('SIGTERM');
      expect((await w.done).code).toBe(0);
    }
  }, 240_000);

  test('a poison article (its worker process dies every time) ends in errors.jsonl after bounded attempts', async () => {
    const poisonId = 'bench-000007';
    const small = shortBatch(batch, path.join(dir, 'poison.jsonl'), 24);
    const local = path.join(dir, 'poison-local');
    expect((await runCli(build.cli, [small, '--out', local, '--jobs', '1', '--quiet'])).code).toBe(0);
    const env = { POISON_BUILD: build.dir, POISON_ID: poisonId };
    const hook = ['-r', path.join(__dirname, 'run-support', 'poison-hook.js')];
    const pool = keepWorkers(2, () => startWorker(build.cli, redis.url, ['--stall-timeout', '2'], env, hook));
    const out = path.join(dir, 'poison');
    const run = await startNode(build.cli, [small, '--out', out, '--redis', redis.url, '--quiet', '--chunk-size', '6'])
      .done;
    await pool.stop();
    expect(run.code).toBe(1);
    const errors = readFileSync(path.join(out, 'errors.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { code: string; message: string });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('E_WORKER_CRASHED');
    expect(errors[0]?.message).toContain(':7: the worker processing this article failed on every attempt');
    // Two crashes on its chunk, two alone: then it is given up.
    expect(pool.restarts()).toBe(4);
    const expected = readFileSync(path.join(local, 'articles.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith(`{"id":"${poisonId}"`));
    expect(readFileSync(path.join(out, 'articles.jsonl'), 'utf8').split('\n')).toEqual(expected);
    expect(jobKeys()).toEqual([]);
  }, 240_000);

  test('a worker of another build refuses the jobs; the coordinator stops with a clear error (exit 4)', async () => {
    // A copy of the build under the repository (so it still finds node_modules), changed by one line: another build.
    const otherDir = path.join(build.dir, '..', '.build', `cluster-other-${process.pid}`);
    cpSync(build.dir, otherDir, { recursive: true });
    const other = {
      dir: otherDir,
      cli: path.join(otherDir, 'cli.js'),
      cleanup: () => rmSync(otherDir, { recursive: true, force: true }),
    };
    try {
      appendFileSync(path.join(other.dir, 'cli.js'), '\n// another build\n');
      const stranger = startWorker(other.cli, redis.url, STALL);
      workers.push(stranger);
      const small = shortBatch(batch, path.join(dir, 'mismatch.jsonl'), 10);
      const run = await startNode(build.cli, [
        small,
        '--out',
        path.join(dir, 'mismatch'),
        '--redis',
        redis.url,
        '--quiet',
      ]).done;
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(
        /E_CLUSTER_VERSION: a worker runs news-extract .* but the coordinator runs .*; run the same version/,
      );
      stranger.child.kill('SIGTERM');
      expect((await stranger.done).code).toBe(0);
    } finally {
      other.cleanup();
    }
  }, 240_000);

  test('Redis unreachable: exit 4 within seconds, with a clear message; bad --redis values are usage errors', async () => {
    const port = await freePort();
    const run = await startNode(build.cli, [
      batch,
      '--out',
      path.join(dir, 'unreachable'),
      '--redis',
      `redis://127.0.0.1:${port}`,
    ]).done;
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(new RegExp(`cannot reach Redis at redis://127\\.0\\.0\\.1:${port}`));
    const bad = await startNode(build.cli, [batch, '--out', path.join(dir, 'bad'), '--redis', 'localhost:6379']).done;
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--redis must be a URL like redis:\/\/HOST:PORT/);
    expect(existsSync(path.join(dir, 'bad', 'articles.jsonl'))).toBe(false);
  }, 60_000);
});
