/**
 * Organization administration and the accessibility statement, as an organization admin and as a resident:
 * users and roles (with the audit trail), outbox, organization settings, accessibility feedback, and refusal of
 * every organization-level admin page to a resident (403).
 */
import { test, expect, demoUsers } from './fixtures';

const STAFF_ROLE = 'Palvelupisteen henkilökunta';

test.describe('organization admin', () => {
  test('grants STAFF to a resident, finds it in the audit log, reads the outbox and settings', async ({
    page,
    signIn,
    expectNoA11yViolations,
  }) => {
    // A long journey through seven admin pages with axe and reflow checks on each: on a loaded 2-core machine it
    // needs more than the default 90 s.
    test.setTimeout(150_000);
    await signIn(demoUsers.admin);
    const main = page.getByRole('main');

    await page.goto('/fi/admin/users');
    await expect(main.getByRole('heading', { level: 1, name: 'Käyttäjät ja roolit' })).toBeVisible();
    await expectNoA11yViolations();

    const search = main.getByRole('search', { name: 'Käyttäjähaku' });
    await search.getByLabel('Sähköposti tai nimi').fill(demoUsers.resident);
    await search.getByRole('button', { name: 'Hae' }).click();
    await expect(page).toHaveURL(/q=resident%40kuopio\.example/);
    const table = main.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(2); // header + the resident
    await expectNoA11yViolations();
    await table.getByRole('link', { name: 'Riikka Asukas' }).click();

    await expect(main.getByRole('heading', { level: 1, name: 'Riikka Asukas' })).toBeVisible();
    await expectNoA11yViolations();
    await main.getByRole('button', { name: `Myönnä rooli: ${STAFF_ROLE}` }).click();
    await expect(main.getByRole('status').filter({ hasText: `Rooli myönnetty: ${STAFF_ROLE}.` })).toBeVisible();
    await expect(main.getByRole('button', { name: `Poista rooli: ${STAFF_ROLE}` })).toBeVisible();
    await expectNoA11yViolations();

    await page.goto('/fi/admin/audit');
    await expectNoA11yViolations();
    const filters = main.getByRole('form', { name: 'Rajaa tapahtumia' });
    await filters.getByLabel('Toiminto').selectOption('user.role_grant');
    await filters.getByRole('button', { name: 'Rajaa' }).click();
    await expect(page).toHaveURL(/action=user\.role_grant/);
    const grantRow = main.getByRole('row').filter({ hasText: demoUsers.resident }).first();
    await expect(grantRow).toContainText('Organisaation rooli myönnetty');
    await expect(grantRow).toContainText('Aino Ylläpitäjä');
    await grantRow.getByText('Näytä muutokset').click();
    await expect(grantRow.getByText('"granted": "STAFF"')).toBeVisible();
    await expectNoA11yViolations();

    // A hand-edited URL with a bad filter gives a message, not an error page.
    const bad = await page.goto('/fi/admin/audit?from=huomenna');
    expect(bad?.status()).toBe(200);
    await expect(main.getByRole('alert')).toContainText('Alkaen');
    await expectNoA11yViolations();

    await page.goto('/fi/admin/outbox');
    await expect(main.getByRole('heading', { level: 1, name: 'Lähtevät viestit' })).toBeVisible();
    await expect(main.getByText('SMTP-palvelinta ei ole määritetty', { exact: false })).toBeVisible();
    await expectNoA11yViolations();

    await page.goto('/fi/admin/feedback');
    await expect(main.getByRole('heading', { level: 1, name: 'Saavutettavuuspalaute' })).toBeVisible();
    await expectNoA11yViolations();

    await page.goto('/fi/admin/organization');
    await expect(main.getByRole('heading', { level: 1, name: 'Organisaation asetukset' })).toBeVisible();
    const settings = main.getByRole('form', { name: 'Asetukset' });
    await expect(settings.getByLabel('Organisaation nimi suomeksi')).toHaveValue('Kuopion kaupunki');
    await expect(settings.getByLabel('Aikavyöhyke')).toHaveValue('Europe/Helsinki');
    await expectNoA11yViolations();
    await settings.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(settings.getByRole('status')).toHaveText('Asetukset tallennettu.');
    await expectNoA11yViolations();

    // Leave the shared demo resident as the seed made them (other specs rely on a resident without roles).
    await page.goto('/fi/admin/users');
    await main.getByRole('search', { name: 'Käyttäjähaku' }).getByLabel('Sähköposti tai nimi').fill(demoUsers.resident);
    await main.getByRole('search', { name: 'Käyttäjähaku' }).getByRole('button', { name: 'Hae' }).click();
    await main.getByRole('table').getByRole('link', { name: 'Riikka Asukas' }).click();
    await main.getByRole('button', { name: `Poista rooli: ${STAFF_ROLE}` }).click();
    await expect(main.getByRole('button', { name: `Myönnä rooli: ${STAFF_ROLE}` })).toBeVisible();
  });
});

