/**
 * Tiedotus (news) end to end in Finnish: the coordinator of Neulamäki writes a news post and publishes it; a visitor
 * who is not signed in finds it on the space's news page, on the Neulamäki area page, on the front page and in the
 * area's Atom feed; a post scheduled for later stays out of sight. The coordinator also schedules a post with an
 * image (a file that is not an image and a missing alt text are refused first, in Finnish); when its time comes it
 * appears with its image and alt text on the space, the area page, the front page and in the feed. axe on every page
 * visited.
 */
import sharp from 'sharp';
import { expect, test, demoUsers, expectNoA11yViolations as checkPage } from './fixtures';
import { E2E_BASE_URL } from './env';

/** The wall-clock minute in Helsinki at least `seconds` from now, as a datetime-local input takes it. */
function helsinkiMinuteAfter(seconds: number): { value: string; at: Date } {
  const at = new Date(Math.ceil((Date.now() + seconds * 1000) / 60_000) * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { value: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`, at };
}

/** A phone-like photo with GPS EXIF (the server strips it), drawn here: nothing is downloaded in tests. */
async function photoWithGps(): Promise<Buffer> {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#8fc7ef"/><rect y="600" width="1600" height="300" fill="#7fb36a"/><circle cx="1300" cy="200" r="90" fill="#ffd75e"/></svg>';
  return sharp(Buffer.from(svg))
    .jpeg()
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '62/1 53/1 32/1', GPSLongitudeRef: 'E', GPSLongitude: '27/1 40/1 42/1' } })
    .toBuffer();
}

test('a coordinator publishes a news post that visitors find on the space, the area and the front page', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(330_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Puistotyöt alkavat ${suffix}`;
  const scheduledTitle = `Tuleva asukasilta ${suffix}`;
  const imageTitle = `Leikkipuisto valmistuu ${suffix}`;
  const imageAlt = `Piirros leikkipuistosta auringonpaisteessa ${suffix}`;
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

  // A post with an image, scheduled a minute or two ahead. A file that is not an image is refused in Finnish.
  await main.getByRole('link', { name: 'Uusi tiedote' }).click();
  await form.getByLabel('Otsikko suomeksi', { exact: true }).fill(imageTitle);
  await form.getByLabel('Tiivistelmä suomeksi', { exact: true }).fill('Uusi leikkipuisto avataan.');
  await form.getByLabel('Teksti suomeksi', { exact: true }).fill('Leikkipuisto on valmis.');
  await form.getByLabel('Kuvatiedosto').setInputFiles({ name: 'kuva.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('tämä ei ole kuva') });
  await expect(form.getByText('Tiedosto ei ole kuva.')).toBeVisible();
  await form.getByLabel('Kuvatiedosto').setInputFiles({ name: 'leikkipuisto.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() });
  await expect(form.getByText('Kuva ladattu.')).toBeVisible();
  await expect(form.getByRole('figure')).toBeVisible();
  await form.getByRole('radio', { name: 'Ajasta julkaisu' }).check();
  const publishAt = helsinkiMinuteAfter(75);
  await form.getByLabel('Julkaisuaika').fill(publishAt.value);
  // Alt text is required unless the image is marked decorative.
  await form.getByRole('button', { name: 'Luo tiedote' }).click();
  await expect(form.getByText('Kirjoita kuvalle vaihtoehtoinen teksti suomeksi')).toBeVisible();
  await expectNoA11yViolations();
  await form.getByLabel('Vaihtoehtoinen teksti suomeksi', { exact: true }).fill(imageAlt);
  await form.getByRole('button', { name: 'Luo tiedote' }).click();
  await expect(main.getByRole('row').filter({ hasText: imageTitle })).toContainText('Ajastettu');
  // The edit form shows the stored image and its alt text.
  await main.getByRole('link', { name: imageTitle }).click();
  await expect(form.getByLabel('Vaihtoehtoinen teksti suomeksi', { exact: true })).toHaveValue(imageAlt);
  // The preview is decorative (alt=""; the alt text is in the field), so it has no img role.
  await expect.poll(() => form.getByRole('figure').locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectNoA11yViolations();

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
  expect(xml).not.toContain(imageTitle);

  // When its time comes, the scheduled post appears with its image and alt text everywhere posts are listed.
  const image = vmain.getByRole('img', { name: imageAlt });
  const loaded = async () => expect.poll(() => image.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(async () => {
    await visitor.goto('/fi/areas/neulamaki');
    await expect(vmain.getByRole('region', { name: 'Uutiset ja tiedotteet' }).getByRole('img', { name: imageAlt })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: Math.max(0, publishAt.at.getTime() - Date.now()) + 20_000, intervals: [2000] });
  await loaded();
  await checkPage(visitor);
  await expect(async () => {
    await visitor.goto('/fi');
    await expect(vmain.getByRole('region', { name: 'Ajankohtaista' }).getByRole('img', { name: imageAlt })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await loaded();
  await checkPage(visitor);
  await visitor.goto('/fi/spaces/lahioohjelma-2026-neulamaki');
  await vmain.getByRole('link', { name: 'Tiedotus', exact: true }).click();
  await expect(image).toBeVisible();
  await checkPage(visitor);
  await vmain.getByRole('link', { name: imageTitle }).click();
  await expect(vmain.getByRole('heading', { level: 1, name: imageTitle })).toBeVisible();
  await expect(image).toBeVisible();
  await loaded();
  await checkPage(visitor);
  const src = await image.getAttribute('src');
  const served = await visitor.request.get(src!);
  expect(served.headers()['content-type']).toBe('image/webp');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect((await sharp(await served.body()).metadata()).exif).toBeUndefined();
  expect(await (await visitor.request.get('/fi/areas/neulamaki/news.xml')).text()).toContain(`alt="${imageAlt}"`);
  await visitorContext.close();
});
