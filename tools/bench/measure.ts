import { spawn } from 'node:child_process';
import * as path from 'node:path';

/**
 * Tokens as the NLP libraries count them, near enough: runs of letters/digits (with inner ' ’ . -) and single
 * punctuation marks. Used for tokens/s so figures compare with the libraries' published rates.
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Number of tokens in `text` (see TOKEN). */
export function tokenCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(TOKEN)) n++;
  return n;
}

/** Size of a text in megabytes of UTF-8. */
export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / (1024 * 1024);
}

/** Texts per turn when contenders are timed in alternation (see timeTurns). */
const TURN = 10;

/**
 * Milliseconds each of `fns` takes over `texts` (one call per text), timed in alternation: each takes its turn
 * over the next TURN texts. The machine's load drifts within seconds; timing one contender after the other would
 * give each a different machine, alternating gives them the same one.
 */
function timeTurns(texts: readonly string[], fns: readonly ((text: string) => unknown)[]): number[] {
  const ms = fns.map(() => 0);
  for (let at = 0; at < texts.length; at += TURN) {
    const turn = texts.slice(at, at + TURN);
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      for (const t of turn) fn(t);
      ms[k] = (ms[k] ?? 0) + performance.now() - t0;
    });
  }
  return ms;
}

/** The two timings of `timeOver` for one contender, in milliseconds. */
export interface PassTimes {
  /** Over `warmUp`, right after one untimed call: JIT compilation and lazily built data included. */
  readonly firstMs: number;
  /** Over `texts`, after the first pass: the steady per-article cost. */
  readonly steadyMs: number;
}

/**
 * Times each of `fns` over `warmUp` after one untimed call (the first pass), then over `texts` (the steady pass),
 * the contenders alternating (timeTurns). The first pass pays the JIT compilation of every code path and the data
 * built on first use: a cost a process pays once, whose share of the figure depends on how many articles are
 * timed. `warmUp` holds other articles than `texts`, so no per-text cache could flatter the steady pass.
 */
export function timeOver(
  texts: readonly string[],
  warmUp: readonly string[],
  fns: readonly ((text: string) => unknown)[],
): PassTimes[] {
  for (const fn of fns) if (warmUp[0] !== undefined) fn(warmUp[0]);
  const first = timeTurns(warmUp, fns);
  const steady = timeTurns(texts, fns);
  return fns.map((_, k) => ({ firstMs: first[k] ?? 0, steadyMs: steady[k] ?? 0 }));
}

/** What one CLI child run reports. */
export interface ChildRun {
  readonly code: number;
  readonly wallMs: number;
  readonly maxRssMb: number;
  readonly cpuMs: number;
}

/** Runs the CLI (through child.js, which reports peak RSS) with `args` and measures its wall time. */
export function runChild(args: readonly string[]): Promise<ChildRun> {
  const child = spawn(process.execPath, [path.join(__dirname, 'child.js'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => {
      const wallMs = performance.now() - t0;
      const last = out.trim().split('\n').pop() ?? '';
      try {
        const r = JSON.parse(last) as { code: number; maxRssMb: number; cpuMs: number };
        resolve({ code: r.code, wallMs, maxRssMb: r.maxRssMb, cpuMs: r.cpuMs });
      } catch {
        reject(new Error(`bench: the CLI child printed no report (stdout: ${JSON.stringify(out.slice(-200))})`));
      }
    });
  });
}

/** The middle value (lower middle for even counts). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}
