import type { Tx } from '@/lib/db';
import type { TaskName } from './task-names';

export type JobOptions = {
  /** Not before this time (scheduled publication, digests); default now. */
  runAt?: Date;
  /** Attempts before the job is given up; retries wait exp(attempt) seconds, up to about six hours. Default 25. */
  maxAttempts?: number;
  /** A second job with the same key replaces a pending one instead of running twice. */
  jobKey?: string;
};

/**
 * Queues a background job in the caller's transaction (graphile-worker's add_job, docs/decisions/023-background-jobs.md):
 * the job exists exactly when the change that caused it is committed, so nothing is sent about a change that was
 * rolled back, and nothing committed lacks its job. The payload must be JSON; handlers parse it again.
 */
export async function enqueueJob(tx: Tx, task: TaskName, payload: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text
  )`;
}
