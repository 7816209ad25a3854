/**
 * The component mechanism end to end with the Pages kind: an organization admin adds a Pages component to a seeded
 * process, configures it, writes two pages in three languages, orders them and publishes the component; a visitor
 * who is not signed in then reads the pages in Finnish, Swedish and English, and the language switcher keeps the
 * page. Every page visited gets an axe check.
 */
import pg from 'pg';
import { test, expect, demoUsers } from './fixtures';
import { E2E_BASE_URL } from './env';

const SPACE_SLUG = 'lahioohjelma-2026-neulamaki';

test.describe('Pages component', () => {
  test('an admin publishes information pages that a visitor reads in three languages', async ({ page, browser, signIn, expectNoA11yViolations }) => {
    test.setTimeout(150_000);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const componentName = `Ohjeet ${suffix}`;
    const main = page.getByRole('main');

    await signIn(demoUsers.admin);

    // The space's components tab.
    await page.goto('/fi/admin/spaces');
    await main.getByRole('link', { name: 'Lähiöohjelma 2026 – Neulamäki' }).click();
    await expect(page).toHaveURL(/\/fi\/admin\/spaces\/[a-z0-9]+$/);
    const tabs = main.getByRole('navigation', { name: 'Tilan hallinnan osiot' });
    await tabs.getByRole('link', { name: 'Osat' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Osat', exact: true })).toBeVisible();
    await expect(tabs.getByRole('link', { name: 'Osat' })).toHaveAttribute('aria-current', 'page');
    await expectNoA11yViolations();

    // Add a Pages component: the kind comes from the registry with its description; the name is required.
    const addForm = main.getByRole('form', { name: 'Lisää osa' });
    await expect(addForm.getByRole('group', { name: 'Tyyppi' })).toContainText('Tietosivuja');
    await addForm.getByRole('button', { name: 'Lisää osa' }).click();
    await expect(addForm.getByRole('alert')).toContainText('Tarkista lomakkeen tiedot');
    await expectNoA11yViolations();
    await addForm.getByRole('radio', { name: 'Sivut' }).check();
    await addForm.getByLabel('Nimi suomeksi', { exact: true }).fill(componentName);
    await addForm.getByLabel('Nimi ruotsiksi', { exact: true }).fill(`Anvisningar ${suffix}`);
    await addForm.getByLabel('Nimi englanniksi', { exact: true }).fill(`Instructions ${suffix}`);
    await addForm.getByRole('button', { name: 'Lisää osa' }).click();

    // The new component's settings page: a draft with default settings.
    await expect(page).toHaveURL(/\/fi\/admin\/spaces\/[a-z0-9]+\/components\/[a-z0-9]+$/);
    const componentId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(main.getByRole('heading', { level: 1, name: componentName })).toBeVisible();
    await expect(main.getByText('Osa on luonnos', { exact: false })).toBeVisible();
    const settings = main.getByRole('form', { name: 'Asetukset', exact: true });
    await expect(settings.getByLabel('Näytä sisällysluettelo', { exact: false })).toBeChecked();
    await expectNoA11yViolations();

    // A setting with a limit: refused with a message on the field, then saved.
    const announcement = settings.getByLabel('Tiedote sivujen yläpuolella suomeksi', { exact: true });
    await announcement.fill('x'.repeat(1001));
    await settings.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(settings.getByText('Teksti on liian pitkä: enintään 1000 merkkiä.')).toBeVisible();
    await expectNoA11yViolations();
    await announcement.fill('Työpaja pidetään Neulamäen koululla.');
    await settings.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(settings.getByRole('status')).toHaveText('Asetukset tallennettu.');

    // The active phase (if the seed's dates make one active today) gets its own announcement, which wins.
    const activePhaseForm = main.getByRole('form', { name: /\(käynnissä\)/ });
    const hasActivePhase = (await activePhaseForm.count()) === 1;
    if (hasActivePhase) {
      await activePhaseForm.getByLabel('Tiedote tämän vaiheen aikana suomeksi', { exact: true }).fill('Tämän vaiheen tiedote.');
      await activePhaseForm.getByRole('button', { name: 'Tallenna asetukset' }).click();
      await expect(activePhaseForm.getByRole('status')).toHaveText('Asetukset tallennettu.');
    }

    // Content: two pages in three languages.
    await main.getByRole('link', { name: 'Hallinnoi sisältöä' }).click();
    await expect(main.getByRole('heading', { level: 1, name: `Sivut: ${componentName}` })).toBeVisible();
    await expect(main.getByText('Sivuja ei ole vielä.', { exact: false })).toBeVisible();
    await expectNoA11yViolations();

    const pages = [
      {
        title: ['Aikataulu', 'Tidtabell', 'Schedule'],
        subheading: ['Tärkeät päivät', 'Viktiga datum', 'Important dates'],
        body: ['Ideoita voi jättää **15. kesäkuuta** asti.', 'Idéer kan lämnas till **15 juni**.', 'Ideas can be submitted until **15 June**.'],
        slug: 'aikataulu',
      },
      {
        title: ['Yhteystiedot', 'Kontaktuppgifter', 'Contact information'],
        subheading: ['Ota yhteyttä', 'Kontakta oss', 'Contact us'],
        body: ['Osallisuuskoordinaattori vastaa kysymyksiin.', 'Delaktighetskoordinatorn svarar på frågor.', 'The participation coordinator answers questions.'],
        slug: 'yhteystiedot',
      },
    ];
    for (const p of pages) {
      await main.getByRole('link', { name: 'Uusi sivu' }).click();
      const form = main.getByRole('form', { name: 'Sivun tiedot' });
      await expect(form).toBeVisible();
      await expectNoA11yViolations();
      for (const [i, lang] of (['suomeksi', 'ruotsiksi', 'englanniksi'] as const).entries()) {
        await form.getByLabel(`Otsikko ${lang}`, { exact: true }).fill(p.title[i]!);
        await form.getByLabel(`Sisältö ${lang}`, { exact: true }).fill(`# ${p.subheading[i]}\n\n${p.body[i]}\n\n<script>alert(1)</script>`);
      }
      // The address follows the Finnish title.
      await expect(form.getByLabel('Osoite (tunniste)')).toHaveValue(p.slug);
      await form.getByRole('button', { name: 'Luo sivu' }).click();
      await expect(main.getByRole('table', { name: 'Sivut näyttöjärjestyksessä' }).getByRole('link', { name: p.title[0]! })).toBeVisible();
    }

    // A second page with the same address is refused on the field.
    await main.getByRole('link', { name: 'Uusi sivu' }).click();
    const duplicate = main.getByRole('form', { name: 'Sivun tiedot' });
    await duplicate.getByLabel('Otsikko suomeksi', { exact: true }).fill('Aikataulu');
    await duplicate.getByLabel('Sisältö suomeksi', { exact: true }).fill('Toinen');
    await duplicate.getByRole('button', { name: 'Luo sivu' }).click();
    await expect(duplicate.getByText('Tämä tunniste on jo käytössä.', { exact: false })).toBeVisible();
    await expectNoA11yViolations();
    await main.getByRole('link', { name: 'Takaisin sivuluetteloon' }).click();

    // Order: contact information first.
    const table = main.getByRole('table', { name: 'Sivut näyttöjärjestyksessä' });
    await expect(table.getByRole('rowheader')).toHaveText(['Aikataulu', 'Yhteystiedot']);
    await table.getByRole('button', { name: 'Siirrä ylös: Yhteystiedot' }).click();
    await expect(table.getByRole('rowheader')).toHaveText(['Yhteystiedot', 'Aikataulu']);
    await expectNoA11yViolations();

    // A visitor cannot open the component while it is a draft.
    const visitorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
    const visitor = await visitorContext.newPage();
    const draftResponse = await visitor.goto(`/fi/spaces/${SPACE_SLUG}/c/${componentId}`);
    expect(draftResponse?.status()).toBe(404);
    await visitorContext.close();

    // Publish.
    await main.getByRole('navigation', { name: 'Murupolku' }).getByRole('link', { name: componentName }).click();
    await main.getByRole('button', { name: `Julkaise: ${componentName}` }).click();
    await expect(main.getByRole('button', { name: `Piilota julkaisu: ${componentName}` })).toBeVisible();
    await expect(main.getByText('Osa näkyy tilan sivulla', { exact: false })).toBeVisible();
    await expectNoA11yViolations();

    // Signed out, as a resident would visit.
    await page.context().clearCookies();

    await page.goto(`/fi/spaces/${SPACE_SLUG}`);
    await expect(main.getByRole('heading', { level: 1, name: 'Lähiöohjelma 2026 – Neulamäki' })).toBeVisible();
    const phases = main.getByRole('list').filter({ has: page.getByRole('heading', { level: 3, name: 'Tilannekuva' }) });
    await expect(phases.locator('li[aria-current="step"]')).toHaveCount(hasActivePhase ? 1 : 0);
    if (hasActivePhase) await expect(phases.locator('li[aria-current="step"]')).toContainText('Käynnissä');
    await expectNoA11yViolations();
    await main.getByRole('link', { name: componentName }).click();

    // The first page in Finnish, with the phase's (or the general) announcement and a table of contents.
    await expect(page).toHaveURL(new RegExp(`/fi/spaces/${SPACE_SLUG}/c/${componentId}$`));
    await expect(main.getByRole('heading', { level: 1, name: 'Yhteystiedot' })).toBeVisible();
    await expect(main.getByText(hasActivePhase ? 'Tämän vaiheen tiedote.' : 'Työpaja pidetään Neulamäen koululla.')).toBeVisible();
    await expect(main.getByRole('navigation', { name: 'Murupolku' })).toContainText('Lähiöohjelma 2026 – Neulamäki');
    const toc = main.getByRole('navigation', { name: 'Tämän osion sivut' });
    await expect(toc.getByRole('link')).toHaveText(['Yhteystiedot', 'Aikataulu']);
    await expect(toc.getByRole('link', { name: 'Yhteystiedot' })).toHaveAttribute('aria-current', 'page');
    await expectNoA11yViolations();

    await toc.getByRole('link', { name: 'Aikataulu' }).click();
    await expect(page).toHaveURL(new RegExp(`/fi/spaces/${SPACE_SLUG}/c/${componentId}/aikataulu$`));
    await expect(main.getByRole('heading', { level: 1, name: 'Aikataulu' })).toBeVisible();
    // Markdown: the editor's "#" heading sits below the page's h1, bold is kept, raw HTML is not rendered.
    await expect(main.getByRole('heading', { level: 2, name: 'Tärkeät päivät' })).toBeVisible();
    await expect(main.locator('.prose-content strong')).toHaveText('15. kesäkuuta');
    await expect(main.locator('.prose-content script')).toHaveCount(0);
    await expect(main.getByText('alert(1)')).toHaveCount(0);
    await expectNoA11yViolations();

    // Swedish, through the language switcher: the same page.
    await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'Vaihda kieleksi svenska' }).click();
    await expect(page).toHaveURL(new RegExp(`/sv/spaces/${SPACE_SLUG}/c/${componentId}/aikataulu$`));
    await expect(main.getByRole('heading', { level: 1, name: 'Tidtabell' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Viktiga datum' })).toBeVisible();
    await expect(main.getByRole('navigation', { name: 'Sidor i detta avsnitt' }).getByRole('link')).toHaveText(['Kontaktuppgifter', 'Tidtabell']);
    await expectNoA11yViolations();

    // English.
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Byt språk till English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/spaces/${SPACE_SLUG}/c/${componentId}/aikataulu$`));
    await expect(main.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
    await expect(main.getByText('Ideas can be submitted until', { exact: false })).toBeVisible();
    await expectNoA11yViolations();

    // An unknown page of the component is a 404.
    const missing = await page.goto(`/en/spaces/${SPACE_SLUG}/c/${componentId}/ei-ole`);
    expect(missing?.status()).toBe(404);
    await expectNoA11yViolations();
  });
});

test.describe('Archiving components', () => {
  /** A row straight into the e2e database: writing pages through the UI is the journey above. */
  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  test('a coordinator archives a component with content, restores it, and deletes an empty one', async ({ page, browser, signIn, expectNoA11yViolations }) => {
    test.setTimeout(180_000);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const written = `Kirjoitettu ${suffix}`;
    const empty = `Tyhjä ${suffix}`;
    const main = page.getByRole('main');
    const [space] = await query<{ id: string }>('SELECT "id" FROM "Space" WHERE "slug" = $1', [SPACE_SLUG]);
    const listPath = `/fi/admin/spaces/${space!.id}/components`;
    const visitorContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
    const publicStatus = async (componentId: string) => (await visitorContext.request.get(`/fi/spaces/${SPACE_SLUG}/c/${componentId}`)).status();

    async function addComponent(name: string): Promise<string> {
      await page.goto(listPath);
      // Fill the form only once it is hydrated, or a slow machine's hydration resets what was typed.
      await page.waitForLoadState('networkidle');
      const addForm = main.getByRole('form', { name: 'Lisää osa' });
      await addForm.getByRole('radio', { name: 'Sivut' }).check();
      await addForm.getByLabel('Nimi suomeksi', { exact: true }).fill(name);
      await expect(addForm.getByLabel('Nimi suomeksi', { exact: true })).toHaveValue(name);
      await addForm.getByRole('button', { name: 'Lisää osa' }).click();
      await expect(page).toHaveURL(/\/fi\/admin\/spaces\/[a-z0-9]+\/components\/[a-z0-9]+$/);
      await expect(main.getByRole('heading', { level: 1, name })).toBeVisible();
      return new URL(page.url()).pathname.split('/').pop()!;
    }

    try {
      await signIn(demoUsers.coordinator);

      // A published component in which someone has written a page.
      const writtenId = await addComponent(written);
      await query(
        `INSERT INTO "Page" ("id", "componentId", "slug", "title", "body", "updatedAt") VALUES ($1, $2, 'sivu', '{"fi":"Sivu"}', '{"fi":"Asukkaan teksti"}', now())`,
        [`e2epage${suffix}`, writtenId],
      );
      await page.reload();
      await main.getByRole('button', { name: `Julkaise: ${written}` }).click();
      await expect(main.getByRole('button', { name: `Piilota julkaisu: ${written}` })).toBeVisible();
      expect(await publicStatus(writtenId)).toBe(200);

      // It cannot be deleted, only archived, after a confirmation.
      const archiving = main.getByRole('region', { name: 'Arkistointi' });
      await expect(archiving).toContainText('Osaan on kirjoitettu sisältöä, joten sitä ei voi poistaa.');
      await expect(archiving.getByRole('button', { name: 'Poista osa' })).toHaveCount(0);
      await expectNoA11yViolations();
      await archiving.getByRole('button', { name: 'Arkistoi osa' }).click();
      const confirm = archiving.getByRole('group', { name: `Arkistoidaanko ${written}? Se katoaa asukkailta, mutta sisältö säilyy.` });
      await expect(confirm.getByRole('button', { name: 'Kyllä, arkistoi' })).toBeFocused();
      await expectNoA11yViolations();
      await confirm.getByRole('button', { name: 'Kyllä, arkistoi' }).click();

      // Back on the list: gone from the active components, listed apart with its content, and gone from residents.
      await expect(page).toHaveURL(new RegExp(`${listPath}$`));
      const archived = main.getByRole('table', { name: 'Arkistoidut osat, viimeksi arkistoitu ensin' });
      const archivedRow = archived.getByRole('row').filter({ has: page.getByRole('rowheader', { name: written }) });
      await expect(archivedRow).toContainText('1');
      await expect(main.getByRole('table', { name: 'Tilan osat siinä järjestyksessä, jossa ne näkyvät asukkaille' })).not.toContainText(written);
      await expect(archivedRow.getByRole('button', { name: `Poista pysyvästi: ${written}` })).toHaveCount(0);
      await expectNoA11yViolations();
      expect(await publicStatus(writtenId)).toBe(404);
      const [row] = await query<{ archivedAt: Date | null; pages: number }>(
        'SELECT c."archivedAt", (SELECT count(*)::int FROM "Page" p WHERE p."componentId" = c."id") AS pages FROM "Component" c WHERE c."id" = $1',
        [writtenId],
      );
      expect(row?.archivedAt).not.toBeNull();
      expect(row?.pages).toBe(1);

      // Restored as it was: published, and readable again.
      await archivedRow.getByRole('button', { name: `Palauta: ${written}` }).click();
      await expect(main.getByRole('table', { name: 'Tilan osat siinä järjestyksessä, jossa ne näkyvät asukkaille' })).toContainText(written);
      await expectNoA11yViolations();
      expect(await publicStatus(writtenId)).toBe(200);

      // An empty component can be deleted for good.
      const emptyId = await addComponent(empty);
      const emptySection = main.getByRole('region', { name: 'Arkistointi' });
      await emptySection.getByRole('button', { name: 'Poista osa' }).click();
      await emptySection.getByRole('group', { name: `Poistetaanko tyhjä osa ${empty} pysyvästi?` }).getByRole('button', { name: 'Kyllä, poista' }).click();
      await expect(page).toHaveURL(new RegExp(`${listPath}$`));
      await expect(main.getByRole('table', { name: 'Tilan osat siinä järjestyksessä, jossa ne näkyvät asukkaille' })).not.toContainText(empty);
      await expectNoA11yViolations();
      expect(await query('SELECT 1 FROM "Component" WHERE "id" = $1', [emptyId])).toEqual([]);
    } finally {
      await visitorContext.close();
    }
  });
});
