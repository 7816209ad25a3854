/**
 * The README's production path, run literally against the build that the global setup made: a clean database,
 * `npm run db:migrate`, `npm run org:create`, then `JOBS_WORKER=off node scripts/serve.mjs` (Next.js behind the request
 * guard, not npm start) with production settings and `npm run worker` — the new organization's first admin signs in,
 * and a mail queued by the web server is attempted by the worker, its failure (no SMTP server listens) shown to the
 * admin. Also: a bad
 * configuration value stops the server at once with the variable's name, production refuses to run without SMTP, and an https APP_URL gives Secure
 * cookies and https redirects without NEXTAUTH_URL being set.
 *
 * These servers listen on E2E_SECOND_PORT (default E2E_PORT + 100), one at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { ROOT, createTestDatabase, type TestDatabase } from '../setup/test-database';
import { E2E_PORT } from './env';
import { expect, expectNoA11yViolations, test } from './fixtures';

const PORT = Number(process.env.E2E_SECOND_PORT || E2E_PORT + 100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SERVE = path.join(ROOT, 'scripts/serve.mjs');

type Server = { process: ChildProcess; output: () => string; exited: Promise<number | null>; stop: () => Promise<void> };

/** Production settings as an operator would give them: only what the README lists, nothing that npm start adds. */
function productionEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|NEXTAUTH_URL|APP_URL|SMTP_URL|MAIL_OUTBOX|DATABASE_URL|ORGANIZATION_SLUG|IMAGE_HOSTS|SEED_DEMO.*)$/.test(key)),
  );
  const env: Record<string, string | undefined> = {
    ...inherited,
    NODE_ENV: 'production',
    NEXTAUTH_SECRET: 'production-path-secret-0123456789abcdef0123456789',
    APP_URL: BASE_URL,
    SMTP_URL: 'smtp://127.0.0.1:2', // nothing is mailed in these tests; the address only has to be valid
    MAIL_FROM: 'Mikkeli <no-reply@mikkeli.example>',
    MAP_TILE_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
    ...overrides,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The mail deliveries recorded in a database: state and attempts, oldest first. */
async function deliveries(url: string): Promise<{ status: string; attempts: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT status::text, attempts FROM "MailDelivery" ORDER BY "createdAt"')).rows;
  } finally {
    await client.end();
  }
}

