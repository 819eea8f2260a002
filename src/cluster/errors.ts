/** Exit code of a run stopped by the cluster: Redis unreachable or lost (finished work is kept for --resume). */
export const EXIT_CLUSTER = 4;

/**
 * A cluster failure with a stable code: E_REDIS (unreachable, lost), E_CLUSTER_VERSION (mismatched worker),
 * E_CLUSTER_JOB, E_CLUSTER_PACKAGES (bullmq and ioredis, optional, are not installed).
 */
export class ClusterError extends Error {
  constructor(
    readonly code: 'E_REDIS' | 'E_CLUSTER_VERSION' | 'E_CLUSTER_JOB' | 'E_CLUSTER_PACKAGES',
    message: string,
  ) {
    super(message);
    this.name = 'ClusterError';
  }
}

/** Prefix of a job's failure reason when a worker refused it for a version or settings mismatch. */
export const VERSION_REFUSAL = 'E_CLUSTER_VERSION';
/** Prefix of a job's failure reason when a worker could not load the pipeline for it. */
export const WORKER_REFUSAL = 'E_CLUSTER_WORKER';
