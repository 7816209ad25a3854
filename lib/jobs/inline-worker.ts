import 'server-only';
import { env } from '@/lib/env';
import { startWorker } from './worker';

const globalForWorker = globalThis as unknown as { yhdessaInlineWorker?: Promise<unknown> };

/**
 * Starts the job worker inside the web server process (JOBS_WORKER=inline, the default; instrumentation.ts), once per
 * process even under hot reload. Production runs `npm run worker` instead and sets JOBS_WORKER=off on web instances
 * (README). A failure to start is logged; the web server keeps serving and jobs wait in the queue.
 */
export function startInlineWorker(): void {
  if (env().JOBS_WORKER !== 'inline' || globalForWorker.yhdessaInlineWorker) return;
  globalForWorker.yhdessaInlineWorker = startWorker({ connectionString: env().DATABASE_URL, concurrency: 2 }).catch((error: unknown) => {
    console.error('[jobs] the inline worker could not start; queued jobs wait for a worker', error);
    globalForWorker.yhdessaInlineWorker = undefined;
  });
}
