/**
 * Follows and notifications end to end (issue 6, 1.6), in Finnish with axe on every page visited: a resident follows
 * the Neulamäki area from its page and asks for mail at once; the coordinator publishes a news post for the area; the
 * resident sees the unread count in the header, finds the post in the notification centre and opens it; the mail
 * arrives over the test SMTP server in Finnish, and another follower's in Swedish; the resident stops the mail from
 * the link without signing in, and the profile shows it off.
 */
import { expect, test, demoUsers, signIn as signInAs, expectNoA11yViolations as checkPage } from './fixtures';
import { E2E_BASE_URL } from './env';
import { arrangeAreaFollower, createPlainResident } from './test-users';

test('a resident follows an area, is notified of a new post in the centre and by mail, and unsubscribes without signing in', async ({ page, browser, signIn, mailbox, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Koirapuisto avataan ${suffix}`;
  const resident = await createPlainResident({ label: 'follower' });
  const swedish = await createPlainResident({ label: 'foljare', locale: 'sv' });
  const main = page.getByRole('main');

  // The Swedish-speaking follower is arranged directly: following Neulamäki, mail at once.
  await arrangeAreaFollower(swedish, 'neulamaki', { immediateNews: true });

  // A visitor is offered sign-in instead of the button.
  await page.goto('/fi/areas/neulamaki');
  await expect(main.getByRole('link', { name: 'Kirjaudu sisään seurataksesi' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Seuraa' })).toBeHidden();

  await signIn(resident);
  await page.goto('/fi/profile#notifications');
  const settings = main.getByRole('region', { name: 'Ilmoitukset sähköpostiin' });
  // One group per kind of event (news, comments, replies, moderation): the news one here.
  const newsChoice = settings.getByRole('group', { name: 'Uusi tiedote' });
  await expect(newsChoice.getByRole('radio', { name: /Päivän koosteena/ })).toBeChecked();
  await newsChoice.getByRole('radio', { name: 'Heti' }).check();
  await settings.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(settings.getByRole('status')).toContainText('Asetukset tallennettu');
  await expect(main.getByRole('region', { name: 'Seuraamasi' })).toContainText('Et seuraa vielä mitään');
  await expectNoA11yViolations();

  await page.goto('/fi/areas/neulamaki');
  const follow = main.getByRole('button', { name: 'Seuraa' });
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect(main.getByText('Seuraat tätä.')).toBeVisible();
  await expectNoA11yViolations();
  // The state is the resident's own, read again on a fresh load of the shared page.
  await page.reload();
  await expect(main.getByRole('button', { name: 'Seuraa' })).toHaveAttribute('aria-pressed', 'true');

  // The coordinator publishes a post for Neulamäki (the space's area is the default).
  const coordinatorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const coordinator = await coordinatorContext.newPage();
  const cmain = coordinator.getByRole('main');
  await signInAs(coordinator, demoUsers.coordinator);
  await coordinator.goto('/fi/admin/spaces');
  await cmain.getByRole('link', { name: 'Lähiöohjelma 2026 – Neulamäki' }).click();
  await cmain.getByRole('navigation', { name: 'Tilan hallinnan osiot' }).getByRole('link', { name: 'Osat' }).click();
  await cmain.getByRole('link', { name: 'Hallinnoi sisältöä: Tiedotus' }).click();
  await cmain.getByRole('link', { name: 'Uusi tiedote' }).click();
  const form = cmain.getByRole('form', { name: 'Tiedotteen tiedot' });
  await form.getByLabel('Otsikko suomeksi', { exact: true }).fill(title);
  await form.getByLabel('Otsikko ruotsiksi', { exact: true }).fill(`Hundparken öppnar ${suffix}`);
  await form.getByLabel('Teksti suomeksi', { exact: true }).fill('Koirapuisto avataan lauantaina kello 10.');
  await form.getByRole('radio', { name: 'Julkaise nyt' }).check();
  await form.getByRole('button', { name: 'Luo tiedote' }).click();
  await expect(cmain.getByRole('link', { name: title })).toBeVisible();
  await coordinatorContext.close();

  // The mails: Finnish for the resident, Swedish for the other follower, each with its one-click unsubscribe.
  const mail = await mailbox.waitFor(resident, { subject: new RegExp(suffix) });
  expect(mail.subject).toBe(`Uusi tiedote: ${title}`);
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const svMail = await mailbox.waitFor(swedish, { subject: new RegExp(suffix) });
  expect(svMail.subject).toBe(`Nytt meddelande: Hundparken öppnar ${suffix}`);

  // The header counts it; the centre lists it; opening it marks it read and shows the post.
  await page.goto('/fi');
  const bell = page.getByRole('banner').getByRole('link', { name: /Ilmoitukset/ });
  await expect(bell).toHaveAccessibleName('Ilmoitukset (1 lukematon)');
  await bell.click();
  await expect(main.getByRole('heading', { level: 1, name: 'Ilmoitukset' })).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: title })).toContainText('Lukematon');
  await expectNoA11yViolations();
  await main.getByRole('link', { name: title }).click();
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoA11yViolations();
  await page.goto('/fi/notifications');
  await expect(main.getByRole('listitem').filter({ hasText: title })).not.toContainText('Lukematon');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Ilmoitukset', exact: true })).toBeVisible();

  // Unsubscribing from the mail's link in a browser that is not signed in: a page that asks, then one button.
  const unsubscribeUrl = mail.text.match(/https?:\/\/\S+\/fi\/unsubscribe\?token=\S+/)?.[0];
  expect(unsubscribeUrl).toBeTruthy();
  const strangerContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const stranger = await strangerContext.newPage();
  await stranger.goto(new URL(unsubscribeUrl!).pathname + new URL(unsubscribeUrl!).search);
  const smain = stranger.getByRole('main');
  await expect(smain.getByText('Haluatko lopettaa sähköpostit uusista tiedotteista?')).toBeVisible();
  await checkPage(stranger);
  await smain.getByRole('button', { name: 'Lopeta sähköpostit' }).click();
  await expect(smain.getByRole('status')).toContainText('Et saa enää näitä sähköposteja');
  await checkPage(stranger);
  // A forged link is refused in words, not an error page.
  await stranger.goto('/fi/unsubscribe?token=keksitty.news_published.xxxxxxxx');
  await expect(smain.getByRole('alert')).toContainText('Linkki ei kelpaa');
  await strangerContext.close();

  await page.goto('/fi/profile#notifications');
  await expect(main.getByRole('region', { name: 'Ilmoitukset sähköpostiin' }).getByRole('group', { name: 'Uusi tiedote' }).getByRole('radio', { name: 'Ei sähköpostia' })).toBeChecked();
  await expect(main.getByRole('region', { name: 'Seuraamasi' })).toContainText('Neulamäki');
  await expectNoA11yViolations();
});
