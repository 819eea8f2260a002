// Child processes of the cluster tests: workers (optionally with a preload hook) and coordinators.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Finished } from './spawn';

/** A started child process and its exit. */
export interface Proc {
  readonly child: ChildProcess;
  readonly done: Promise<Finished>;
  /** Everything written to stderr so far. */
  stderr(): string;
}

/** Every process started here, so a failed test cannot leave one running (and jest waiting on its pipe). */
const started: Proc[] = [];

/** SIGKILLs every process started here that still runs, and waits for them. */
export async function killAll(): Promise<void> {
  const all = started.splice(0);
  for (const p of all) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await Promise.all(all.map((p) => p.done));
}

/** Starts `node [nodeArgs] cli args` with extra environment variables. */
export function startNode(
  cli: string,
  args: readonly string[],
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Proc {
  const child = spawn(process.execPath, [...nodeArgs, cli, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  const proc = { child, done, stderr: () => stderr };
  started.push(proc);
  return proc;
}

/** Starts a worker process. */
export function startWorker(
  cli: string,
  url: string,
  extra: readonly string[] = [],
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Proc {
  return startNode(cli, ['worker', '--redis', url, ...extra], env, nodeArgs);
}

/** Keeps `n` workers running (a dead one is restarted, as a supervisor would) until `stop`; counts the restarts. */
export function keepWorkers(n: number, start: () => Proc): { restarts: () => number; stop: () => Promise<void> } {
  let stopping = false;
  let restarts = 0;
  const live = new Set<Proc>();
  const launch = (): void => {
    const p = start();
    live.add(p);
    void p.done.then(() => {
      live.delete(p);
      if (stopping) return;
      restarts++;
      launch();
    });
  };
  for (let i = 0; i < n; i++) launch();
  return {
    restarts: () => restarts,
    async stop() {
      stopping = true;
      const all = [...live];
      for (const p of all) p.child.kill('SIGKILL');
      await Promise.all(all.map((p) => p.done));
    },
  };
}

/** Writes a JSONL batch of `count` short articles (the first lines of the bench articles): quick to process. */
export function shortBatch(
  source: string,
  file: string,
  count: number,
  edit: (a: { id: string; text: string }, i: number) => object = (a) => a,
): string {
  const lines = readFileSync(source, 'utf8').trim().split('\n').slice(0, count);
  const articles = lines.map((l, i) => {
    const a = JSON.parse(l) as { id: string; text: string };
    return edit({ ...a, text: a.text.split('\n').slice(0, 5).join('\n') }, i);
  });
  writeFileSync(file, articles.map((a) => JSON.stringify(a) + '\n').join(''));
  return file;
}
