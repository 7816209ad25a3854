#!/usr/bin/env node
// Creates or updates the job queue's schema (graphile_worker.*) in DATABASE_URL, after `prisma migrate deploy`
// (`npm run db:migrate`, scripts/start.mjs, the test databases): web instances queue jobs with graphile_worker.add_job
// in their own transactions, so the schema must exist before the first request, not only once a worker has started.
import 'dotenv/config';
import { runMigrations } from 'graphile-worker';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('[jobs] DATABASE_URL is not set');
  process.exit(1);
}
// Quiet unless something is wrong: the migrations either apply or throw.
const logFactory = () => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[jobs] ${message}`);
};
const { Logger } = await import('graphile-worker');
await runMigrations({ connectionString, logger: new Logger(logFactory) });