/** The production server on the existing build, as the README's "PORT=3000 node scripts/serve.mjs" line does. */
function startNext(env: NodeJS.ProcessEnv): Server {
  const child = spawn(process.execPath, [SERVE], {
    cwd: ROOT,
    env: { ...env, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { process: child, output: () => output, exited, stop };
}

async function waitUntilServing(server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`the server exited with ${server.process.exitCode}:\n${server.output()}`);
    try {
      const res = await fetch(`${BASE_URL}/api/health`);
      if (res.status === 200) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer within 60 s:\n${server.output()}`);
}

async function expectRefusedAtStart(env: NodeJS.ProcessEnv, variable: string, explanation: RegExp) {
  const server = startNext(env);
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000));
  try {
    const code = await Promise.race([server.exited, timeout]);
    expect(code, `the server kept running with a bad ${variable}:\n${server.output()}`).not.toBe('timeout');
    expect(code).not.toBe(0);
    expect(server.output()).toMatch(new RegExp(`- ${variable}: `));
    expect(server.output()).toMatch(explanation);
  } finally {
    await server.stop();
  }
}

test.describe('the production path of the README', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  let db: TestDatabase | undefined;
  test.afterAll(async () => {
    await db?.drop();
  });

  test('a bad configuration value stops the server at once, naming the variable', async () => {
    await expectRefusedAtStart(productionEnv({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', APP_URL: 'notaurl' }), 'APP_URL', /absolute http/);
  });

  test('production refuses to start without SMTP_URL, since reset links would land in the admins’ outbox', async () => {
    await expectRefusedAtStart(
      productionEnv({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', SMTP_URL: undefined }),
      'SMTP_URL',
      /outbox, which organization admins can read/,
    );
  });

  test('migrate, org:create and serve.mjs on a clean database: the first admin signs in', async ({ page }) => {
    db = await createTestDatabase({ prefix: 'yhdessa_prodpath', migrate: false, log: () => {} });
    const env = productionEnv({ DATABASE_URL: db.url, ORGANIZATION_SLUG: 'mikkeli', ORG_ADMIN_PASSWORD: 'Mikkeli-ensimmainen-2026' });

    // = npm run db:migrate: the app's migrations, then the job queue's schema.
    const migrate = await run([path.join(ROOT, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], env);
    expect(migrate.code, migrate.output).toBe(0);
    const migrateJobs = await run([path.join(ROOT, 'scripts/migrate-job-queue.mjs')], env);
    expect(migrateJobs.code, migrateJobs.output).toBe(0);

    // The demo seed refuses to run in production and leaves the database empty.
    const seed = await run([path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'prisma/seed.ts'], env);
    expect(seed.code).toBe(1);
    expect(seed.output).toContain('npm run org:create');

    const create = await run(
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/create-organization.ts', // = npm run org:create --
        '--slug', 'mikkeli',
        '--name', 'Mikkelin kaupunki',
        '--name-sv', 'S:t Michels stad',
        '--name-en', 'City of Mikkeli',
        '--admin-email', 'anna.admin@mikkeli.example',
        '--admin-name', 'Anna Ylläpitäjä',
      ],
      env,
    );
    expect(create.code, create.output).toBe(0);
    expect(create.output).toContain('created the organization "mikkeli"');
    expect(create.output).not.toContain('Mikkeli-ensimmainen-2026'); // a given password is never echoed

    const server = startNext({ ...env, JOBS_WORKER: 'off' });
    try {
      await waitUntilServing(server);
      await page.goto(`${BASE_URL}/fi`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Mikkelin kaupunki');
      await expect(page.getByText('Kuopio', { exact: false })).toHaveCount(0);
      await expectNoA11yViolations(page);

      await page.goto(`${BASE_URL}/fi/sign-in`);
      const main = page.getByRole('main');
      await main.getByLabel('Sähköposti', { exact: true }).fill('anna.admin@mikkeli.example');
      await main.getByLabel('Salasana', { exact: true }).fill('Mikkeli-ensimmainen-2026');
      await main.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
      await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);

      await page.goto(`${BASE_URL}/fi/admin/organization`);
      await expect(main.getByRole('heading', { level: 1, name: 'Organisaation asetukset' })).toBeVisible();
      await expect(main.getByLabel('Organisaation nimi suomeksi')).toHaveValue('Mikkelin kaupunki');
      await expectNoA11yViolations(page);

      // Signing out returns to this server (APP_URL), not to localhost.
      await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
      await expect(page).toHaveURL(`${BASE_URL}/fi`);

      // A forgotten password queues a mail; with JOBS_WORKER=off the web server leaves it to `npm run worker`.
      await page.goto(`${BASE_URL}/fi/forgot-password`);
      const requestForm = main.getByRole('form', { name: 'Unohtunut salasana' });
      await requestForm.getByLabel('Sähköposti').fill('anna.admin@mikkeli.example');
      await requestForm.getByRole('button', { name: 'Lähetä linkki' }).click();
      await expect(requestForm.getByRole('status')).toContainText('Jos osoitteella on tili');
      await expect.poll(() => deliveries(db!.url), { timeout: 15_000 }).toEqual([{ status: 'PENDING', attempts: 0 }]);
      const worker = await run([path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/worker.ts', '--once'], env);
      expect(worker.code, worker.output).toBe(0);
      // SMTP_URL points where nothing listens: the attempt is recorded, to be retried later.
      expect(await deliveries(db!.url)).toEqual([{ status: 'PENDING', attempts: 1 }]);

      await page.goto(`${BASE_URL}/fi/sign-in`);
      await main.getByLabel('Sähköposti', { exact: true }).fill('anna.admin@mikkeli.example');
      await main.getByLabel('Salasana', { exact: true }).fill('Mikkeli-ensimmainen-2026');
      await main.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
      await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
      await page.goto(`${BASE_URL}/fi/admin/mail?status=PENDING`);
      const row = main.getByRole('row').filter({ hasText: 'anna.admin@mikkeli.example' });
      await expect(row).toContainText('Salasanan vaihtolinkki');
      await expect(row).toContainText('ECONNREFUSED');
      await expectNoA11yViolations(page);
    } finally {
      await server.stop();
    }
  });

  test('with an https APP_URL and no NEXTAUTH_URL, cookies are Secure and next-auth redirects to APP_URL', async () => {
    test.skip(!db, 'needs the database of the previous test');
    const server = startNext(productionEnv({ DATABASE_URL: db!.url, ORGANIZATION_SLUG: 'mikkeli', APP_URL: 'https://osallistu.mikkeli.example' }));
    try {
      await waitUntilServing(server);
      const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
      const cookies = csrf.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/^__(Host|Secure)-next-auth\./);
        expect(cookie).toMatch(/; Secure/i);
      }
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const signOut = await fetch(`${BASE_URL}/api/auth/signout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.map((c) => c.split(';')[0]).join('; ') },
        body: new URLSearchParams({ csrfToken, callbackUrl: '/fi' }).toString(),
      });
      expect(signOut.status).toBe(302);
      expect(signOut.headers.get('location')).toBe('https://osallistu.mikkeli.example/fi');
    } finally {
      await server.stop();
    }
  });
});
