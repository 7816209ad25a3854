/**
 * The product requirement as one continuous journey: "an admin creates an area with GeoJSON, a process with phases
 * and a Pages component and publishes it, and a resident sees it in fi, sv and en".
 *
 * The organization admin creates an area from a pasted GeoJSON polygon, a participatory process about that area
 * with texts in three languages, two phases (the second made current), and a Pages component with one page; then
 * publishes the component and the space and signs out. A visitor who is not signed in reads the space and the page
 * in Finnish, switches to Swedish and English with the header's language switcher (which keeps the page), sees the
 * current phase marked and the area linked, and finds the process on the area's own page. Every page visited, the
 * admin pages included, gets an axe check. Names carry a unique suffix so that reruns against one database do not
 * collide.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, demoUsers } from './fixtures';

type Texts = { fi: string; sv: string; en: string };
const LANGUAGE_LABELS = { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' } as const;
const LOCALES = ['fi', 'sv', 'en'] as const;

/** Fills the fi/sv/en inputs of one LocalizedTextField (labels "<legend> suomeksi" etc.). */
async function fillLocalized(scope: Locator, legend: string, texts: Texts) {
  for (const locale of LOCALES) {
    await scope.getByLabel(`${legend} ${LANGUAGE_LABELS[locale]}`, { exact: true }).fill(texts[locale]);
  }
}

/** The header's language switcher, labelled in the current language. */
async function switchLanguage(page: Page, from: 'fi' | 'sv' | 'en', to: 'sv' | 'en' | 'fi') {
  const nav = { fi: 'Kieli', sv: 'Språk', en: 'Language' }[from];
  const prefix = { fi: 'Vaihda kieleksi', sv: 'Byt språk till', en: 'Change language to' }[from];
  const name = { fi: 'suomi', sv: 'svenska', en: 'English' }[to];
  await page.getByRole('navigation', { name: nav, exact: true }).getByRole('link', { name: `${prefix} ${name}` }).click();
}

