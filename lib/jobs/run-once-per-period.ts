import { db } from '@/lib/db';

/**
 * Runs a periodic task's work at most once per period (e.g. one hour, one day), whichever worker gets there first:
 * the primary key of ScheduledRun decides, not the scheduler. graphile-worker already schedules each cron tick once
 * across workers; this also covers a tick run twice (a retry after a lost completion, a manual run). A failed run
 * removes its row so the retry may run; a worker that dies mid-run leaves the row, and the next period catches up.
 * Returns the work's result, or null when another run had the period.
 */
export async function runOncePerPeriod<T extends Record<string, unknown>>(task: string, period: string, work: () => Promise<T>): Promise<T | null> {
  const claimed = await db.$executeRaw`INSERT INTO "ScheduledRun" ("task", "period") VALUES (${task}, ${period}) ON CONFLICT DO NOTHING`;
  if (claimed === 0) return null;
  try {
    const result = await work();
    await db.scheduledRun.update({ where: { task_period: { task, period } }, data: { finishedAt: new Date(), result: result as object } });
    return result;
  } catch (error) {
    await db.scheduledRun.delete({ where: { task_period: { task, period } } }).catch(() => undefined);
    throw error;
  }
}

/** The hour a time falls in, as a period key: 2026-12-02T13 (UTC). */
export function hourPeriod(at: Date): string {
  return at.toISOString().slice(0, 13);
}
