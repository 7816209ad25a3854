/**
 * Prisma CLI configuration. This machine cannot download Prisma's Rust schema engine, so the CLI runs the
 * JavaScript (WebAssembly) schema engine through @prisma/adapter-pg. Two defects of the stock adapter are mended
 * here (see docs/decisions/009-prisma-offline.md):
 *  1. catalog columns of PostgreSQL's internal types "char" (oid 18) and name (oid 19) cannot be deserialized,
 *     so the client reports them as text (oid 25);
 *  2. the stock shadow-database handling loses the database name and drops the database while still connected.
 */
import 'dotenv/config';

// `prisma generate` never connects, but the CLI insists on DATABASE_URL (and tries to download engines without it),
// so a fresh clone can generate the client before any database exists.
if (!process.env.DATABASE_URL && process.argv.includes('generate')) {
  process.env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
}
import pg from 'pg';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// Prisma CLI commands idle ~10 s after finishing because of long timers; let the process exit.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if ((ms ?? 0) >= 10_000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

const INTERNAL_TYPE_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };
function patchFields<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) for (const f of fields) if (INTERNAL_TYPE_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  return result;
}

class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      args[args.length - 1] = (err: Error, res: any) => last(err, err ? res : patchFields(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === 'function' ? out.then(patchFields) : out;
  }
}

function poolConfig(database?: string): pg.PoolConfig {
  const url = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: database ?? (url.pathname.slice(1) || 'postgres'),
    Client: CatalogSafeClient,
    allowExitOnIdle: true,
  };
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(database?: string) {
    super(poolConfig(database));
  }
  async connectToShadowDb() {
    const admin = await new PrismaPg(poolConfig()).connect();
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(poolConfig(database)).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new MigrationAdapterFactory(),
});
