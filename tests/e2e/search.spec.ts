/**
 * Haku (organization-wide search, ADR 032) end to end with axe on every page: the header's link opens the search, a
 * Finnish search finds the demo's debates and comments with the words marked, the kind filter keeps only comments,
 * a Swedish search finds Swedish text by its stem, and a malformed address gets a message instead of an error page.
 */
import { expect, test } from './fixtures';

test('a visitor searches from the header, filters by kind and pages the results', async ({ page, expectNoA11yViolations }) => {
  const main = page.getByRole('main');
  await page.goto('/fi');
  await page.getByRole('banner').getByRole('link', { name: 'Haku', exact: true }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Haku' })).toBeVisible();
  const form = main.getByRole('search', { name: 'Sivuston haku' });
  await expectNoA11yViolations();

  await form.getByLabel('Hakusanat').fill('valaistus');
  await form.getByRole('button', { name: 'Hae' }).click();
  const results = main.getByRole('region', { name: 'Hakutulokset' });
  await expect(results.getByRole('status')).toHaveText(/\d+ hakutulosta? haulle ”valaistus”\./);
  await expect(results.getByRole('link', { name: 'Kävelytie koululle on pimeä', exact: true })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/valaistus/i);
  await expectNoA11yViolations();

  await form.getByLabel('Sisältö').selectOption({ label: 'Kommentit' });
  await form.getByRole('button', { name: 'Hae' }).click();
  await expect(page).toHaveURL(/laji=kommentit/);
  const items = results.getByRole('listitem');
  await expect(items.first()).toContainText('Kommentti');
  for (const text of await items.allInnerTexts()) expect(text).toContain('Kommentti');
  await expectNoA11yViolations();
});

test('a Swedish search finds inflected Swedish text', async ({ page, expectNoA11yViolations }) => {
  const main = page.getByRole('main');
  await page.goto('/sv/haku?q=parken');
  await expect(main.getByRole('heading', { level: 1, name: 'Sök' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Sökresultat' }).getByRole('status')).toHaveText(/\d+ sökresultat för ”parken”\./);
  await expect(main.locator('mark').first()).toHaveText(/park/i);
  await expectNoA11yViolations();
});

test('a malformed address gets a message and the form, not an error page', async ({ page, expectNoA11yViolations }) => {
  const main = page.getByRole('main');
  const response = await page.goto(`/fi/haku?q=${'a'.repeat(201)}&laji=kommentit`);
  expect(response?.status()).toBe(200);
  await expect(main.getByRole('alert')).toHaveText('Haku on liian pitkä: enintään 200 merkkiä. Lyhennä hakua.');
  await expect(main.getByRole('search', { name: 'Sivuston haku' })).toBeVisible();
  await expectNoA11yViolations();
});
