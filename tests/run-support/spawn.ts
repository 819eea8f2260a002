// Helpers for tests that run the real CLI in a child process.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpusParagraphs, generateArticles } from '../../tools/bench/corpus';

/** Writes `count` generated benchmark articles (fixed seed) as JSONL and returns the path. */
export async function generatedBatch(dir: string, count: number): Promise<string> {
  const file = path.join(dir, 'batch.jsonl');
  const articles = generateArticles(count, await corpusParagraphs(path.resolve(__dirname, '..', '..', 'corpus')));
  writeFileSync(file, articles.map((a) => JSON.stringify(a) + '\n').join(''));
  return file;
}

/** Result of a finished child run. */
export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Starts the CLI; `done` resolves when it exits. */
export function startCli(cli: string, args: readonly string[]): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** Runs the CLI to the end. */
export function runCli(cli: string, args: readonly string[]): Promise<Finished> {
  return startCli(cli, args).done;
}

/** Waits until `file`... exists (polling), or the timeout passes. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** True once the run state in `out` holds at least one finished run file. */
export function hasRunFile(out: string): boolean {
  const state = path.join(out, '.news-extract-state');
  return existsSync(state) && readdirSync(state).some((n) => /^run-\d+\.rec$/.test(n));
}

/** Every file in `dir` (names and contents), for byte comparisons. */
export function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), 'latin1')]),
  );
}
