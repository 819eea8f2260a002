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

/** Milliseconds `fn` takes over every text (one call per text), after one untimed warm-up call. */
export function timeOver(texts: readonly string[], fn: (text: string) => unknown): number {
  if (texts[0] !== undefined) fn(texts[0]);
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
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
