/**
 * Ideat end to end in Finnish, with axe on every page visited: a resident submits an idea in steps with a map pin and
 * a photo, sees similar ideas before publishing, and finds it in the list and on the map; another resident supports
 * it with the keyboard only and comments on it; the coordinator assigns the evaluator, who reviews it and estimates
 * the cost; the coordinator publishes the answer and the author receives it by mail over the test SMTP server.
 * Staff enter an idea collected in person; residents and another space's evaluator cannot reach the review.
 */
import sharp from 'sharp';
import type { Browser, Page } from '@playwright/test';
import { expect, test, demoUsers, expectNoA11yViolations as checkPage, signIn as signInAs } from './fixtures';
import { E2E_BASE_URL } from './env';
import { createPlainResident, withDatabase } from './test-users';

const SPACE_SLUG = 'lahioohjelma-2026-neulamaki';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function asUser(browser: Browser, email: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  await signInAs(page, email);
  return { page, close: () => context.close() };
}

async function ideasPath(spaceSlug = SPACE_SLUG): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT c.id FROM "Component" c JOIN "Space" s ON s.id = c."spaceId" WHERE s.slug = $1 AND c.kind = 'ideas' LIMIT 1`,
      [spaceSlug],
    );
    return `/fi/spaces/${spaceSlug}/c/${rows[0]!.id}`;
  });
}

async function spaceId(slug = SPACE_SLUG): Promise<string> {
  return withDatabase(async (client) => (await client.query<{ id: string }>('SELECT id FROM "Space" WHERE slug = $1', [slug])).rows[0]!.id);
}

async function photo(): Promise<Buffer> {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#9bd"/><rect y="500" width="1200" height="300" fill="#6a5"/></svg>';
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

test('a resident submits an idea with a pin and a photo; others support and comment; it is reviewed, answered and the author is told by mail', async ({ page, browser, signIn, mailbox, expectNoA11yViolations }) => {
  test.setTimeout(420_000);
  const suffix = unique();
  const title = `Kuntoportaat koulun mäkeen ${suffix}`;
  const author = await createPlainResident({ label: 'ideoija' });
  const base = await ideasPath();
  const main = page.getByRole('main');

  await signIn(author);
  await page.goto(base);
  await expect(main.getByRole('heading', { level: 1, name: 'Ideat' })).toBeVisible();
  await expectNoA11yViolations();
  await main.getByRole('link', { name: 'Jätä idea' }).click();

  // Step 1: an empty form is refused in Finnish, then the basics.
  const basics = main.getByRole('form', { name: 'Mikä on ideasi?' });
  await basics.getByRole('button', { name: 'Tallenna ja jatka' }).click();
  await expect(basics.getByRole('alert').first()).toBeVisible();
  await expectNoA11yViolations();
  await basics.getByLabel('Otsikko').fill(title);
  await basics.getByLabel('Kuvaus').fill('Koulun takana olevaan mäkeen kuntoportaat, joita nuoret ja koululaiset voisivat käyttää liikuntatunneilla ja iltaisin.');
  await basics.getByLabel('Teema').selectOption({ label: 'Liikunta ja leikki' });
  await basics.getByRole('button', { name: 'Tallenna ja jatka' }).click();

  // Step 2: a typed place and a pin in the middle of the area's map.
  const where = main.getByRole('form', { name: 'Missä?' });
  await expect(where).toBeVisible();
  await where.getByLabel('Osoite tai paikan kuvaus').fill('Koulun takana oleva mäki');
  const map = where.getByRole('region', { name: 'Kartta idean paikan merkitsemiseen' });
  await expect(map.locator('.leaflet-container, .leaflet-pane').first()).toBeAttached();
  await map.click();
  await expect(where.getByText(/Valittu paikka: leveysaste 62\.8/)).toBeVisible();
  await expectNoA11yViolations();
  await where.getByRole('button', { name: 'Tallenna ja jatka' }).click();

  // Step 3: two photos with descriptions; the second is removed again.
  const addPhoto = async (name: string, alt: string) => {
    const photoForm = main.getByRole('form', { name: 'Lisää kuva' });
    await photoForm.getByLabel('Valitse kuva').setInputFiles({ name, mimeType: 'image/jpeg', buffer: await photo() });
    await expect(photoForm.getByRole('figure')).toBeVisible();
    await photoForm.getByLabel('Kuvan sisällön kuvaus').fill(alt);
    await photoForm.getByRole('button', { name: 'Lisää kuva ideaan' }).click();
  };
  await addPhoto('maki.jpg', `Jyrkkä mäki koulun takana ${suffix}`);
  const photos = main.getByRole('list', { name: 'Idean kuvat' });
  await expect(photos.getByRole('form', { name: 'Kuva 1' })).toBeVisible();
  await addPhoto('toinen.jpg', 'Toinen kuva');
  await expect(photos.getByRole('form', { name: 'Kuva 2' })).toBeVisible();
  await expect(main.getByText('Voit liittää ideaan enintään 5 kuvaa (nyt 2).')).toBeVisible();
  await expectNoA11yViolations();
  await photos.getByRole('button', { name: 'Poista kuva: Kuva 2' }).click();
  await photos.getByRole('group', { name: 'Poistetaanko kuva ideasta?' }).getByRole('button', { name: 'Poista kuva' }).click();
  await expect(photos.getByRole('form', { name: 'Kuva 2' })).toHaveCount(0);
  await main.getByRole('link', { name: 'Jatka', exact: true }).click();

  // Step 4: the seed's fitness stairs idea is shown as similar before publishing.
  await expect(main.getByRole('heading', { name: 'Samankaltaisia ideoita' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Kuntoportaat Puijonlaakson rinteeseen' })).toBeVisible();
  await expectNoA11yViolations();
  await main.getByRole('button', { name: 'Julkaise idea' }).click();
  const article = main.getByRole('article', { name: title });
  await expect(article).toBeVisible();
  await expect(page).toHaveTitle(/^Ideat – /);
  await expect(article.getByText('Jätetty', { exact: true })).toBeVisible();
  await expect(article.getByRole('img', { name: `Jyrkkä mäki koulun takana ${suffix}` })).toBeVisible();
  await expect(article.getByText('Koulun takana oleva mäki')).toBeVisible();
  await expectNoA11yViolations();
  const ideaUrl = new URL(page.url()).pathname;

  // The list finds it by a stemmed word, and the map shows its pin.
  await page.goto(`${base}?haku=kuntoportaat`);
  await expect(main.getByRole('link', { name: title })).toBeVisible();
  await expectNoA11yViolations();
  await main.getByRole('link', { name: 'Kartta' }).click();
  await expect(main.getByText(/ideaa? kartalla/)).toBeVisible();
  await expect(main.getByRole('region', { name: 'Ideat kartalla' }).locator(`[title="${title}"]`)).toBeAttached();
  await expect(main.getByRole('link', { name: title })).toBeVisible();
  await expectNoA11yViolations();

  // Another resident supports it with the keyboard alone and comments.
  const supporterEmail = await createPlainResident({ label: 'kannattaja' });
  const supporter = await asUser(browser, supporterEmail);
  await supporter.page.goto(ideaUrl);
  const supportButton = supporter.page.getByRole('button', { name: 'Kannatan' });
  await expect(supportButton).toBeVisible();
  await supporter.page.getByRole('heading', { level: 2, name: 'Kannatus' }).click();
  for (let i = 0; i < 10 && !(await supportButton.evaluate((el) => el === document.activeElement)); i++) await supporter.page.keyboard.press('Tab');
  await expect(supportButton).toBeFocused();
  await supporter.page.keyboard.press('Enter');
  await expect(supporter.page.getByRole('button', { name: 'Kannatat tätä ideaa' })).toHaveAttribute('aria-pressed', 'true');
  await expect(supporter.page.getByText('Kannatuksia nyt 1')).toBeVisible();
  const commentForm = supporter.page.getByRole('main').locator('form').filter({ has: supporter.page.getByLabel('Kommenttisi', { exact: true }) });
  await commentForm.getByLabel('Kommenttisi', { exact: true }).fill('Hyvä idea, käyttäisin portaita joka päivä!');
  await commentForm.getByRole('button', { name: 'Lähetä kommentti' }).click();
  await expect(commentForm.getByRole('status')).toHaveText('Kommenttisi on julkaistu.');
  await checkPage(supporter.page);

  // The author invites the supporter as a co-author (the address is shown to the author only); the supporter
  // accepts from the idea page, and both names are shown.
  await page.goto(ideaUrl);
  await main.getByRole('link', { name: 'Kanssakirjoittajat' }).click();
  const invite = main.getByRole('form', { name: 'Kutsu kanssakirjoittaja' });
  await invite.getByLabel('Sähköpostiosoite').fill(supporterEmail);
  await invite.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(invite.getByRole('status')).toContainText('Kutsu tallennettu.');
  await expect(main.getByRole('region', { name: 'Vastausta odottavat kutsut' }).getByText(supporterEmail)).toBeVisible();
  await expectNoA11yViolations();
  await supporter.page.goto(ideaUrl);
  await supporter.page.getByRole('link', { name: /^Sinut on kutsuttu tämän idean kanssakirjoittajaksi/ }).click();
  await expect(supporter.page.getByRole('heading', { name: 'Kutsu kanssakirjoittajaksi' })).toBeVisible();
  await checkPage(supporter.page);
  await supporter.page.getByRole('button', { name: 'Hyväksy kutsu' }).click();
  await expect(supporter.page).toHaveURL(new RegExp(`${ideaUrl}$`));
  await expect(async () => {
    await supporter.page.reload();
    await expect(supporter.page.getByRole('main').getByText(/^Idean jättivät .+ ja /)).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(supporter.page.getByRole('main').getByText(supporterEmail)).toHaveCount(0);
  await supporter.close();

  // The coordinator assigns the evaluator with a due date.
  const coordinator = await asUser(browser, demoUsers.coordinator);
  const ideaId = ideaUrl.split('/').pop()!;
  await coordinator.page.goto(`/fi/admin/ideas/${ideaId}`);
  const cmain = coordinator.page.getByRole('main');
  const assign = cmain.getByRole('form', { name: 'Anna arvioitavaksi' });
  await assign.getByLabel('Arvioija').selectOption({ label: 'Eeva Arvioija' });
  await assign.getByLabel('Määräaika').fill('2027-01-31');
  await assign.getByRole('button', { name: 'Anna arvioitavaksi' }).click();
  await expect(cmain.getByText('määräaika 31. tammikuuta 2027')).toBeVisible();
  await checkPage(coordinator.page);

  // The evaluator finds it in their queue, reviews it and estimates the cost; a private note stays private.
  const evaluator = await asUser(browser, demoUsers.evaluator);
  await evaluator.page.goto('/fi/admin/ideas');
  const emain = evaluator.page.getByRole('main');
  await emain.getByRole('link', { name: title }).click();
  const review = emain.getByRole('form', { name: 'Oma arviosi' });
  await review.getByLabel('Toteutettavuus').selectOption({ label: 'Toteutettavissa' });
  await review.getByLabel('Kustannusarvio (euroa)').fill('42000');
  await review.getByLabel('Kustannusarvion perustelu').fill('Puuportaat, kaiteet ja valaistus.');
  await review.getByLabel('Aikataulu').fill('Kesä 2027');
  await review.getByLabel('Ehdotettu tila').selectOption({ label: 'Hyväksytty' });
  await review.getByLabel('Ehdotettu vastaus').fill('Kuntoportaat voidaan rakentaa ensi kesänä.');
  await review.getByRole('button', { name: 'Tallenna arvio' }).click();
  await expect(review.getByRole('status')).toHaveText('Arvio tallennettu.');
  const note = emain.getByRole('form', { name: 'Uusi muistiinpano' });
  await note.getByLabel('Muistiinpano').fill(`Yksityinen huomio ${suffix}`);
  await note.getByRole('button', { name: 'Tallenna muistiinpano' }).click();
  await expect(emain.getByText(`Yksityinen huomio ${suffix}`)).toBeVisible();
  await checkPage(evaluator.page);
  await evaluator.close();

  // The coordinator publishes the decision prefilled from the review; the author is told by mail.
  const since = new Date();
  await coordinator.page.reload();
  const decision = cmain.getByRole('form', { name: 'Päätös ja vastaus' });
  await expect(decision.getByLabel('Kustannusarvio (euroa)')).toHaveValue('42000');
  await decision.getByLabel('Tila', { exact: true }).selectOption({ label: 'Hyväksytty' });
  await decision.getByRole('button', { name: 'Julkaise päätös' }).click();
  await expect(decision.getByRole('status')).toHaveText('Päätös julkaistu.');
  await checkPage(coordinator.page);
  await coordinator.close();

  const mail = await mailbox.waitFor(author, { subject: /Idean tila muuttui/, since });
  expect(mail.text).toContain('Kaupunki vastasi ideaan. Tila: Hyväksytty.');

  await page.goto(ideaUrl);
  const answered = main.getByRole('article', { name: title });
  await expect(answered.getByRole('heading', { name: 'Kaupungin vastaus' })).toBeVisible();
  await expect(answered.getByText('Kuntoportaat voidaan rakentaa ensi kesänä.')).toBeVisible();
  await expect(answered.getByText(/^42\s000\s€$/)).toBeVisible();
  await expect(answered).not.toContainText(`Yksityinen huomio ${suffix}`);
  await expectNoA11yViolations();
});

test('staff enter an idea collected in person; residents and another space\'s evaluator cannot reach the review', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(240_000);
  const title = `Nuorten oleskelupaikka ${unique()}`;
  const main = page.getByRole('main');
  await signIn(demoUsers.staff);
  await page.goto('/fi/admin/ideas');
  await expectNoA11yViolations();
  await main.getByRole('link', { name: 'Lähiöohjelma 2026 – Neulamäki – Ideat' }).click();
  const form = main.getByRole('form', { name: 'Idean tiedot' });
  await form.getByRole('button', { name: 'Kirjaa idea' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await form.getByLabel('Miten idea kerättiin').selectOption({ label: 'Kerätty paikan päällä' });
  await form.getByLabel('Keräyspaikka').fill('Neulamäen koulun työpaja');
  await form.getByLabel('Otsikko').fill(title);
  await form.getByLabel('Idea', { exact: true }).fill('Katos ja penkit koulun pihalle, jossa nuoret voivat olla iltaisin.');
  await form.getByLabel('Nimi (vapaaehtoinen)').fill('Aino Virtanen');
  await form.getByLabel('Ikäryhmä').selectOption({ label: '13–17 v.' });
  await form.getByRole('button', { name: 'Kirjaa idea' }).click();
  await expect(form.getByRole('status')).toHaveText('Idea kirjattu. Voit kirjata seuraavan.');
  await expectNoA11yViolations();

  // A CSV of paper ideas as Finnish Excel saves it (Windows-1252, semicolons) with one bad row: refused with its row
  // number, nothing stored; corrected, all are stored.
  const importForm = main.getByRole('form', { name: 'Tuo paperilla kerätyt ideat CSV-tiedostosta' });
  const header = 'otsikko;kuvaus;alue;kanava;keräyspäivä;keräyspaikka;ikäryhmä';
  const paperTitle = `Paperilta: pyöräteline kirjastolle ${unique()}`;
  const rows = [`${paperTitle};Kirjaston edessä ei ole pyörätelineitä.;Neulamäki;paperi;20.11.2026;Kirjasto;65+`, 'Liian;lyhyt;Tuntematon;kirje;31.2.2026;Kirjasto;'];
  const asWindows1252 = (text: string) => Buffer.from([...text].map((c) => ({ ä: 0xe4, ö: 0xf6, Ä: 0xc4, Ö: 0xd6 })[c] ?? c.charCodeAt(0)));
  await importForm.getByLabel('CSV-tiedosto').setInputFiles({ name: 'paperit.csv', mimeType: 'text/csv', buffer: asWindows1252([header, ...rows].join('\r\n')) });
  await importForm.getByRole('button', { name: 'Tuo ideat' }).click();
  const refusal = importForm.getByRole('alert');
  await expect(refusal).toContainText('Tiedostossa on 1 virheellinen rivi. Mitään ei tallennettu.');
  await expect(refusal).toContainText('Rivi 3: alue: Aluetta ”Tuntematon” ei ole tässä tilassa.');
  await expectNoA11yViolations();
  await importForm.getByLabel('CSV-tiedosto').setInputFiles({ name: 'paperit.csv', mimeType: 'text/csv', buffer: asWindows1252([header, rows[0]!].join('\r\n')) });
  await importForm.getByRole('button', { name: 'Tuo ideat' }).click();
  await expect(importForm.getByRole('status')).toHaveText('1 idea tuotu.');

  // Public: the idea with its channel, never the name.
  const visitorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${await ideasPath()}?haku=${encodeURIComponent('oleskelupaikka')}`);
  await visitor.getByRole('main').getByRole('link', { name: title }).click();
  const article = visitor.getByRole('main').getByRole('article', { name: title });
  await expect(article).toContainText('Kerätty paikan päällä: Neulamäen koulun työpaja');
  await expect(visitor.getByRole('main')).not.toContainText('Aino Virtanen');
  await checkPage(visitor);
  const ideaId = new URL(visitor.url()).pathname.split('/').pop()!;
  await visitor.goto(`${await ideasPath()}?haku=${encodeURIComponent('pyöräteline')}`);
  await expect(visitor.getByRole('main').getByRole('link', { name: paperTitle })).toBeVisible();
  await visitorContext.close();

  // The coordinator sees who has been heard (small groups hidden) and prints the area's summary.
  const coordinator = await asUser(browser, demoUsers.coordinator);
  const componentId = (await ideasPath()).split('/').pop()!;
  // From the desk (Hallinta → Ideat) to the component's ideas table (the paper idea among them), then its themes,
  // states and transition graph.
  await coordinator.page.goto('/fi/admin/ideas');
  const managed = coordinator.page.getByRole('main').getByRole('region', { name: 'Hallinnoimasi ideat' });
  await expect(managed).toContainText(/\d+ ideaa, (\d+ ilman arvioijaa|kaikilla arvioija)/);
  await checkPage(coordinator.page);
  await managed.getByRole('link', { name: 'Lähiöohjelma 2026 – Neulamäki – Ideat' }).click();
  await expect(coordinator.page).toHaveURL(new RegExp(`/components/${componentId}/manage$`));
  await expect(coordinator.page.getByRole('main').getByRole('link', { name: paperTitle })).toBeVisible();
  await checkPage(coordinator.page);
  await coordinator.page.goto(`/fi/admin/spaces/${await spaceId()}/components/${componentId}/manage/asetukset`);
  await expect(coordinator.page.getByRole('heading', { name: 'Sallitut tilasiirtymät' })).toBeVisible();
  // A theme added and removed again, the removal confirmed in place.
  const themeForm = coordinator.page.getByRole('main').getByRole('form', { name: 'Lisää teema' });
  await themeForm.getByLabel('Teeman nimi suomeksi').fill('Kokeiluteema');
  await themeForm.getByRole('button', { name: 'Lisää teema' }).click();
  await expect(themeForm.getByRole('status')).toHaveText('Teema lisätty.');
  await coordinator.page.getByRole('main').getByRole('button', { name: 'Poista: Kokeiluteema' }).click();
  await coordinator.page.getByRole('main').getByRole('group', { name: 'Poistetaanko teema? Sen ideat jäävät ilman teemaa.' }).getByRole('button', { name: 'Poista' }).click();
  await expect(coordinator.page.getByRole('main').getByText('Kokeiluteema')).toHaveCount(0);
  await checkPage(coordinator.page);
  await coordinator.page.goto(`/fi/admin/spaces/${await spaceId()}/components/${componentId}/manage/tilastot`);
  await expect(coordinator.page.getByRole('table', { name: 'Kanava' })).toContainText('Paperilomakkeella');
  await checkPage(coordinator.page);
  await coordinator.page.goto(`/fi/admin/spaces/${await spaceId()}/components/${componentId}/manage/yhteenveto`);
  await expect(coordinator.page.getByRole('heading', { level: 1 })).toHaveText('Ideoiden yhteenveto: Neulamäki');
  await expect(coordinator.page.getByRole('button', { name: 'Tulosta tai tallenna PDF:ksi' })).toBeVisible();
  await checkPage(coordinator.page);
  await coordinator.close();

  // A resident gets "not found" at the review and 403 at the desk; the Neulamäki evaluator cannot open Petonen's ideas.
  const resident = await asUser(browser, await createPlainResident({ label: 'utelias' }));
  const response = await resident.page.goto(`/fi/admin/ideas/${ideaId}`);
  expect(response?.status()).toBe(404);
  expect((await resident.page.goto('/fi/admin/ideas'))?.status()).toBe(403);
  await resident.close();
  const petonenIdea = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT i.id FROM "Idea" i JOIN "Component" c ON c.id = i."componentId" JOIN "Space" s ON s.id = c."spaceId" WHERE s.slug = 'lahioohjelma-2026-petonen' AND i."publishedAt" IS NOT NULL LIMIT 1`,
    );
    return rows[0]!.id;
  });
  const evaluator = await asUser(browser, demoUsers.evaluator);
  expect((await evaluator.page.goto(`/fi/admin/ideas/${petonenIdea}`))?.status()).toBe(404);
  await evaluator.close();

  // The organization admin keeps the city's service areas (the demo evaluator's is the first).
  const admin = await asUser(browser, demoUsers.admin);
  await admin.page.goto('/fi/admin/service-areas');
  await expect(admin.page.getByRole('main')).toContainText('Kaupunkiympäristön palvelualue');
  await checkPage(admin.page);
  await admin.close();
});
