/**
 * A fresh, migrated (and optionally seeded) database for one test run.
 *
 * On the PostgreSQL at 127.0.0.1:5432 (or TEST_POSTGRES_URL) when it answers: a new database `<prefix>_<random>`,
 * dropped again by drop(). Otherwise (or with TEST_DB=embedded): the embedded PostgreSQL 17 of `npm start`
 * (scripts/embedded-db.mjs, ADR 012) in a temporary folder on a free loopback port, stopped and removed by drop(). The migrations are those in prisma/migrations, applied with
 * `prisma migrate deploy` exactly as in production.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../scripts/embedded-db.mjs';

export const ROOT = path.resolve(__dirname, '../..');

export type TestDatabase = {
  /** postgresql:// URL of the new database */
  url: string;
  name: string;
  kind: 'postgres' | 'embedded';
  /** Drops the database (or stops the embedded server). Safe to call twice. */
  drop: () => Promise<void>;
};

export type TestDatabaseOptions = {
  /** database name prefix, default yhdessa_test */
  prefix?: string;
  /** run prisma migrate deploy (default true) */
  migrate?: boolean;
  /** run prisma/seed.ts with demo users when it exists (default false) */
  seed?: boolean;
  /** printed to say where the database is; default console.log */
  log?: (message: string) => void;
};

const DEFAULT_ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function postgresAnswers(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a node script with the project's binaries; output is shown only when it fails. */
export function runNode(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed with exit code ${code}:\n${output}`));
    });
  });
}

export async function migrateDatabase(url: string): Promise<void> {
  await runNode('prisma migrate deploy', [path.join(ROOT, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    ...process.env,
    DATABASE_URL: url,
  });
  // The job queue's schema, as `npm run db:migrate` and npm start create it (ADR 023).
  await runNode('job queue schema', [path.join(ROOT, 'scripts/migrate-job-queue.mjs')], { ...process.env, DATABASE_URL: url });
}

export async function seedDatabase(url: string): Promise<boolean> {
  const seedFile = path.join(ROOT, 'prisma/seed.ts');
  if (!fs.existsSync(seedFile)) return false;
  await runNode('seed (prisma/seed.ts)', [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), seedFile], {
    ...process.env,
    DATABASE_URL: url,
    SEED_DEMO_USERS: 'true',
  });
  return true;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const { prefix = 'yhdessa_test', migrate = true, seed = false, log = console.log } = options;
  const adminUrl = process.env.TEST_POSTGRES_URL || DEFAULT_ADMIN_URL;
  const useEmbedded = process.env.TEST_DB === 'embedded' || !(await postgresAnswers(adminUrl));

  let db: TestDatabase;
  if (useEmbedded) {
    const embedded = await startEmbeddedPostgres({ port: 0, rootDir: ROOT });
    db = { url: embedded.url, name: 'yhdessa', kind: 'embedded', drop: embedded.stop };
    log(`[test-database] no PostgreSQL at ${redact(adminUrl)}; using a temporary embedded PostgreSQL at ${redact(embedded.url)}`);
  } else {
    const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    let dropped = false;
    db = {
      url: url.toString(),
      name,
      kind: 'postgres',
      drop: async () => {
        if (dropped) return;
        dropped = true;
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
    log(`[test-database] created database ${name} on ${redact(adminUrl)}`);
  }

  try {
    if (migrate) await migrateDatabase(db.url);
    if (seed) await seedDatabase(db.url);
  } catch (error) {
    await db.drop().catch(() => {});
    throw error;
  }
  return db;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
