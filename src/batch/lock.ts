// One run at a time per --out: two runs into one folder would delete each other's state and publish a mix. The
// lock is a file created exclusively (O_EXCL) holding the owner's pid and host; a lock whose process is gone (same
// host, pid not alive) is stale and taken over, so a killed run never blocks the next one.
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { OutputError } from './output-error';

/** The lock file's name in --out. */
export const LOCK_FILE = '.news-extract.lock';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
}

/** True when process `pid` exists on this machine (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host } : null;
  } catch {
    return null;
  }
}

/** A held lock; `release` removes the file (only if it is still ours). */
export interface OutLock {
  release(): Promise<void>;
}

/**
 * Takes the lock on `outDir` (which must exist). Throws OutputError E_OUT_LOCKED when a live run on this host, or
 * any run on another host (whose pid cannot be checked from here), holds it.
 */
export async function lockOut(outDir: string): Promise<OutLock> {
  const file = path.join(outDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(me) + '\n', { flag: 'wx' });
      return {
        release: async () => {
          const owner = await readOwner(file);
          if (owner?.pid === me.pid && owner.host === me.host) await fs.rm(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = await readOwner(file);
    const stale = owner === null || (owner.host === me.host && !alive(owner.pid));
    if (!stale) {
      const where = owner.host === me.host ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
      throw new OutputError(
        'E_OUT_LOCKED',
        `news-extract: --out ${outDir} is in use by another run (${where}); wait for it to finish, or use another --out (if that run is gone, delete ${file})`,
      );
    }
    await fs.rm(file, { force: true });
  }
  throw new OutputError('E_OUT_LOCKED', `news-extract: could not take the lock ${file}; another run keeps taking it`);
}
