/**
 * Space administration as an organization admin: create a participatory process with two phases, make the second
 * one current, attach an area, publish it and find it in the list. Every page visited gets an axe check.
 */
import { test, expect, demoUsers } from './fixtures';

test.describe('space administration', () => {
  test('an org admin creates, phases and publishes a participatory process', async ({ page, signIn, expectNoA11yViolations }) => {
    test.setTimeout(90_000);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const title = `E2E-prosessi ${suffix}`;
    const slug = `e2e-prosessi-${suffix}`;
    const main = page.getByRole('main');

    await signIn(demoUsers.admin);

    await page.goto('/fi/admin');
    await expect(main.getByRole('heading', { level: 1, name: 'Hallinta' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Tilannekatsaus' })).toBeVisible();
    await expectNoA11yViolations();

    await page.goto('/fi/admin/spaces');
    await expect(main.getByRole('heading', { level: 1, name: 'Osallistumistilat' })).toBeVisible();
    await expect(main.getByRole('table')).toContainText('Lähiöohjelma 2026 – Neulamäki');
    await expectNoA11yViolations();
    await main.getByRole('link', { name: 'Uusi osallistumisprosessi' }).click();

    await expect(main.getByRole('heading', { level: 1, name: 'Uusi osallistumisprosessi' })).toBeVisible();
    await expectNoA11yViolations();
    const form = main.getByRole('form', { name: 'Tilan tiedot' });

    // An empty form is refused with messages on the fields, and stays accessible in its error state.
    await form.getByRole('button', { name: 'Luo tila' }).click();
    await expect(form.getByRole('alert')).toContainText('Tarkista lomakkeen tiedot');
    await expect(form.getByText('Tämä kenttä on pakollinen.').first()).toBeVisible();
    await expectNoA11yViolations();

    await form.getByLabel('Nimi suomeksi', { exact: true }).fill(title);
    await form.getByLabel('Tunniste').fill('Väärä Tunniste');
    await form.getByLabel('Kuvaus suomeksi', { exact: true }).fill('E2E-testin prosessi. **Markdown** on sallittu.');
    await form.getByLabel('Alkamispäivä').fill('2026-03-01');
    await form.getByLabel('Päättymispäivä').fill('2026-12-31');
    await form.getByRole('group', { name: 'Alueet, joita tila koskee' }).getByLabel('Neulamäki', { exact: true }).check();
    await form.getByRole('button', { name: 'Luo tila' }).click();
    await expect(form.getByText('Käytä vain pieniä kirjaimia', { exact: false })).toBeVisible();

    await form.getByLabel('Tunniste').fill(slug);
    await form.getByRole('button', { name: 'Luo tila' }).click();

    await expect(page).toHaveURL(/\/fi\/admin\/spaces\/[a-z0-9]+$/);
    await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const tabs = main.getByRole('navigation', { name: 'Tilan hallinnan osiot' });
    await expect(tabs.getByRole('link', { name: 'Perustiedot' })).toHaveAttribute('aria-current', 'page');
    await expect(main.getByText('Tila on luonnos.', { exact: false })).toBeVisible();
    const details = main.getByRole('form', { name: 'Muokkaa perustietoja' });
    await expect(details.getByLabel('Neulamäki', { exact: true })).toBeChecked();
    await expectNoA11yViolations();

    // Phases: add two, make the second one current.
    await tabs.getByRole('link', { name: 'Vaiheet' }).click();
    await expect(tabs.getByRole('link', { name: 'Vaiheet' })).toHaveAttribute('aria-current', 'page');
    await expect(main.getByText('Vaiheita ei ole vielä lisätty.')).toBeVisible();
    await expectNoA11yViolations();
    const phaseForm = main.getByRole('form', { name: 'Lisää vaihe' });
    for (const [phaseTitle, start, end] of [
      ['Ideointi', '2026-03-01', '2026-04-30'],
      ['Äänestys', '2026-05-01', '2026-05-31'],
    ] as const) {
      await phaseForm.getByLabel('Vaiheen nimi suomeksi', { exact: true }).fill(phaseTitle);
      await phaseForm.getByLabel('Alkamispäivä').fill(start);
      await phaseForm.getByLabel('Päättymispäivä').fill(end);
      await phaseForm.getByRole('button', { name: 'Lisää vaihe' }).click();
      await expect(phaseForm.getByRole('status')).toHaveText('Vaihe lisättiin.');
      await expect(main.getByRole('heading', { level: 3, name: new RegExp(phaseTitle) })).toBeVisible();
    }
    const phaseList = main.getByRole('list', { name: 'Prosessin vaiheet järjestyksessä' });
    await expect(phaseList.getByRole('listitem')).toHaveCount(2);
    const voting = phaseList.getByRole('listitem').filter({ hasText: 'Äänestys' });
    await voting.getByRole('button', { name: 'Aseta käynnissä olevaksi' }).click();
    await expect(voting.getByText('Käynnissä oleva vaihe')).toBeVisible();
    await expect(voting.getByRole('button', { name: 'Päätä vaihe' })).toBeVisible();
    await expect(phaseList.getByRole('listitem').filter({ hasText: 'Ideointi' }).getByText('Käynnissä oleva vaihe')).toHaveCount(0);
    await expectNoA11yViolations();

    // Back to the details: publish.
    await tabs.getByRole('link', { name: 'Perustiedot' }).click();
    await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await main.getByRole('button', { name: 'Julkaise tila' }).click();
    await expect(main.getByText('Tila on julkaistu', { exact: false })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Palauta luonnokseksi' })).toBeVisible();
    await expectNoA11yViolations();

    // The members tab renders for an org admin with the role and member forms.
    await tabs.getByRole('link', { name: 'Jäsenet ja roolit' }).click();
    await expect(main.getByRole('form', { name: 'Anna rooli' })).toBeVisible();
    await expect(main.getByRole('form', { name: 'Lisää jäsen' })).toBeVisible();
    await expectNoA11yViolations();

    // The list shows it published, with its current phase.
    await page.goto('/fi/admin/spaces?kind=PROCESS');
    const row = main.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('Julkaistu');
    await expect(row).toContainText('Äänestys');
    await expectNoA11yViolations();
  });
});
