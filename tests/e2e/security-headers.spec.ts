/**
 * Every page is served with a nonce-based Content-Security-Policy, and the interactive parts (forms, the map, the
 * language switcher) still work under it: the browser reports no CSP violation while a visitor uses them. Anonymous
 * pages come from a one-second cache (ADR 019): each response must still carry its own nonce, and nothing of a
 * signed-in visitor's page may reach anyone else.
 */
import { demoUsers, expect, test } from './fixtures';

test('pages carry a strict CSP and run without violations', async ({ page, signIn, expectNoA11yViolations }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const response = await page.goto('/fi/areas/neulamaki');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  // The map is drawn by client-side script; it only appears when the nonce let the scripts run.
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expectNoA11yViolations();

  await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'Vaihda kieleksi svenska' }).click();
  await expect(page).toHaveURL(/\/sv\/areas\/neulamaki$/);

  await signIn(demoUsers.resident);
  await expect(page).not.toHaveURL(/sign-in/);
  expect(violations).toEqual([]);
});

test('anonymous pages come from the shared cache, each response with its own nonce', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const res = await request.get('/fi/areas');
    expect(res.status()).toBe(200);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1] ?? '';
    const html = await res.text();
    const inHtml = new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
    // Every script the page carries has this response's nonce, and no other nonce appears anywhere.
    expect([...inHtml]).toEqual([nonce]);
    expect(res.headers()['cache-control']).toContain('no-store');
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(3);
});

test('an anonymous page that redirects still redirects through the cache', async ({ request }) => {
  const res = await request.get('/fi/profile', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()['location']).toMatch(/\/fi\/sign-in\?returnTo=(%2F|\/)profile$/);
});

test("a signed-in visitor's page is never served to anonymous visitors", async ({ page, signIn, request }) => {
  await signIn(demoUsers.resident);
  await page.goto('/fi/spaces');
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  for (let i = 0; i < 3; i += 1) {
    const html = await (await request.get('/fi/spaces')).text();
    expect(html).not.toContain('Kirjaudu ulos');
    expect(html).toContain('Kirjaudu sisään');
  }
});

test('identifiers that cannot exist never give a server error', async ({ request }) => {
  // NUL and other bytes PostgreSQL refuses: whatever the router makes of them, the answer is not a 5xx.
  for (const path of ['/fi/spaces/%00', '/fi/spaces/x%00y', '/fi/spaces/lahioohjelma-2026-neulamaki/c/%00', '/fi/areas/a%00b', '/fi/spaces/%E2%80%AE']) {
    const res = await request.get(path);
    expect(res.status(), path).toBeLessThan(500);
  }
  expect((await request.get('/fi/spaces/x%00y')).status()).toBe(404);
});
