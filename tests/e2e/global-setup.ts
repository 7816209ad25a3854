/**
 * Playwright global setup: a fresh migrated and seeded database (real PostgreSQL, or the embedded one when none
 * answers), a real SMTP sink, and the production server started exactly like `npm start` does it
 * (scripts/start.mjs: prisma generate, migrate deploy, next build when sources changed, next start) on port 3100.
 * The returned function is the global teardown: it stops the server and the sink and drops the database.
 *
 * Tests get: baseURL (playwright.config.ts), SMTP_SINK_DIR (read mail with tests/setup/mailbox.ts or the `mailbox`
 * fixture) and E2E_DATABASE_URL (for a test that must look at the database directly).
 * The server's output goes to .test-output/e2e-server.log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { ROOT, createTestDatabase } from '../setup/test-database';
import { startSmtpSink } from '../setup/smtp-sink';
import { CHROMIUM_PATH, E2E_BASE_URL, E2E_PORT } from './env';

const SERVER_LOG = path.join(ROOT, '.test-output', 'e2e-server.log');
const SERVER_START_TIMEOUT_MS = 10 * 60_000; // includes next build

function log(message: string) {
  console.log(`[e2e setup] ${message}`);
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function tail(file: string, lines = 60): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

async function waitForServer(server: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `The e2e server (scripts/start.mjs) exited with ${server.exitCode ?? server.signalCode} before answering. ` +
          `Last lines of ${path.relative(ROOT, SERVER_LOG)}:\n${tail(SERVER_LOG)}`,
      );
    }
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The e2e server did not answer at ${url} within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${tail(SERVER_LOG)}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return Promise.resolve();
  const pid = server.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 15_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM'); // the whole process group: start.mjs and next start
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export default async function globalSetup(_config: FullConfig) {
  const started = Date.now();
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install Debian's build: apt-get update && apt-get install -y chromium ` +
        `(or set CHROMIUM_PATH). Do not run "npx playwright install".`,
    );
  }
  if (await answers(`${E2E_BASE_URL}/`)) {
    throw new Error(`Something already answers at ${E2E_BASE_URL}; stop it or set E2E_PORT to a free port.`);
  }

  const db = await createTestDatabase({ prefix: 'yhdessa_e2e', seed: true, log });
  const sink = await startSmtpSink();
  log(`database (${db.kind}) and SMTP sink ${sink.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  fs.mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const logFd = fs.openSync(SERVER_LOG, 'w');
  const { NODE_ENV: _nodeEnv, ...inherited } = process.env; // next build / next start set NODE_ENV themselves
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(E2E_PORT),
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '10',
    NEXTAUTH_SECRET: 'e2e-test-secret-0123456789abcdef0123456789abcdef',
    APP_URL: E2E_BASE_URL,
    NEXTAUTH_URL: E2E_BASE_URL,
    ORGANIZATION_SLUG: 'kuopio',
    SMTP_URL: sink.url,
    MAIL_FROM: 'Yhdessä <no-reply@yhdessa.test>',
    MAP_TILE_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const serverStarted = Date.now();
  log(`starting the server on ${E2E_BASE_URL} (build if needed; output in ${path.relative(ROOT, SERVER_LOG)}) …`);
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv, // without NODE_ENV, which Next's types declare as always present
    stdio: ['ignore', logFd, logFd],
    detached: true, // own process group, so teardown can stop next start too
  });
  fs.closeSync(logFd);

  const teardown = async () => {
    await stopServer(server);
    await sink.stop();
    await db.drop();
    fs.rmSync(sink.dir, { recursive: true, force: true });
  };

  try {
    await waitForServer(server, `${E2E_BASE_URL}/`);
  } catch (error) {
    await teardown();
    throw error;
  }
  log(`server ready after ${((Date.now() - serverStarted) / 1000).toFixed(1)} s (setup total ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  process.env.SMTP_SINK_DIR = sink.dir;
  process.env.E2E_DATABASE_URL = db.url;
  return teardown;
}
