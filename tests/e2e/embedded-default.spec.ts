/**
 * The newcomer's path on the embedded default (ADR 012): `npm start` without DATABASE_URL, as on a fresh clone, on a
 * database folder of its own. The app is left idle past the connection pool's idle timeout (pg's default, 10 s), so
 * the pool replaces its connections; then three demo users sign in one after another with pauses, one stores a
 * change, the app restarts on the same folder, and the change is still there.
 *
 * This is the journey that failed with PGlite (ADR 008): sign-in broke about ten seconds after the first sign-in,
 * while every test on PostgreSQL 15 passed. It reuses the production build made by global-setup.ts (--no-build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../setup/test-database';
import { E2E_PORT } from './env';
import { demoUsers, expect, expectNoA11yViolations, signIn, test } from './fixtures';

const PORT = E2E_PORT + 50;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const WORK_DIR = path.join(ROOT, '.test-output', 'embedded-default');
const DATA_DIR = path.join(WORK_DIR, 'postgres');
const POOL_IDLE_TIMEOUT_MS = 10_000;
const PAUSE_MS = POOL_IDLE_TIMEOUT_MS + 2_000;

type Server = { process: ChildProcess; logFile: string };

function removeWorkDir() {
  fs.rmSync(WORK_DIR, { recursive: true, force: true });
}

async function startApp(label: string): Promise<Server> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, `${label}.log`);
  const fd = fs.openSync(logFile, 'w');
  const { NODE_ENV: _nodeEnv, DATABASE_URL: _databaseUrl, SMTP_URL: _smtpUrl, ...inherited } = process.env;
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(PORT),
    APP_URL: BASE_URL,
    NEXTAUTH_URL: BASE_URL,
    NEXTAUTH_SECRET: 'e2e-embedded-default-secret-0123456789abcdef',
    EMBEDDED_DB_DIR: DATA_DIR,
    EMBEDDED_DB_PORT: String(54_000 + (E2E_PORT % 1000)),
    MAP_TILE_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--no-build'], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv, // without NODE_ENV, which Next's types declare as always present
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  fs.closeSync(fd);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const answered = await fetch(`${BASE_URL}/api/health`).then((r) => r.status === 200, () => false);
    if (answered) return { process: child, logFile };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopApp({ process: child, logFile });
  throw new Error(`npm start on the embedded database did not become healthy:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
}

async function stopApp(server: Server): Promise<void> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM'); // start.mjs passes it on and closes the embedded database cleanly
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

const pause = () => new Promise((r) => setTimeout(r, PAUSE_MS));

test.describe('npm start on the embedded database', () => {
  let server: Server | undefined;
  test.beforeAll(removeWorkDir);
  test.afterAll(async () => {
    if (server) await stopApp(server);
    removeWorkDir();
  });

  test('keeps signing in after idling, and keeps what was stored across a restart', async ({ browser }) => {
    test.setTimeout(360_000);
    server = await startApp('first-start');
    const birthYear = String(1950 + Math.floor(Math.random() * 50));

    await pause(); // the pool closes its idle connections; the next queries run on new ones
    for (const [index, email] of [demoUsers.resident, demoUsers.coordinator, demoUsers.youth].entries()) {
      const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fi-FI' });
      const page = await context.newPage();
      await signIn(page, email);
      if (index === 0) {
        await expectNoA11yViolations(page);
        await page.goto('/fi/profile');
        const form = page.getByRole('form', { name: 'Perustiedot' });
        await form.getByRole('textbox', { name: 'Syntymävuosi' }).fill(birthYear);
        await form.getByRole('button', { name: 'Tallenna tiedot' }).click();
        await expect(form.getByRole('status')).toHaveText('Tiedot tallennettu.');
        await expectNoA11yViolations(page);
      }
      await context.close();
      await pause();
    }

    await stopApp(server);
    server = await startApp('restart');
    const log = fs.readFileSync(server.logFile, 'utf8');
    expect(log, 'the restart must reuse the seeded database').toContain('seed skipped');

    const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fi-FI' });
    const page = await context.newPage();
    await signIn(page, demoUsers.resident);
    await page.goto('/fi/profile');
    await expect(page.getByRole('form', { name: 'Perustiedot' }).getByRole('textbox', { name: 'Syntymävuosi' })).toHaveValue(birthYear);
    await expectNoA11yViolations(page);
    await context.close();
  });
});
