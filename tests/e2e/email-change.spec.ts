/**
 * Changing the email address: the link goes to the NEW address, only the button on the linked page changes it,
 * and afterwards the account signs in with the new address only. Signing out everywhere ends the session: even a
 * copy of the old cookie gets an empty session from /api/auth/session, and the cookie is cleared, not renewed.
 */
import { request as playwrightRequest } from '@playwright/test';
import { E2E_BASE_URL } from './env';
import { expect, test, uniqueEmail } from './fixtures';

const PASSWORD = 'Vaihdan osoitetta 2026';

test('a resident changes the email address through a link sent to the new address', async ({ page, mailbox, signIn, expectNoA11yViolations }) => {
  test.setTimeout(150_000);
  const oldEmail = uniqueEmail('e2e-old');
  const newEmail = uniqueEmail('e2e-new');

  await page.goto('/fi/register');
  const registerForm = page.getByRole('form', { name: 'Rekisteröidy' });
  await registerForm.getByRole('textbox', { name: 'Sähköposti' }).fill(oldEmail);
  await registerForm.getByLabel('Salasana').fill(PASSWORD);
  await registerForm.getByRole('textbox', { name: 'Nimi tai nimimerkki' }).fill('Osoitteen Vaihtaja');
  let since = new Date();
  await registerForm.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Tarkista sähköpostisi' })).toBeVisible();
  await page.goto(mailbox.firstUrl(await mailbox.waitFor(oldEmail, { subject: /Vahvista sähköpostiosoitteesi/, since })));
  await page.getByRole('form', { name: 'Vahvista sähköpostiosoite' }).getByRole('button', { name: 'Vahvista sähköpostiosoite' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Sähköpostiosoitteesi on vahvistettu');

  await signIn(oldEmail, PASSWORD);
  await page.goto('/fi/profile');
  const emailForm = page.getByRole('form', { name: 'Sähköpostiosoite' });
  await emailForm.getByRole('textbox', { name: 'Uusi sähköpostiosoite' }).fill(newEmail);
  await emailForm.getByLabel('Nykyinen salasana').fill(PASSWORD);
  since = new Date();
  await emailForm.getByRole('button', { name: 'Vaihda sähköpostiosoite' }).click();
  await expect(emailForm.getByRole('status')).toContainText(newEmail);
  await expectNoA11yViolations();

  const link = mailbox.firstUrl(await mailbox.waitFor(newEmail, { subject: /Vahvista uusi sähköpostiosoitteesi/, since }));
  expect(link).toContain('/fi/confirm-email-change?token=');
  await page.goto(link);
  await expectNoA11yViolations();
  await page.getByRole('form', { name: 'Vahvista uusi sähköpostiosoite' }).getByRole('button', { name: 'Vahvista uusi osoite' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Sähköpostiosoitteesi on vaihdettu');
  await expectNoA11yViolations();

  await page.goto('/fi/profile');
  // A copy of this browser's cookie, as someone who took it would keep it.
  const sessionCookie = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(sessionCookie, 'signed in with a session cookie').toBeDefined();
  const cookieHeader = `${sessionCookie!.name}=${sessionCookie!.value}`;
  const copied = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { cookie: cookieHeader } });
  try {
    const live = await copied.get('/api/auth/session');
    expect(((await live.json()) as { sid?: string }).sid).toEqual(expect.any(String));

    await page.getByRole('button', { name: 'Kirjaudu ulos kaikilta laitteilta' }).click();
    await expect(page).toHaveURL(/\/fi(\/sign-in.*)?$/);

    const ended = await copied.get('/api/auth/session');
    expect(ended.status()).toBe(200);
    expect(await ended.json()).toEqual({});
    // The answer clears the cookie (empty value, expiry in the past) instead of renewing it.
    const setCookies = ended.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${sessionCookie!.name}=`));
    expect(setCookies.length).toBeGreaterThan(0);
    for (const header of setCookies) {
      expect(header.value.startsWith(`${sessionCookie!.name}=;`)).toBe(true);
      expect(header.value).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    }
  } finally {
    await copied.dispose();
  }
  await page.goto('/fi/profile');
  await expect(page).toHaveURL(/\/fi\/sign-in/);

  // The old address no longer signs in; the new one does.
  const signInForm = page.getByRole('main').getByRole('form');
  await signInForm.getByLabel('Sähköposti', { exact: true }).fill(oldEmail);
  await signInForm.getByLabel('Salasana', { exact: true }).fill(PASSWORD);
  await signInForm.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');
  await signIn(newEmail, PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/);
});
