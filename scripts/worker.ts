/**
 * `npm run worker`: runs background jobs (mail, periodic clean-up) in a process of its own, for production with
 * JOBS_WORKER=off on the web instances (README, docs/decisions/023-background-jobs.md). Run as many as you like;
 * they share the queue in PostgreSQL. `npm run worker -- --once` runs what is due now and exits.
 *
 * Reads DATABASE_URL and the rest of the configuration like the web server (lib/env.ts), and stops with a message
 * naming a bad variable. Stops cleanly on SIGINT/SIGTERM, finishing the jobs in hand.
 */
import 'dotenv/config';
import { env } from '../lib/env';
import { migrateJobQueue, runDueJobs, startWorker } from '../lib/jobs/worker';

async function main() {
  let config;
  try {
    config = env();
  } catch (error) {
    console.error(`\n[worker] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  await migrateJobQueue(config.DATABASE_URL);
  if (process.argv.includes('--once')) {
    await runDueJobs(config.DATABASE_URL);
    console.log('[worker] ran the jobs that were due');
    return;
  }
  const runner = await startWorker({ connectionString: config.DATABASE_URL, concurrency: 4, handleSignals: true });
  console.log('[worker] running; stop with Ctrl+C');
  await runner.promise;
}

main().catch((error: unknown) => {
  console.error('[worker] stopped by an error', error);
  process.exit(1);
});
