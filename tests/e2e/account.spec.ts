/**
 * The account journey as a resident goes through it: register, receive the confirmation email over SMTP, confirm,
 * sign in, fill in the profile. Every page visited is checked with axe. Locators are scoped to <main> or to a form
 * by its accessible name, because Next keeps the previous page mounted but hidden.
 */
import { DEMO_PASSWORD, demoUsers, expect, test, uniqueEmail } from './fixtures';

const PASSWORD = 'Kuopion kesä on lyhyt 2026';

test('register, confirm by email, sign in and fill in the profile', async ({ page, mailbox, signIn, expectNoA11yViolations }) => {
  const email = uniqueEmail('e2e-register');

  await page.goto('/fi/register');
  await expectNoA11yViolations();
  const registerForm = page.getByRole('form', { name: 'Rekisteröidy' });
  await registerForm.getByRole('textbox', { name: 'Sähköposti' }).fill(email);
  await registerForm.getByLabel('Salasana').fill(PASSWORD);
  await registerForm.getByRole('textbox', { name: 'Nimi tai nimimerkki' }).fill('Testi Asukas');
  await expect(registerForm.getByRole('combobox', { name: 'Asiointikieli' })).toHaveValue('fi');
  const since = new Date();
  await registerForm.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Tarkista sähköpostisi' })).toBeVisible();
  await expectNoA11yViolations();

  const mail = await mailbox.waitFor(email, { subject: /Vahvista sähköpostiosoitteesi/, since });
  const link = mailbox.firstUrl(mail);
  expect(link).toContain('/fi/confirm-email?token=');

  // Opening the link must not confirm by itself (mail scanners open links too): only the button does.
  await page.goto(link);
  await expectNoA11yViolations();
  const confirmForm = page.getByRole('form', { name: 'Vahvista sähköpostiosoite' });
  await confirmForm.getByRole('button', { name: 'Vahvista sähköpostiosoite' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toContainText('Sähköpostiosoitteesi on vahvistettu');
  await expectNoA11yViolations();
  await main.getByRole('link', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/fi\/sign-in$/);
  await expectNoA11yViolations();

  await signIn(email, PASSWORD);
  await page.goto('/fi/profile');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
  await expectNoA11yViolations();

  const profileForm = page.getByRole('form', { name: 'Perustiedot' });
  await expect(profileForm.getByText('Tiedot ovat vapaaehtoisia. Ne näkyvät vain sinulle ja palvelun ylläpitäjille.')).toBeVisible();
  await profileForm.getByRole('textbox', { name: 'Nimi tai nimimerkki' }).fill('Maija Neulamäestä');
  await profileForm.getByRole('combobox', { name: 'Kotialue' }).selectOption({ label: 'Neulamäki' });
  await profileForm.getByRole('textbox', { name: 'Syntymävuosi' }).fill('1990');
  await profileForm.getByRole('button', { name: 'Tallenna tiedot' }).click();
  await expect(profileForm.getByRole('status')).toHaveText('Tiedot tallennettu.');
  await expectNoA11yViolations();

  await page.reload();
  const saved = page.getByRole('form', { name: 'Perustiedot' });
  await expect(saved.getByRole('textbox', { name: 'Nimi tai nimimerkki' })).toHaveValue('Maija Neulamäestä');
  await expect(saved.getByRole('combobox', { name: 'Kotialue' }).locator('option:checked')).toHaveText('Neulamäki');
  await expect(saved.getByRole('textbox', { name: 'Syntymävuosi' })).toHaveValue('1990');
  await expect(page.getByRole('table', { name: 'Laitteet, joilla olet kirjautuneena' }).getByText('Tämä laite')).toBeVisible();
});

test('a birth year out of range is refused with a Finnish message and nothing is saved', async ({ page, signIn, expectNoA11yViolations }) => {
  await signIn(demoUsers.youth, DEMO_PASSWORD);
  await page.goto('/fi/profile');
  const form = page.getByRole('form', { name: 'Perustiedot' });
  const birthYear = form.getByRole('textbox', { name: 'Syntymävuosi' });
  const before = await birthYear.inputValue();
  await birthYear.fill('1850');
  await form.getByRole('button', { name: 'Tallenna tiedot' }).click();
  await expect(birthYear).toHaveAttribute('aria-invalid', 'true');
  await expect(birthYear).toHaveAccessibleDescription(/Anna syntymävuosi väliltä 1900–\d{4}\./);
  await expectNoA11yViolations();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Perustiedot' }).getByRole('textbox', { name: 'Syntymävuosi' })).toHaveValue(before);
});

test('a wrong password shows a localized error and stays on the sign-in page', async ({ page, expectNoA11yViolations }) => {
  await page.goto('/fi/sign-in');
  await expectNoA11yViolations();
  const form = page.getByRole('form', { name: 'Kirjaudu sisään' });
  await form.getByLabel('Sähköposti', { exact: true }).fill(demoUsers.resident);
  await form.getByLabel('Salasana', { exact: true }).fill('väärä salasana');
  await form.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');
  await expect(page).toHaveURL(/\/fi\/sign-in$/);
  await expectNoA11yViolations();

  await page.goto('/sv/sign-in');
  const svForm = page.getByRole('form', { name: 'Logga in' });
  await svForm.getByLabel('E-post', { exact: true }).fill(demoUsers.resident);
  await svForm.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
  await svForm.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(svForm.getByRole('alert')).toHaveText('E-postadressen eller lösenordet är fel.');
  await expectNoA11yViolations();
});

test('an empty registration form shows every problem in Finnish', async ({ page, expectNoA11yViolations }) => {
  await page.goto('/fi/register');
  const form = page.getByRole('form', { name: 'Rekisteröidy' });
  await form.getByRole('button', { name: 'Luo tili' }).click();
  await expect(form.getByRole('alert')).toHaveText('Tarkista lomakkeen tiedot. Virheelliset kentät on merkitty.');
  await expect(form.getByRole('textbox', { name: 'Sähköposti' })).toHaveAccessibleDescription(/Tämä kenttä on pakollinen\./);
  await expect(form.getByLabel('Salasana')).toHaveAccessibleDescription(/Salasanassa on oltava vähintään 10 merkkiä\./);
  await expectNoA11yViolations();
});

test('the profile page asks an anonymous visitor to sign in and returns there afterwards', async ({ page, expectNoA11yViolations }) => {
  await page.goto('/fi/profile');
  await expect(page).toHaveURL(/\/fi\/sign-in\?returnTo=(%2F|\/)profile$/);
  await expectNoA11yViolations();
  const form = page.getByRole('form', { name: 'Kirjaudu sisään' });
  await form.getByLabel('Sähköposti', { exact: true }).fill(demoUsers.resident);
  await form.getByLabel('Salasana', { exact: true }).fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/profile$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
});
