/**
 * Newsletters end to end (issue 6, 2), in Finnish with axe on every page visited: a resident follows Neulamäki and
 * agrees to newsletters on the profile page; the Neulamäki coordinator writes a newsletter to the area's followers,
 * previews it, sends a test to themself, then sends it; the resident gets it over the test SMTP server in Finnish
 * (and a Swedish-speaking follower in Swedish), and withdraws from the mail's link without signing in; the
 * coordinator sees the sent count.
 */
import { expect, test, demoUsers, signIn as signInAs, expectNoA11yViolations as checkPage } from './fixtures';
import { E2E_BASE_URL } from './env';
import { arrangeAreaFollower, createPlainResident } from './test-users';

test('a coordinator sends a newsletter to an area’s followers, who get it in their language and can stop it from the link', async ({ page, browser, signIn, mailbox, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const subject = `Neulamäen kuulumiset ${suffix}`;
  const resident = await createPlainResident({ label: 'tilaaja' });
  const swedish = await createPlainResident({ label: 'prenumerant', locale: 'sv' });
  const main = page.getByRole('main');

  await arrangeAreaFollower(swedish, 'neulamaki', { newsletters: true });

  // The resident follows the area and agrees to newsletters.
  await signIn(resident);
  await page.goto('/fi/areas/neulamaki');
  await main.getByRole('button', { name: 'Seuraa' }).click();
  await expect(main.getByRole('button', { name: 'Seuraa' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/fi/profile#newsletter');
  const consent = main.getByRole('region', { name: 'Uutiskirjeet' });
  await consent.getByRole('checkbox', { name: 'Haluan saada uutiskirjeitä sähköpostiini' }).check();
  await consent.getByRole('button', { name: 'Tallenna valinta' }).click();
  await expect(consent.getByRole('status')).toContainText('Valinta tallennettu');
  await expect(consent).toContainText('Annoit luvan');
  await expectNoA11yViolations();

  // The coordinator writes, previews, tests and sends.
  const coordinatorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const coordinator = await coordinatorContext.newPage();
  const cmain = coordinator.getByRole('main');
  await signInAs(coordinator, demoUsers.coordinator);
  await coordinator.goto('/fi/admin');
  await coordinator.getByRole('navigation', { name: 'Hallinnan valikko' }).getByRole('link', { name: 'Uutiskirjeet' }).click();
  await expect(cmain.getByRole('heading', { level: 1, name: 'Uutiskirjeet' })).toBeVisible();
  await checkPage(coordinator);
  await cmain.getByRole('link', { name: 'Uusi uutiskirje' }).click();
  const form = cmain.getByRole('form', { name: 'Uusi uutiskirje' });
  await form.getByRole('button', { name: 'Luo luonnos' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await checkPage(coordinator);
  await form.getByLabel('Aihe suomeksi', { exact: true }).fill(subject);
  await form.getByLabel('Aihe ruotsiksi', { exact: true }).fill(`Nytt från Nålbacka ${suffix}`);
  await form.getByLabel('Teksti suomeksi', { exact: true }).fill('Hei!\n\nAsukastyöpaja pidetään koululla tiistaina kello 17.');
  await form.getByLabel('Teksti ruotsiksi', { exact: true }).fill('Hej!\n\nInvånarverkstaden hålls i skolan på tisdag kl. 17.');
  await form.getByRole('radio', { name: 'Alueen seuraajat' }).check();
  await form.getByLabel('Alue', { exact: true }).selectOption({ label: 'Neulamäki' });
  await form.getByRole('button', { name: 'Luo luonnos' }).click();
  await expect(cmain.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(cmain.getByRole('heading', { level: 3, name: 'Kieli: svenska' })).toBeVisible();
  await expect(cmain).toContainText('Invånarverkstaden hålls i skolan');
  await checkPage(coordinator);
  // The draft opens for editing with what was stored, and saving brings back the preview.
  await cmain.getByRole('link', { name: 'Muokkaa' }).click();
  const edit = cmain.getByRole('form', { name: 'Muokkaa uutiskirjettä' });
  await expect(edit.getByLabel('Aihe suomeksi', { exact: true })).toHaveValue(subject);
  await expect(edit.getByLabel('Alue', { exact: true })).toHaveValue(/.+/);
  await checkPage(coordinator);
  await edit.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(cmain.getByRole('heading', { level: 1, name: subject })).toBeVisible();

  const testSince = new Date();
  await cmain.getByRole('button', { name: 'Lähetä testi itselleni' }).click();
  await expect(cmain.getByRole('status')).toContainText('Testiviesti on lähetetty');
  const testMail = await mailbox.waitFor(demoUsers.coordinator, { subject: new RegExp(suffix), since: testSince });
  expect(testMail.subject).toBe(`[Testi] ${subject}`);
  expect(mailbox.read(resident).filter((m) => m.subject.includes(suffix))).toEqual([]);

  await cmain.getByRole('checkbox', { name: 'Olen tarkistanut uutiskirjeen ja haluan lähettää sen nyt.' }).check();
  await cmain.getByRole('button', { name: 'Lähetä uutiskirje' }).click();
  await expect(cmain.getByRole('heading', { level: 2, name: 'Lähetyksen tila' })).toBeVisible();

  // Each follower who agreed gets it in their language.
  const mail = await mailbox.waitFor(resident, { subject: new RegExp(suffix) });
  expect(mail.subject).toBe(subject);
  expect(mail.text).toContain('Asukastyöpaja pidetään koululla');
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const svMail = await mailbox.waitFor(swedish, { subject: new RegExp(suffix) });
  expect(svMail.subject).toBe(`Nytt från Nålbacka ${suffix}`);

  // The coordinator sees the count once the mails are out (at least these two; a retry of this test adds its own).
  await expect(async () => {
    await coordinator.reload();
    await expect(cmain.getByRole('region', { name: 'Lähetyksen tila' })).toContainText(/Osoitettu\s*([2-9]|\d{2,})\s*Lähetetty\s*\1\s*Epäonnistui\s*0\s*Odottaa\s*0/);
  }).toPass({ timeout: 30_000 });
  await checkPage(coordinator);
  await coordinatorContext.close();

  // The resident stops newsletters from the link, without signing in.
  const link = mail.text.match(/https?:\/\/\S+\/fi\/unsubscribe\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  const strangerContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const stranger = await strangerContext.newPage();
  await stranger.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(stranger.getByRole('main')).toContainText('Haluatko lopettaa uutiskirjeiden tilauksen?');
  await checkPage(stranger);
  await stranger.getByRole('main').getByRole('button', { name: 'Lopeta sähköpostit' }).click();
  await expect(stranger.getByRole('main').getByRole('status')).toContainText('Et saa enää näitä sähköposteja');
  await strangerContext.close();

  // The page is still open at /fi/profile#newsletter: load it again from the server.
  await page.reload();
  await expect(main.getByRole('region', { name: 'Uutiskirjeet' }).getByRole('checkbox')).not.toBeChecked();
});
