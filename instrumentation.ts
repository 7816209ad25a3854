/**
 * Runs once when a server process starts (next start, next dev, or any other way of serving the build), before
 * it answers a request (lib/startup-check.ts, ADR 017), and starts the inline job worker (ADR 023). NEXT_RUNTIME is inlined by the compiler, so the edge-style
 * bundles never include the Node.js-only check.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigurationAtStart } = await import('@/lib/startup-check');
    checkConfigurationAtStart();
    // Background jobs inside this server unless JOBS_WORKER=off (docs/decisions/023-background-jobs.md).
    const { startInlineWorker } = await import('@/lib/jobs/inline-worker');
    startInlineWorker();
  }
}
