/**
 * Integration tests run queued background jobs explicitly (ADR 023): a test sees exactly the mail its own action
 * queued, after every job due now has run — so "nothing was sent" is checked after the queue was drained, not before
 * a background worker happened to get to it.
 */
import { env } from '@/lib/env';
import { runDueJobs } from '@/lib/jobs/worker';
import { waitForMail, type WaitForMailOptions } from './mailbox';

/** Runs every job that is due now (mail sends, clean-up) in this process, then returns. */
export async function runQueuedJobs(): Promise<void> {
  await runDueJobs(env().DATABASE_URL);
}

/** Runs the queued jobs, then waits for the mail as waitForMail does. */
export async function waitForQueuedMail(to: string, options: WaitForMailOptions = {}) {
  await runQueuedJobs();
  return waitForMail(to, options);
}
