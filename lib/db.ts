import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';

/** One Prisma client per process; the global keeps hot reload in development from opening new pools. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max, allowExitOnIdle: true });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Db = PrismaClient;
/** A transaction client or the client itself: domain functions accept either so they compose in transactions. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0] | PrismaClient;
