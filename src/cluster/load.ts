// Distributed runs need bullmq and ioredis, optional peer dependencies: an installation that never uses --redis
// or `news-extract worker` does without them (25 MB of node_modules instead of 40). The cluster modules that import
// them are loaded here, on first use, so the CLI starts without them and says what to install when they are missing.
import { ClusterError } from './errors';

/** Why a cluster module could not be loaded: the optional packages are missing, or something else went wrong. */
function loadError(e: unknown): never {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const what = e instanceof Error ? e.message : String(e);
  if (code === 'MODULE_NOT_FOUND' && /'(bullmq|ioredis)'/.test(what))
    throw new ClusterError(
      'E_CLUSTER_PACKAGES',
      'news-extract: distributed runs need the optional packages bullmq and ioredis: npm install bullmq@5 ioredis@5',
    );
  throw e;
}

/** The coordinator (src/cluster/coordinator.ts), loaded on first use. */
export async function loadCoordinator(): Promise<typeof import('./coordinator')> {
  return import('./coordinator').catch(loadError);
}

/** The worker (src/cluster/cluster-worker.ts), loaded on first use. */
export async function loadClusterWorker(): Promise<typeof import('./cluster-worker')> {
  return import('./cluster-worker').catch(loadError);
}
