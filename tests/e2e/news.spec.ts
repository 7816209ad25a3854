/**
 * Tiedotus (news) end to end in Finnish: the coordinator of Neulamäki writes a news post and publishes it; a visitor
 * who is not signed in finds it on the space's news page, on the Neulamäki area page, on the front page and in the
 * area's Atom feed; a post scheduled for later stays out of sight. axe on every page visited.
 */
import { expect, test, demoUsers, expectNoA11yViolations as checkPage } from './fixtures';
import { E2E_BASE_URL } from './env';

test('a coordinator publishes a news post that visitors find on the space, the area and the front page', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(150_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Puistotyöt alkavat ${suffix}`;
  const scheduledTitle = `Tuleva asukasilta ${suffix}`;
  const main = page.getByRole('main');

  await signIn(demoUsers.coordinator);
  await page.goto('/fi/admin/spaces');
  await main.getByRole('link', { name: 'Lähiöohjelma 2026 – Neulamäki' }).click();
  await main.getByRole('navigation', { name: 'Tilan hallinnan osiot' }).getByRole('link', { name: 'Osat' }).click();
  await main.getByRole('link', { name: 'Hallinnoi sisältöä: Tiedotus' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Tiedotteet');
  await expectNoA11yViolations();

  // An empty form is refused with messages in Finnish; nothing is stored.
  await main.getByRole('link', { name: 'Uusi tiedote' }).click();
  const form = main.getByRole('form', { name: 'Tiedotteen tiedot' });
  await form.getByRole('button', { name: 'Luo tiedote' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await expectNoA11yViolations();

  await form.getByLabel('Otsikko suomeksi', { exact: true }).fill(title);
  await form.getByLabel('Tiivistelmä suomeksi', { exact: true }).fill('Leikkipuiston kunnostus alkaa maanantaina.');
  await form.getByLabel('Teksti suomeksi', { exact: true }).fill('## Mitä tehdään\n\nLeikkipuistoon tulee uudet **keinut** ja penkit.');
  await form.getByRole('radio', { name: 'Julkaise nyt' }).check();
  await form.getByRole('button', { name: 'Luo tiedote' }).click();
  await expect(main.getByRole('link', { name: title })).toBeVisible();
  await expectNoA11yViolations();

  // A second post scheduled for next year is listed for the coordinator only.
  await main.getByRole('link', { name: 'Uusi tiedote' }).click();
  await form.getByLabel('Otsikko suomeksi', { exact: true }).fill(scheduledTitle);
  await form.getByLabel('Teksti suomeksi', { exact: true }).fill('Asukasilta pidetään koululla.');
  await form.getByRole('radio', { name: 'Ajasta julkaisu' }).check();
  await form.getByLabel('Julkaisuaika').fill(`${new Date().getFullYear() + 1}-05-15T18:00`);
  await form.getByRole('button', { name: 'Luo tiedote' }).click();
  await expect(main.getByRole('row').filter({ hasText: scheduledTitle })).toContainText('Ajastettu');

  // A visitor who is not signed in.
  const visitorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const visitor = await visitorContext.newPage();
  const vmain = visitor.getByRole('main');
  await visitor.goto('/fi/spaces/lahioohjelma-2026-neulamaki');
  await vmain.getByRole('link', { name: 'Tiedotus', exact: true }).click();
  await expect(vmain.getByRole('link', { name: title })).toBeVisible();
  await expect(vmain.getByText(scheduledTitle)).toHaveCount(0);
  await checkPage(visitor);
  await vmain.getByRole('link', { name: title }).click();
  await expect(vmain.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(vmain.getByRole('heading', { level: 2, name: 'Mitä tehdään' })).toBeVisible();
  await checkPage(visitor);

  // The shared page cache (ADR 019) shows a change within two seconds.
  await expect(async () => {
    await visitor.goto('/fi/areas/neulamaki');
    await expect(vmain.getByRole('region', { name: 'Uutiset ja tiedotteet' }).getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await checkPage(visitor);
  await expect(async () => {
    await visitor.goto('/fi');
    await expect(vmain.getByRole('region', { name: 'Ajankohtaista' }).getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(vmain.getByText(scheduledTitle)).toHaveCount(0);
  await checkPage(visitor);

  const feed = await visitor.request.get('/fi/areas/neulamaki/news.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('atom');
  const xml = await feed.text();
  expect(xml).toContain(title);
  expect(xml).not.toContain(scheduledTitle);
  await visitorContext.close();
});
