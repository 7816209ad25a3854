import 'server-only';
import { after } from 'next/server';

/**
 * Runs work after the response has been sent, so that its duration cannot be measured by the client (for example
 * whether "forgot password" found an account and mailed it). Outside a request (scripts, integration tests) there
 * is no response to wait for: the work runs at once and is awaited. A failure is logged, never thrown: the caller
 * has already answered. Account mails use it only to look the address up and queue the mail (ADR 023), so that the
 * answer takes as long for an unknown address as for a known one.
 */
export async function runAfterResponse(label: string, task: () => Promise<void>): Promise<void> {
  const guarded = () =>
    task().catch((error: unknown) => {
      console.error(`[after-response] ${label} failed:`, error instanceof Error ? error.message : error);
    });
  let scheduled = false;
  try {
    after(guarded);
    scheduled = true;
  } catch {
    // `after` throws only outside a request scope.
  }
  if (!scheduled) await guarded();
}
