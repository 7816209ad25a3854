import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';

/** One Prisma client per process; the global keeps hot reload in development from opening new pools. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Queries run by clients of this process, counted under tests only (lib/db.ts is the only place that knows). */
export const queryCounter = { value: 0 };

export function createPrismaClient(databaseUrl: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max, allowExitOnIdle: true });
  if (process.env.NODE_ENV !== 'test') return new PrismaClient({ adapter });
  // Tests check that lists run a fixed number of queries however much data there is (tests/setup/query-count.ts).
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => {
    queryCounter.value += 1;
  });
  return client as unknown as PrismaClient;
}

export const db: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Db = PrismaClient;
/** A transaction client or the client itself: domain functions accept either so they compose in transactions. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0] | PrismaClient;
