/**
 * Every page is served with a nonce-based Content-Security-Policy, and the interactive parts (forms, the map, the
 * language switcher) still work under it: the browser reports no CSP violation while a visitor uses them. Anonymous
 * pages come from a one-second cache (ADR 019): each response must still carry its own nonce, and nothing of a
 * signed-in visitor's page may reach anyone else. Residents without roles get the same copy marked signed in; role
 * holders never do (ADR 021).
 */
import { demoUsers, expect, test } from './fixtures';
import { createPlainResident, withDatabase } from './test-users';

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
    const res = await request.get('/fi/areas', { headers: { accept: 'text/html' } });
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

test('a page is rendered once for anonymous visitors whatever language their browser asks for (or none)', async ({ request }) => {
  // A fresh area of the demo organization: its page shows its name. Renamed in the database right after the first
  // request, the next requests within the second still get the cached copy; after it, the new name.
  const slug = `valimuisti-${Date.now()}`;
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "Area" ("id", "organizationId", "slug", "kind", "name", "updatedAt") SELECT $1, "id", $1, 'NEIGHBOURHOOD', '{"fi":"Välimuistin alue"}', now() FROM "Organization" WHERE "slug" = 'kuopio'`,
      [slug],
    ),
  );
  try {
    const get = (language?: string) => request.get(`/fi/areas/${slug}`, { headers: { accept: 'text/html', ...(language ? { 'accept-language': language } : {}) } });
    expect(await (await get()).text()).toContain('Välimuistin alue');
    await withDatabase((db) => db.query(`UPDATE "Area" SET "name" = '{"fi":"Uusi nimi"}' WHERE "slug" = $1`, [slug]));
    for (const language of [undefined, 'sv-SE,sv;q=0.9', 'en']) {
      const html = await (await get(language)).text();
      expect(html, `a render for accept-language ${language ?? '(none)'}`).toContain('Välimuistin alue');
    }
    await expect(async () => expect(await (await get()).text()).toContain('Uusi nimi')).toPass({ timeout: 5_000 });
  } finally {
    await withDatabase((db) => db.query(`DELETE FROM "Area" WHERE "slug" = $1`, [slug]));
  }
});

test('an anonymous page that redirects still redirects through the cache', async ({ request }) => {
  const res = await request.get('/fi/profile', { maxRedirects: 0, headers: { accept: 'text/html' } });
  expect(res.status()).toBe(307);
  expect(res.headers()['location']).toMatch(/\/fi\/sign-in\?returnTo=(%2F|\/)profile$/);
});

test("a signed-in visitor's page is never served to anonymous visitors", async ({ page, signIn, request, browser }) => {
  await signIn(demoUsers.resident);
  await page.goto('/fi/spaces');
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  for (let i = 0; i < 3; i += 1) {
    const html = await (await request.get('/fi/spaces', { headers: { accept: 'text/html' } })).text();
    expect(html).not.toMatch(/<html[^>]*data-signed-in/);
  }
  // What an anonymous browser shows: the signed-out variant only (both are in the page, ADR 021).
  const anonymous = await browser.newPage();
  await anonymous.goto('/fi/spaces');
  await expect(anonymous.getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(anonymous.getByRole('button', { name: 'Kirjaudu ulos' })).toBeHidden();
  await anonymous.close();
});

test('a resident without roles gets the shared page marked signed in; a coordinator gets their own', async ({ page, signIn, expectNoA11yViolations }) => {
  await signIn(await createPlainResident());
  for (const path of ['/fi', '/fi/areas/neulamaki', '/fi/spaces/lahioohjelma-2026-neulamaki']) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    // The copy shared with anonymous visitors (its declaration is in it) with the signed-in mark added.
    expect(html).toMatch(/<html data-signed-in=""/);
    expect(html).toContain('<meta name="yhdessa-shared-with-residents" content="yes"/>');
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Omat tiedot' })).toBeVisible();
    await expect(header.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Kirjaudu sisään' })).toBeHidden();
    await expect(header.getByRole('link', { name: 'Hallinta' })).toHaveCount(0);
    await expectNoA11yViolations();
  }
  // The front page's invitation to register is for visitors who are not signed in.
  await page.goto('/fi');
  await expect(page.getByRole('main').getByRole('link', { name: 'Luo tunnus' })).toBeHidden();
});

test('a role holder is never given the shared copy', async ({ page, signIn }) => {
  await signIn(demoUsers.coordinator);
  const response = await page.goto('/fi/spaces/lahioohjelma-2026-neulamaki');
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<html lang="fi" data-signed-in=""/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Hallinta' })).toBeVisible();
});

test('identifiers that cannot exist never give a server error', async ({ request }) => {
  // NUL and other bytes PostgreSQL refuses: whatever the router makes of them, the answer is not a 5xx.
  for (const path of ['/fi/spaces/%00', '/fi/spaces/x%00y', '/fi/spaces/lahioohjelma-2026-neulamaki/c/%00', '/fi/areas/a%00b', '/fi/spaces/%E2%80%AE']) {
    const res = await request.get(path);
    expect(res.status(), path).toBeLessThan(500);
  }
  expect((await request.get('/fi/spaces/x%00y')).status()).toBe(404);
});
