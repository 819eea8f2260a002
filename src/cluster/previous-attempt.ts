// A coordinator killed mid-run leaves its window of jobs in Redis. The next attempt of the same run (same inputs,
// options and --out) settles them before it enqueues anything.
import type { Job, Queue } from 'bullmq';
import type { Finished } from '../batch/article-result';
import { completedResults } from './job-outcome';
import type { ChunkJob } from './wire';

/** Job states a run's jobs can be found in. */
const STATES = ['completed', 'failed', 'wait', 'waiting', 'delayed', 'prioritized', 'paused', 'active'] as const;
/** Jobs listed per call. */
const PAGE = 500;

async function jobsOfRun(queue: Queue, runId: string): Promise<Job<ChunkJob>[]> {
  const out: Job<ChunkJob>[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = (await queue.getJobs([...STATES], start, start + PAGE - 1, true)) as Job<ChunkJob>[];
    out.push(...page.filter((j) => j.name === runId));
    if (page.length < PAGE) return out;
  }
}

/**
 * Settles the jobs an earlier attempt of `runId` left: with `resume`, completed chunks are handed to `keep` (their
 * articles count as done); every other job is removed, and its articles are enqueued again by this attempt. Jobs a
 * worker is still running cannot be removed: their ids are returned, to be collected like this attempt's own (an
 * article may then be processed twice; the merge keeps one copy, both being identical).
 */
export async function settlePreviousAttempt(
  queue: Queue,
  runId: string,
  resume: boolean,
  keep: (r: Finished) => void,
): Promise<string[]> {
  const running: string[] = [];
  for (const job of await jobsOfRun(queue, runId)) {
    if (job.id === undefined) continue;
    if (resume && job.finishedOn !== undefined && !job.failedReason) {
      for (const r of completedResults({
        id: job.id,
        returnvalue: JSON.stringify(job.returnvalue),
        failedReason: null,
        data: null,
      }))
        keep(r);
    }
    const removed = await queue.remove(job.id);
    if (removed === 0 && resume) running.push(job.id);
  }
  return running;
}
