// `npm run bench:cluster`: articles/s of a distributed run (coordinator + 1 or 2 worker processes on this machine,
// one Redis) next to the local --jobs 1 and 2 runs on the same corpus, the outputs compared byte for byte, and
// Redis memory (sampled every second, peak and at the end) on a big run. Options:
//   --articles N   corpus of the speed runs (default 400)     --big N   articles of the memory run (default 20000)
//   --short        the memory run uses short articles (title and dateline paragraph) so it finishes in minutes
//   --memory-only  skip the speed runs
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../root';
import { corpusParagraphs, generateArticles, writeJsonl } from './corpus';

const ROOT = repoRoot(__dirname);
const CLI = path.join(ROOT, 'dist', 'cli.js');

function intOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a !== null ? a.port : 0));
    });
  });
}

const redisCli = (port: number, ...args: string[]): string =>
  spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' }).stdout;
const usedMemory = (port: number): number =>
  Number(/used_memory:(\d+)/.exec(redisCli(port, 'info', 'memory'))?.[1] ?? NaN);

async function startRedis(dir: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && redisCli(port, 'ping').trim() !== 'PONG'; i++) await new Promise((r) => setTimeout(r, 50));
  return { port, child };
}

function run(args: readonly string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - t0) : reject(new Error(`news-extract ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * A coordinator run with `workers` worker processes (started first, stopped after); Redis memory sampled each second.
 */
async function clusterRun(
  input: string,
  out: string,
  port: number,
  workers: number,
): Promise<{ ms: number; peak: number; end: number }> {
  const url = `redis://127.0.0.1:${port}`;
  const procs = Array.from({ length: workers }, () =>
    spawn(process.execPath, [CLI, 'worker', '--redis', url], { stdio: 'ignore' }),
  );
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, usedMemory(port))), 1000);
  try {
    const ms = await run([input, '--out', out, '--redis', url, '--quiet']);
    return { ms, peak, end: usedMemory(port) };
  } finally {
    clearInterval(sampler);
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
  }
}

async function sameFiles(a: string, b: string): Promise<boolean> {
  for (const name of await fs.readdir(a)) {
    const [x, y] = await Promise.all([
      fs.readFile(path.join(a, name)),
      fs.readFile(path.join(b, name)).catch(() => null),
    ]);
    if (!y || !x.equals(y)) return false;
  }
  return true;
}

const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const n = intOption('--articles', 400);
  const big = intOption('--big', 20_000);
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'bench-cluster-'));
  const paragraphs = await corpusParagraphs(path.join(ROOT, 'corpus'));
  const input = path.join(dir, 'bench.jsonl');
  await writeJsonl(input, generateArticles(n, paragraphs));
  const redis = await startRedis(dir);
  try {
    if (!process.argv.includes('--memory-only')) await speedRuns(input, dir, redis.port, n);
    await memoryRun(paragraphs, dir, redis.port, big);
  } finally {
    redis.child.kill('SIGKILL');
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Local --jobs 1 and 2, then the cluster with 1 and 2 worker processes, on the same corpus. */
async function speedRuns(input: string, dir: string, port: number, n: number): Promise<void> {
  const rate = (ms: number): string => `${(n / (ms / 1000)).toFixed(1)} articles/s`;
  const local1 = await run([input, '--out', path.join(dir, 'l1'), '--jobs', '1', '--quiet']);
  const local2 = await run([input, '--out', path.join(dir, 'l2'), '--jobs', '2', '--quiet']);
  const c1 = await clusterRun(input, path.join(dir, 'c1'), port, 1);
  const c2 = await clusterRun(input, path.join(dir, 'c2'), port, 2);
  const same =
    (await sameFiles(path.join(dir, 'l1'), path.join(dir, 'c1'))) &&
    (await sameFiles(path.join(dir, 'l1'), path.join(dir, 'c2')));
  console.log(
    `cluster bench: ${n} generated articles, wall time including start-up; outputs byte-identical: ${same ? 'yes' : 'NO'}`,
  );
  console.log(`  local --jobs 1                 ${rate(local1)}`);
  console.log(`  local --jobs 2                 ${rate(local2)}`);
  console.log(`  --redis, 1 worker process      ${rate(c1.ms)}   Redis peak ${mb(c1.peak)}`);
  console.log(`  --redis, 2 worker processes    ${rate(c2.ms)}   Redis peak ${mb(c2.peak)}`);
}

/** A big run with 2 worker processes: Redis used_memory sampled every second, and what is left at the end. */
async function memoryRun(paragraphs: readonly string[], dir: string, port: number, big: number): Promise<void> {
  const bigInput = path.join(dir, 'big.jsonl');
  const short = process.argv.includes('--short');
  const articles = generateArticles(big, paragraphs).map((a) =>
    short ? { ...a, text: a.text.split('\n').slice(0, 3).join('\n') } : a,
  );
  await writeJsonl(bigInput, articles);
  const baseline = usedMemory(port);
  const m = await clusterRun(bigInput, path.join(dir, 'big'), port, 2);
  const keys = redisCli(port, 'keys', '*').trim().split('\n').join(', ');
  console.log(
    `memory: ${big}${short ? ' short' : ''} articles, 2 worker processes, ${(big / (m.ms / 1000)).toFixed(1)} articles/s`,
  );
  console.log(
    `  Redis used_memory: before ${mb(baseline)}, peak sampled ${mb(m.peak)}, at the end ${mb(m.end)}; keys left: ${keys}`,
  );
}

void main();