test('an admin creates an area, a phased process and a Pages component, publishes them, and a resident reads them in fi, sv and en', async ({
  page,
  signIn,
  expectNoA11yViolations,
}) => {
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const area = {
    slug: `kallioniemi-${suffix}`,
    name: { fi: `Kallioniemi ${suffix}`, sv: `Bergudden ${suffix}`, en: `Rock Point ${suffix}` },
  };
  const space = {
    slug: `kallioniemen-kehittaminen-${suffix}`,
    title: {
      fi: `Kallioniemen kehittäminen ${suffix}`,
      sv: `Utvecklingen av Bergudden ${suffix}`,
      en: `Developing Rock Point ${suffix}`,
    },
    description: {
      fi: 'Asukkaat suunnittelevat **rantapuiston** uudistamista yhdessä kaupungin kanssa.',
      sv: 'Invånarna planerar förnyelsen av **strandparken** tillsammans med staden.',
      en: 'Residents plan the renewal of the **shore park** together with the city.',
    },
  };
  const phases = [
    { title: { fi: 'Kuuleminen', sv: 'Hörande', en: 'Consultation' }, start: '2026-09-01', end: '2026-10-31' },
    { title: { fi: 'Suunnittelutyöpajat', sv: 'Planeringsverkstäder', en: 'Planning workshops' }, start: '2026-11-01', end: '2027-01-31' },
  ];
  const component = { fi: `Tietoa hankkeesta ${suffix}`, sv: `Om projektet ${suffix}`, en: `About the project ${suffix}` };
  const infoPage = {
    title: { fi: 'Työpajojen aikataulu', sv: 'Verkstädernas tidtabell', en: 'Workshop schedule' },
    body: {
      fi: 'Ensimmäinen työpaja pidetään **Kallioniemen koululla** marraskuussa.',
      sv: 'Den första verkstaden hålls i **Berguddens skola** i november.',
      en: 'The first workshop is held at **Rock Point school** in November.',
    },
  };
  // A square of about 1 × 0.5 km south of Kuopio's centre, longitude first as GeoJSON wants.
  const boundary = JSON.stringify(
    {
      type: 'Polygon',
      coordinates: [
        [
          [27.6, 62.9],
          [27.62, 62.9],
          [27.62, 62.905],
          [27.6, 62.905],
          [27.6, 62.9],
        ],
      ],
    },
    null,
    2,
  );
  const main = page.getByRole('main');

  // ---- Admin: the area ------------------------------------------------------------------------------------------
  await signIn(demoUsers.admin);
  await page.goto('/fi/admin/areas/new');
  await expect(main.getByRole('heading', { level: 1, name: 'Uusi alue' })).toBeVisible();
  const areaForm = main.getByRole('form', { name: 'Uuden alueen tiedot', exact: true });
  await expectNoA11yViolations();

  await fillLocalized(areaForm, 'Nimi', area.name);
  await areaForm.getByLabel('Tunniste').fill(area.slug);
  await areaForm.getByLabel('Tyyppi').selectOption({ label: 'Asuinalue/lähiö' });
  await areaForm.getByLabel('Rajaus GeoJSON-muodossa').fill(boundary);
  // The pasted polygon is understood: a preview map appears and no problems are listed.
  await expect(areaForm.getByRole('region', { name: 'Kartta: rajauksen esikatselu' })).toBeVisible();
  await expect(areaForm.getByText('Rajauksessa on korjattavaa:')).toHaveCount(0);
  await expectNoA11yViolations();
  await areaForm.getByRole('button', { name: 'Luo alue', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/fi/admin/areas\\?created=${area.slug}$`));
  await expect(main.getByRole('status')).toContainText(`Alue ${area.name.fi} luotiin.`);
  await expect(main.getByRole('table').getByRole('link', { name: area.name.fi })).toHaveCount(1);
  await expectNoA11yViolations();

  // ---- Admin: the process ---------------------------------------------------------------------------------------
  await page.goto('/fi/admin/spaces/new?kind=PROCESS');
  await expect(main.getByRole('heading', { level: 1, name: 'Uusi osallistumisprosessi' })).toBeVisible();
  await expectNoA11yViolations();
  const spaceForm = main.getByRole('form', { name: 'Tilan tiedot' });
  await fillLocalized(spaceForm, 'Nimi', space.title);
  await spaceForm.getByLabel('Tunniste').fill(space.slug);
  await fillLocalized(spaceForm, 'Kuvaus', space.description);
  await spaceForm.getByLabel('Alkamispäivä').fill('2026-09-01');
  await spaceForm.getByLabel('Päättymispäivä').fill('2027-01-31');
  await spaceForm.getByRole('group', { name: 'Alueet, joita tila koskee' }).getByLabel(area.name.fi, { exact: true }).check();
  await spaceForm.getByRole('button', { name: 'Luo tila' }).click();

  await expect(page).toHaveURL(/\/fi\/admin\/spaces\/[a-z0-9]+$/);
  await expect(main.getByRole('heading', { level: 1, name: space.title.fi })).toBeVisible();
  await expect(main.getByText('Tila on luonnos.', { exact: false })).toBeVisible();
  await expect(main.getByRole('form', { name: 'Muokkaa perustietoja' }).getByLabel(area.name.fi, { exact: true })).toBeChecked();
  await expectNoA11yViolations();
  const tabs = main.getByRole('navigation', { name: 'Tilan hallinnan osiot' });

  // ---- Admin: two phases, the second one current ----------------------------------------------------------------
  await tabs.getByRole('link', { name: 'Vaiheet' }).click();
  await expect(tabs.getByRole('link', { name: 'Vaiheet' })).toHaveAttribute('aria-current', 'page');
  await expect(main.getByText('Vaiheita ei ole vielä lisätty.')).toBeVisible();
  await expectNoA11yViolations();
  const phaseForm = main.getByRole('form', { name: 'Lisää vaihe' });
  for (const phase of phases) {
    await fillLocalized(phaseForm, 'Vaiheen nimi', phase.title);
    await phaseForm.getByLabel('Alkamispäivä').fill(phase.start);
    await phaseForm.getByLabel('Päättymispäivä').fill(phase.end);
    await phaseForm.getByRole('button', { name: 'Lisää vaihe' }).click();
    await expect(phaseForm.getByRole('status')).toHaveText('Vaihe lisättiin.');
    await expect(main.getByRole('heading', { level: 3, name: new RegExp(phase.title.fi) })).toBeVisible();
  }
  const phaseList = main.getByRole('list', { name: 'Prosessin vaiheet järjestyksessä' });
  await expect(phaseList.getByRole('listitem')).toHaveCount(2);
  const secondPhase = phaseList.getByRole('listitem').filter({ hasText: phases[1]!.title.fi });
  await secondPhase.getByRole('button', { name: 'Aseta käynnissä olevaksi' }).click();
  await expect(secondPhase.getByText('Käynnissä oleva vaihe')).toBeVisible();
  await expect(phaseList.getByRole('listitem').filter({ hasText: phases[0]!.title.fi }).getByText('Käynnissä oleva vaihe')).toHaveCount(0);
  await expectNoA11yViolations();

  // ---- Admin: a Pages component with one page in three languages ------------------------------------------------
  await tabs.getByRole('link', { name: 'Osat' }).click();
  await expect(main.getByRole('heading', { level: 2, name: 'Osat', exact: true })).toBeVisible();
  await expectNoA11yViolations();
  const addForm = main.getByRole('form', { name: 'Lisää osa' });
  await addForm.getByRole('radio', { name: 'Sivut' }).check();
  await fillLocalized(addForm, 'Nimi', component);
  await addForm.getByRole('button', { name: 'Lisää osa' }).click();

  await expect(page).toHaveURL(/\/fi\/admin\/spaces\/[a-z0-9]+\/components\/[a-z0-9]+$/);
  const componentId = new URL(page.url()).pathname.split('/').pop()!;
  await expect(main.getByRole('heading', { level: 1, name: component.fi })).toBeVisible();
  await expect(main.getByText('Osa on luonnos', { exact: false })).toBeVisible();
  await expectNoA11yViolations();

  await main.getByRole('link', { name: 'Hallinnoi sisältöä' }).click();
  await expect(main.getByRole('heading', { level: 1, name: `Sivut: ${component.fi}` })).toBeVisible();
  await expectNoA11yViolations();
  await main.getByRole('link', { name: 'Uusi sivu' }).click();
  const pageForm = main.getByRole('form', { name: 'Sivun tiedot' });
  await expect(pageForm).toBeVisible();
  await expectNoA11yViolations();
  await fillLocalized(pageForm, 'Otsikko', infoPage.title);
  await fillLocalized(pageForm, 'Sisältö', infoPage.body);
  await expect(pageForm.getByLabel('Osoite (tunniste)')).toHaveValue('tyopajojen-aikataulu');
  await pageForm.getByRole('button', { name: 'Luo sivu' }).click();
  const pagesTable = main.getByRole('table', { name: 'Sivut näyttöjärjestyksessä' });
  await expect(pagesTable.getByRole('link', { name: infoPage.title.fi })).toBeVisible();
  await expectNoA11yViolations();

  await main.getByRole('navigation', { name: 'Murupolku' }).getByRole('link', { name: component.fi }).click();
  await main.getByRole('button', { name: `Julkaise: ${component.fi}` }).click();
  await expect(main.getByRole('button', { name: `Piilota julkaisu: ${component.fi}` })).toBeVisible();
  await expectNoA11yViolations();

  // ---- Admin: publish the space ---------------------------------------------------------------------------------
  await tabs.getByRole('link', { name: 'Perustiedot' }).click();
  await expect(main.getByRole('heading', { level: 1, name: space.title.fi })).toBeVisible();
  await main.getByRole('button', { name: 'Julkaise tila' }).click();
  await expect(main.getByText('Tila on julkaistu', { exact: false })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Palauta luonnokseksi' })).toBeVisible();
  await expectNoA11yViolations();

  // ---- Sign out -------------------------------------------------------------------------------------------------
  const mainNav = page.getByRole('navigation', { name: 'Päävalikko' });
  await mainNav.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page).toHaveURL(/\/fi$/);
  await expect(mainNav.getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(mainNav.getByRole('link', { name: 'Hallinta' })).toHaveCount(0);

  // ---- Resident, Finnish: the space page ------------------------------------------------------------------------
  await page.goto(`/fi/spaces/${space.slug}`);
  const phasesSection = { fi: 'Vaiheet', sv: 'Skeden', en: 'Phases' } as const;
  const activeLabel = { fi: 'Käynnissä', sv: 'Pågår', en: 'Active now' } as const;
  const boldWord = { fi: 'rantapuiston', sv: 'strandparken', en: 'shore park' } as const;

  /** The public space page in one language: title, description, current phase, area link and component link. */
  async function expectSpacePage(locale: (typeof LOCALES)[number]) {
    await expect(page).toHaveURL(new RegExp(`/${locale}/spaces/${space.slug}$`));
    await expect(main.getByRole('heading', { level: 1, name: space.title[locale] })).toBeVisible();
    await expect(main.getByRole('note')).toHaveCount(0); // no "not published" notice: it is public now
    await expect(main.locator('.prose-content strong').filter({ hasText: boldWord[locale] })).toBeVisible();
    const timeline = main.getByRole('region', { name: phasesSection[locale] });
    await expect(timeline.getByRole('listitem')).toHaveCount(2);
    const current = timeline.locator('li[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current.getByRole('heading', { level: 3 })).toHaveText(phases[1]!.title[locale]);
    await expect(current).toContainText(activeLabel[locale]);
    await expect(main.getByRole('link', { name: area.name[locale], exact: true })).toHaveAttribute('href', `/${locale}/areas/${area.slug}`);
    await expect(main.getByRole('link', { name: component[locale], exact: true })).toHaveAttribute(
      'href',
      `/${locale}/spaces/${space.slug}/c/${componentId}`,
    );
    await expectNoA11yViolations();
  }

  /** The component's only page in one language, with the space in the breadcrumbs. */
  async function expectInfoPage(locale: (typeof LOCALES)[number]) {
    await expect(page).toHaveURL(new RegExp(`/${locale}/spaces/${space.slug}/c/${componentId}$`));
    await expect(main.getByRole('heading', { level: 1, name: infoPage.title[locale] })).toBeVisible();
    await expect(main.getByText(infoPage.body[locale].split('**')[0]!, { exact: false })).toBeVisible();
    const crumbs = main.getByRole('navigation', { name: { fi: 'Murupolku', sv: 'Brödsmulor', en: 'Breadcrumb' }[locale] });
    await expect(crumbs.getByRole('link', { name: space.title[locale] })).toBeVisible();
    await expectNoA11yViolations();
  }

  await expectSpacePage('fi');
  await main.getByRole('link', { name: component.fi, exact: true }).click();
  await expectInfoPage('fi');

  // ---- Resident: the language switcher keeps the page -----------------------------------------------------------
  await switchLanguage(page, 'fi', 'sv');
  await expectInfoPage('sv');
  await switchLanguage(page, 'sv', 'en');
  await expectInfoPage('en');

  // Back to the space through the breadcrumbs, in English, then Swedish through the switcher.
  await main.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: space.title.en }).click();
  await expectSpacePage('en');
  await switchLanguage(page, 'en', 'sv');
  await expectSpacePage('sv');

  // ---- Resident: the area's own page lists the process ----------------------------------------------------------
  await main.getByRole('link', { name: area.name.sv, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/areas/${area.slug}$`));
  await expect(main.getByRole('heading', { level: 1, name: area.name.sv })).toBeVisible();
  await expect(main.getByRole('region', { name: `Karta: ${area.name.sv}` })).toBeVisible();
  const svSpaces = main.getByRole('region', { name: 'Delta i det här området' });
  await expect(svSpaces.getByRole('link', { name: space.title.sv })).toHaveAttribute('href', `/sv/spaces/${space.slug}`);
  await expectNoA11yViolations();

  await switchLanguage(page, 'sv', 'fi');
  await expect(page).toHaveURL(new RegExp(`/fi/areas/${area.slug}$`));
  await expect(main.getByRole('heading', { level: 1, name: area.name.fi })).toBeVisible();
  const fiSpaces = main.getByRole('region', { name: 'Osallistu tällä alueella' });
  await expect(fiSpaces.getByRole('link', { name: space.title.fi })).toHaveAttribute('href', `/fi/spaces/${space.slug}`);
  await expectNoA11yViolations();

  // The area is also listed among all areas, in its group.
  await page.goto('/en/areas');
  await expect(main.getByRole('region', { name: 'Neighbourhoods' }).getByRole('link', { name: area.name.en })).toBeVisible();
  await expectNoA11yViolations();
});
