import { queryCounter } from '@/lib/db';

/** How many database queries `work` ran (Prisma's query events; the test's own process only). */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const before = queryCounter.value;
  await work();
  return queryCounter.value - before;
}
