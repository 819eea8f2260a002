import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { STATE_FORMAT } from '../batch/state';

/** Code files hashed into the version: what a worker runs (compiled or source) and the data it loads. */
const CODE_FILE = /\.(js|ts|json)$/;

function codeFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...codeFiles(dir, r));
    else if (CODE_FILE.test(e.name)) out.push(r);
  }
  return out;
}

function packageVersion(root: string): string {
  try {
    return String(
      (JSON.parse(readFileSync(path.join(root, '..', 'package.json'), 'utf8')) as { version?: unknown }).version ??
        'unknown',
    );
  } catch {
    return 'unknown';
  }
}

let cached: string | null = null;

/**
 * The version a coordinator puts in each job and a worker compares with its own: the package version, the
 * run-state format and a hash of every code and data file of this installation. Two machines agree only when they
 * run the same code, so a worker left on an older build (or a patched one) can never mix its output into a run.
 * Computed once per process (about 0.1 s).
 */
export function clusterVersion(): string {
  if (cached !== null) return cached;
  const root = path.resolve(__dirname, '..');
  const hash = createHash('sha256');
  for (const rel of codeFiles(root))
    hash
      .update(rel.split(path.sep).join('/'))
      .update('\0')
      .update(readFileSync(path.join(root, rel)))
      .update('\0');
  cached = `${packageVersion(root)}/state-${STATE_FORMAT}/${hash.digest('hex').slice(0, 16)}`;
  return cached;
}