test.describe('accessibility statement', () => {
  test('a resident sends accessibility feedback, which reaches the accessibility contact', async ({
    page,
    signIn,
    expectNoA11yViolations,
    mailbox,
  }) => {
    await signIn(demoUsers.resident);
    await page.goto('/fi/accessibility');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
    await expect(main.getByText('Palvelu täyttää saavutettavuusvaatimukset osittain.')).toBeVisible();
    await expect(main.getByRole('link', { name: 'www.saavutettavuusvaatimukset.fi' })).toBeVisible();
    await expectNoA11yViolations();

    const form = main.getByRole('form', { name: 'Anna saavutettavuuspalautetta' });
    // An empty message is refused with a message on the field.
    await form.getByRole('button', { name: 'Lähetä palaute' }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    await expect(form.getByLabel('Palaute')).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations();

    const since = new Date();
    const message = `Karttasivun zoomauspainikkeilla ei ole nimeä ruudunlukijalle (${Date.now()}).`;
    await form.getByLabel('Palaute').fill(message);
    await form.getByLabel('Sivun osoite').fill('/fi/areas/neulamaki');
    await form.getByLabel('Sähköposti').fill(demoUsers.resident);
    await form.getByRole('button', { name: 'Lähetä palaute' }).click();
    await expect(form.getByRole('status')).toHaveText('Kiitos palautteesta! Se on välitetty palvelun ylläpitäjälle.');
    await expect(form.getByLabel('Palaute')).toHaveValue('');
    await expectNoA11yViolations();

    const mail = await mailbox.waitFor('saavutettavuus@kuopio.example', { subject: 'saavutettavuuspalaute', since });
    expect(mail.text).toContain(message);

    // The job queue sent it; the admin's delivery list shows that it went, without its content (ADR 023).
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(page.getByRole('link', { name: 'Kirjaudu sisään' }).first()).toBeVisible();
    await signIn(demoUsers.admin);
    await page.goto('/fi/admin/mail?status=SENT');
    await expect(main.getByRole('heading', { level: 1, name: 'Sähköpostien toimitus' })).toBeVisible();
    const delivered = main.getByRole('row').filter({ hasText: 'saavutettavuus@kuopio.example' }).first();
    await expect(delivered).toContainText('Saavutettavuuspalaute');
    await expect(main).not.toContainText(message);
    await expectNoA11yViolations();
  });
});

test.describe('wrong user', () => {
  for (const path of ['/fi/admin/users', '/fi/admin/audit', '/fi/admin/outbox', '/fi/admin/mail', '/fi/admin/organization', '/fi/admin/feedback']) {
    test(`a resident gets 403 at ${path}`, async ({ page, signIn, expectNoA11yViolations }) => {
      await signIn(demoUsers.resident);
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeVisible();
      await expectNoA11yViolations();
    });
  }

  test('a coordinator (space role only) gets 403 at the organization pages', async ({ page, signIn }) => {
    await signIn(demoUsers.coordinator);
    for (const path of ['/fi/admin/users', '/fi/admin/audit', '/fi/admin/outbox', '/fi/admin/mail', '/fi/admin/organization']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });

  test('an anonymous visitor is sent to sign in', async ({ page }) => {
    await page.goto('/fi/admin/users');
    await expect(page).toHaveURL(/\/fi\/sign-in\?returnTo=%2Fadmin%2Fusers/);
  });
});
