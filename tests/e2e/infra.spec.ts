/**
 * The e2e infrastructure itself (tests/e2e/global-setup.ts, fixtures.ts): the production server runs against the
 * seeded test database, the demo users can sign in through the form, and the mailbox is wired to the SMTP sink.
 */
import { demoUsers, expect, test } from './fixtures';

test('the server answers its health check with the database up', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.ok()).toBe(true);
});

test('a seeded demo user can sign in through the sign-in form', async ({ page, signIn }) => {
  await signIn(demoUsers.resident);
  await expect(page).not.toHaveURL(/sign-in/);
});

test('the mailbox reads the SMTP sink of this run', async ({ mailbox }) => {
  expect(process.env.SMTP_SINK_DIR).toBeTruthy();
  expect(mailbox.read('nobody@example.test')).toEqual([]);
});

test('pages name the site icon, which is served, so browsers never ask for a missing /favicon.ico', async ({ page, request }) => {
  const missing: string[] = [];
  page.on('response', (r) => r.status() === 404 && missing.push(r.url()));
  await page.goto('/fi');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(missing).toEqual([]);
});
