/**
 * Keskustelu (debates) end to end in Finnish, with axe on every page visited: the Neulamäki coordinator opens a debate
 * from the admin view and a visitor finds it; a resident starts a debate from the public page (an empty form is
 * refused in Finnish first), finds it with their name and corrects it; the coordinator closes a debate with a
 * conclusion, and the conclusion shows at the top of the closed debate.
 */
import { expect, test, demoUsers, expectNoA11yViolations as checkPage } from './fixtures';
import { E2E_BASE_URL } from './env';
import { createPlainResident } from './test-users';

const SPACE = 'Lähiöohjelma 2026 – Neulamäki';
const SPACE_SLUG = 'lahioohjelma-2026-neulamaki';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** From the admin's space list to the debates component's content screen. */
async function openDebatesAdmin(page: import('@playwright/test').Page) {
  const main = page.getByRole('main');
  await page.goto('/fi/admin/spaces');
  await main.getByRole('link', { name: SPACE }).click();
  await main.getByRole('navigation', { name: 'Tilan hallinnan osiot' }).getByRole('link', { name: 'Osat' }).click();
  await main.getByRole('link', { name: 'Hallinnoi sisältöä: Keskustelu' }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Keskustelut');
}

test('a coordinator opens a debate in the admin view and a visitor finds it', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const title = `Mitä koulun pihalle? ${unique()}`;
  const main = page.getByRole('main');

  await signIn(demoUsers.coordinator);
  await openDebatesAdmin(page);
  await expectNoA11yViolations();

  await main.getByRole('link', { name: 'Uusi keskustelu' }).click();
  const form = main.getByRole('form', { name: 'Keskustelun tiedot' });
  await form.getByRole('button', { name: 'Avaa keskustelu' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await expectNoA11yViolations();

  await form.getByLabel('Otsikko suomeksi', { exact: true }).fill(title);
  await form.getByLabel('Otsikko ruotsiksi', { exact: true }).fill(`Vad ska göras på skolgården? ${title}`);
  await form.getByLabel('Kuvaus suomeksi', { exact: true }).fill('## Taustaa\n\nKoulun piha kunnostetaan ensi kesänä. **Mitä sinne pitäisi tulla?**');
  await expect(form.getByRole('checkbox', { name: 'Neulamäki' })).toBeChecked();
  await form.getByRole('button', { name: 'Avaa keskustelu' }).click();
  const row = main.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Avoin');
  await expect(row).toContainText('Kaupunki');
  await expectNoA11yViolations();

  // A visitor who is not signed in finds it on the space's debates, opened by the city.
  const visitorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const visitor = await visitorContext.newPage();
  const vmain = visitor.getByRole('main');
  await visitor.goto(`/fi/spaces/${SPACE_SLUG}`);
  await vmain.getByRole('link', { name: 'Keskustelu', exact: true }).click();
  // Wait for the client-side navigation to land before reloading (a reload too early reloads the space page).
  await expect(vmain.getByRole('heading', { level: 1, name: 'Keskustelu' })).toBeVisible();
  await expect(async () => {
    await visitor.reload();
    await expect(vmain.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  // Visitors are told to sign in to start a debate of their own.
  await expect(vmain.getByRole('link', { name: 'Kirjaudu sisään aloittaaksesi keskustelun.' })).toBeVisible();
  await checkPage(visitor);
  await vmain.getByRole('link', { name: title }).click();
  const article = vmain.getByRole('article', { name: title });
  await expect(article.getByRole('heading', { level: 2, name: 'Taustaa' })).toBeVisible();
  await expect(article).toContainText('Kaupungin avaama');
  await expect(article.getByRole('link', { name: 'Kirjaudu sisään seurataksesi' })).toBeVisible();
  await checkPage(visitor);
  await visitorContext.close();
});

test('a resident starts a debate from the public page and corrects it', async ({ page, signIn, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const title = `Kävelytie koululle on pimeä ${unique()}`;
  const resident = await createPlainResident({ label: 'debater' });
  const main = page.getByRole('main');

  await signIn(resident);
  await page.goto(`/fi/spaces/${SPACE_SLUG}`);
  await main.getByRole('link', { name: 'Keskustelu', exact: true }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Keskustelu' })).toBeVisible();
  await expectNoA11yViolations();
  await main.getByRole('link', { name: 'Aloita uusi keskustelu' }).click();

  const form = main.getByRole('form', { name: 'Keskustelun tiedot' });
  await form.getByRole('button', { name: 'Aloita keskustelu' }).click();
  await expect(form.getByText('Tämä kenttä on pakollinen.').first()).toBeVisible();
  await form.getByLabel('Otsikko').fill('Hei');
  await form.getByRole('button', { name: 'Aloita keskustelu' }).click();
  await expect(form.getByText('Kirjoita vähintään 5 merkkiä.')).toBeVisible();
  await expectNoA11yViolations();

  await form.getByLabel('Otsikko').fill(title);
  await form.getByLabel('Kuvaus').fill('Koulun takana kulkevalta kävelytieltä puuttuu valaistus.\nLapset kulkevat siitä pimeässä.');
  await form.getByRole('checkbox', { name: 'Neulamäki' }).check();
  await form.getByRole('button', { name: 'Aloita keskustelu' }).click();

  const article = main.getByRole('article', { name: title });
  await expect(article).toBeVisible();
  await expect(article).toContainText('Aloittaja: Tavallinen Asukas');
  await expect(article).toContainText('Lapset kulkevat siitä pimeässä.');
  await expect(article).not.toContainText('Kaupungin avaama');
  await expectNoA11yViolations();

  // Nobody has commented yet, so the author may correct it; the link comes from the browser (the page is shared).
  await article.getByRole('link', { name: 'Muokkaa keskusteluasi' }).click();
  const edit = main.getByRole('form', { name: 'Keskustelun tiedot' });
  await expect(edit.getByLabel('Otsikko')).toHaveValue(title);
  await expectNoA11yViolations();
  await edit.getByLabel('Otsikko').fill(`${title} (korjattu)`);
  await edit.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(main.getByRole('article', { name: `${title} (korjattu)` })).toBeVisible();
  await expectNoA11yViolations();

  // It is listed with the resident's name.
  await main.getByRole('link', { name: 'Takaisin: Keskustelu' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Keskustelu' })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(main.getByRole('listitem').filter({ hasText: `${title} (korjattu)` })).toContainText('Tavallinen Asukas', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expectNoA11yViolations();
});

test('a coordinator closes a debate with a conclusion, shown at the top of the closed debate', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const title = `Lähikaupan pysäköinti ${unique()}`;
  const conclusion = `Pysäköintiin tehdään kahden tunnin aikarajoitus kokeiluna kevään ajaksi. ${unique()}`;
  const main = page.getByRole('main');

  await signIn(demoUsers.coordinator);
  await openDebatesAdmin(page);
  await main.getByRole('link', { name: 'Uusi keskustelu' }).click();
  const form = main.getByRole('form', { name: 'Keskustelun tiedot' });
  await form.getByLabel('Otsikko suomeksi', { exact: true }).fill(title);
  await form.getByLabel('Kuvaus suomeksi', { exact: true }).fill('Lähikaupan edessä on iltaisin ahdasta. Miten pysäköinti pitäisi järjestää?');
  await form.getByRole('button', { name: 'Avaa keskustelu' }).click();

  await main.getByRole('link', { name: `Sulje keskustelu: ${title}` }).click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Sulje keskustelu');
  await expectNoA11yViolations();
  const close = main.getByRole('form', { name: 'Yhteenveto' });
  await close.getByRole('button', { name: 'Sulje keskustelu' }).click();
  await expect(close.getByRole('alert').first()).toBeVisible();
  await close.getByLabel('Yhteenveto suomeksi', { exact: true }).fill(conclusion);
  await close.getByRole('button', { name: 'Sulje keskustelu' }).click();
  const row = main.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Suljettu');
  await expect(row.getByRole('button', { name: `Avaa uudelleen: ${title}` })).toBeVisible();
  await expectNoA11yViolations();

  const visitorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const visitor = await visitorContext.newPage();
  const vmain = visitor.getByRole('main');
  await expect(async () => {
    await visitor.goto(`/fi/spaces/${SPACE_SLUG}`);
    await vmain.getByRole('link', { name: 'Keskustelu', exact: true }).click();
    await vmain.getByRole('link', { name: 'Suljetut' }).click();
    await expect(vmain.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await checkPage(visitor);
  await vmain.getByRole('link', { name: title }).click();
  const article = vmain.getByRole('article', { name: title });
  const closedBox = article.getByRole('region', { name: 'Keskustelu on suljettu' });
  await expect(closedBox).toContainText(conclusion);
  // The conclusion comes right after the title, before the description.
  const order = await article.evaluate((el) => {
    const text = el.textContent ?? '';
    return { conclusion: text.indexOf('Keskustelu on suljettu'), description: text.indexOf('Lähikaupan edessä on iltaisin ahdasta') };
  });
  expect(order.conclusion).toBeGreaterThan(-1);
  expect(order.conclusion).toBeLessThan(order.description);
  await checkPage(visitor);
  await visitorContext.close();
});
