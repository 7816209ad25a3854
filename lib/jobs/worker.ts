import 'server-only';
import { Logger, run, runMigrations, runOnce, type Runner } from 'graphile-worker';
import { CRONTAB, taskList } from './task-list';

/**
 * graphile-worker's own messages at warning level and above, and failed jobs (its "error" lines) — not the
 * per-job chatter. A job's payload is never logged (a mail's payload holds its text).
 */
export const workerLogger = new Logger((scope) => (level, message) => {
  if (level === 'error') console.error(`[jobs] ${scope.taskIdentifier ?? ''} ${message}`.trim());
  else if (level === 'warning') console.warn(`[jobs] ${message}`);
});

export type WorkerOptions = {
  connectionString: string;
  /** Jobs run at once in this process (mail sends wait on the network, so a few help). */
  concurrency?: number;
  /** Install SIGINT/SIGTERM handlers (own process) or leave shutdown to the host (inside the web server). */
  handleSignals?: boolean;
  /** Run the periodic tasks of CRONTAB too (default true). */
  withCron?: boolean;
};

/**
 * Starts a worker: it creates or updates graphile-worker's schema, listens for new jobs (LISTEN/NOTIFY, so a queued
 * mail goes out within milliseconds), runs them with retries and exponential backoff, and schedules the periodic
 * tasks. Several workers (web instances with the inline worker, `npm run worker` processes) share the queue safely.
 */
export function startWorker(options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    maxPoolSize: (options.concurrency ?? 2) + 2,
    noHandleSignals: !options.handleSignals,
    taskList,
    crontab: options.withCron === false ? '' : CRONTAB,
    logger: workerLogger,
  });
}

/** Creates or updates graphile-worker's schema (graphile_worker.*) so that add_job works before any worker runs. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger });
}

/** Runs every job that is due now, then returns (tests, and `npm run worker -- --once`). */
export async function runDueJobs(connectionString: string): Promise<void> {
  await runOnce({ connectionString, taskList, logger: workerLogger, noHandleSignals: true });
}
