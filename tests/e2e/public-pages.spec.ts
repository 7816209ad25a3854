/**
 * Pages no other spec visits, each checked with axe and for meaningful content: the front page in three languages,
 * the list of spaces with its filters, an assembly with its members and a rural council with its area, the skip
 * link, not-found answers (unknown locale, unknown space, unknown path), the forgotten-password journey by email
 * ending with a change of password in the profile, and admin pages seen by the roles that use them: a user's detail
 * page, the seeded Neulamäki space's members and phases as its space admin, and the dashboard of a coordinator.
 */
import { test, expect, demoUsers, uniqueEmail } from './fixtures';

const NEULAMAKI = 'Lähiöohjelma 2026 – Neulamäki';
const PETONEN = 'Lähiöohjelma 2026 – Petonen';

test.describe('front page', () => {
  const texts = {
    fi: {
      h1: 'Kuopion kaupunki: osallistu ja vaikuta',
      processes: 'Käynnissä olevat osallistumisprosessit',
      process: NEULAMAKI,
      areas: 'Alueet',
      assemblies: 'Raadit ja neuvostot',
      youthCouncil: 'Kuopion nuorisovaltuusto',
      ruralCouncil: 'Maaningan maaseuturaati',
      register: 'Luo tunnus',
    },
    sv: {
      h1: 'Kuopio stad: delta och påverka',
      processes: 'Pågående deltagandeprocesser',
      process: 'Förortsprogrammet 2026 – Neulamäki',
      areas: 'Områden',
      assemblies: 'Råd',
      youthCouncil: 'Kuopios ungdomsfullmäktige',
      ruralCouncil: 'Landsbygdsrådet i Maaninka',
      register: 'Skapa konto',
    },
    en: {
      h1: 'City of Kuopio: take part and make a difference',
      processes: 'Ongoing participatory processes',
      process: 'Neighbourhood programme 2026 – Neulamäki',
      areas: 'Areas',
      assemblies: 'Councils',
      youthCouncil: 'Kuopio Youth Council',
      ruralCouncil: 'Maaninka rural council',
      register: 'Create an account',
    },
  } as const;

  for (const [locale, text] of Object.entries(texts)) {
    test(`shows processes, areas and councils (${locale})`, async ({ page, expectNoA11yViolations }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(text.h1);
      await expect(main.getByRole('link', { name: text.register })).toHaveAttribute('href', `/${locale}/register`);

      const processes = main.getByRole('region', { name: text.processes });
      const process = processes.getByRole('link', { name: text.process });
      await expect(process).toHaveAttribute('href', `/${locale}/spaces/lahioohjelma-2026-neulamaki`);

      const areas = main.getByRole('region', { name: text.areas, exact: true });
      await expect(areas.getByRole('link', { name: 'Neulamäki', exact: true })).toHaveAttribute('href', `/${locale}/areas/neulamaki`);
      await expect(areas.getByRole('link', { name: 'Maaninka', exact: true })).toHaveAttribute('href', `/${locale}/areas/maaninka`);

      const assemblies = main.getByRole('region', { name: text.assemblies, exact: true });
      await expect(assemblies.getByRole('link', { name: text.youthCouncil })).toHaveAttribute('href', `/${locale}/spaces/nuorisovaltuusto`);
      await expect(assemblies.getByRole('link', { name: text.ruralCouncil })).toHaveAttribute('href', `/${locale}/spaces/maaninka-maaseuturaati`);
      await expectNoA11yViolations();
    });
  }

  test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/fi');
    const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    // Hidden until focused, then shown on top of the header.
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    expect(box?.height ?? 0).toBeGreaterThan(10);
    await expectNoA11yViolations();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fi#main$/);
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
});

test.describe('spaces', () => {
  test('the list of spaces is filtered by kind and by area with the form', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/fi/spaces');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Osallistu' })).toBeVisible();
    const processes = main.getByRole('region', { name: 'Osallistumisprosessit' });
    const assemblies = main.getByRole('region', { name: 'Raadit ja neuvostot' });
    await expect(processes.getByRole('link', { name: NEULAMAKI })).toBeVisible();
    await expect(processes.getByRole('link', { name: PETONEN })).toBeVisible();
    await expect(assemblies.getByRole('link', { name: 'Kuopion nuorisovaltuusto' })).toBeVisible();
    await expect(assemblies.getByRole('link', { name: 'Maaningan maaseuturaati' })).toBeVisible();
    await expectNoA11yViolations();

    const filters = main.getByRole('form', { name: 'Rajaa näytettäviä' });

    // Only assemblies.
    await filters.getByLabel('Tyyppi').selectOption({ label: 'Raadit ja neuvostot' });
    await filters.getByRole('button', { name: 'Näytä' }).click();
    await expect(page).toHaveURL(/[?&]kind=assembly/);
    await expect(processes).toHaveCount(0);
    await expect(assemblies.getByRole('link', { name: 'Kuopion nuorisovaltuusto' })).toBeVisible();
    await expect(filters.getByLabel('Tyyppi')).toHaveValue('assembly');
    await expectNoA11yViolations();

    // All kinds in one rural area: just its council.
    await filters.getByLabel('Tyyppi').selectOption({ label: 'Kaikki' });
    await filters.getByLabel('Alue').selectOption({ label: 'Maaninka' });
    await filters.getByRole('button', { name: 'Näytä' }).click();
    await expect(page).toHaveURL(/[?&]area=maaninka/);
    await expect(main.getByText('1 osallistumiskohde', { exact: true })).toBeVisible();
    await expect(assemblies.getByRole('listitem')).toHaveCount(1);
    await expect(assemblies.getByRole('link', { name: 'Maaningan maaseuturaati' })).toBeVisible();
    await expect(processes).toHaveCount(0);
    await expectNoA11yViolations();

    // Processes in Neulamäki: not Petonen's, and no assemblies.
    await filters.getByLabel('Tyyppi').selectOption({ label: 'Osallistumisprosessit' });
    await filters.getByLabel('Alue').selectOption({ label: 'Neulamäki' });
    await filters.getByRole('button', { name: 'Näytä' }).click();
    await expect(page).toHaveURL(/kind=process&area=neulamaki/);
    await expect(processes.getByRole('link', { name: NEULAMAKI })).toBeVisible();
    await expect(processes.getByRole('link', { name: PETONEN })).toHaveCount(0);
    await expect(assemblies).toHaveCount(0);
    await expect(processes.getByRole('listitem').filter({ hasText: NEULAMAKI })).toContainText('Alueet: Neulamäki');
    await expectNoA11yViolations();
  });

  test('an assembly shows its members', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/fi/spaces/nuorisovaltuusto');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Kuopion nuorisovaltuusto' })).toBeVisible();
    await expect(main.getByText('Nuorisovaltuusto', { exact: true })).toBeVisible();
    await expect(main.getByText('lakisääteinen nuorten vaikuttajaryhmä', { exact: false })).toBeVisible();
    const members = main.getByRole('region', { name: 'Jäsenet' });
    const youth = members.getByRole('listitem').filter({ hasText: 'Nuutti Nuori' });
    await expect(youth).toHaveCount(1);
    await expect(youth).toContainText('Jäsen');
    // An assembly has no phases.
    await expect(main.getByRole('region', { name: 'Vaiheet' })).toHaveCount(0);
    await expectNoA11yViolations();
  });

  test('a rural council links to its area, whose page lists the council', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/fi/spaces/maaninka-maaseuturaati');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Maaningan maaseuturaati' })).toBeVisible();
    await expect(main.getByText('Maaseuturaati', { exact: true })).toBeVisible();
    await expect(main.getByRole('navigation', { name: 'Murupolku' }).getByRole('link', { name: 'Osallistu' })).toHaveAttribute('href', '/fi/spaces');
    const areaLink = main.getByRole('link', { name: 'Maaninka', exact: true });
    await expect(areaLink).toHaveAttribute('href', '/fi/areas/maaninka');
    await expectNoA11yViolations();

    await areaLink.click();
    await expect(page).toHaveURL(/\/fi\/areas\/maaninka$/);
    await expect(main.getByRole('heading', { level: 1, name: 'Maaninka' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Osallistu tällä alueella' }).getByRole('link', { name: 'Maaningan maaseuturaati' })).toBeVisible();
    await expectNoA11yViolations();
  });
});

test.describe('not found', () => {
  for (const path of ['/de/areas', '/xx']) {
    test(`an unknown locale in ${path} gives the not-found page`, async ({ page, expectNoA11yViolations }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: 'Etusivulle' })).toBeVisible();
      await expectNoA11yViolations();
    });
  }

  test('an unknown space is a localized 404 in Finnish and in Swedish', async ({ page, expectNoA11yViolations }) => {
    const fi = await page.goto('/fi/spaces/ei-ole-olemassa');
    expect(fi?.status()).toBe(404);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
    await expect(main.getByText('Etsimääsi sivua ei ole olemassa', { exact: false })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Etusivulle' })).toHaveAttribute('href', '/fi');
    await expectNoA11yViolations();

    const sv = await page.goto('/sv/spaces/ei-ole-olemassa');
    expect(sv?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(main.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/sv');
    await expectNoA11yViolations();
  });

  test('an unknown path is a 404 with the site header and navigation', async ({ page, expectNoA11yViolations }) => {
    const response = await page.goto('/fi/jotain-ihan-muuta');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Osallistu' })).toBeVisible();
    await expectNoA11yViolations();
  });
});

test('a forgotten password is replaced by email, and changed again in the profile', async ({
  page,
  mailbox,
  signIn,
  expectNoA11yViolations,
}) => {
  test.setTimeout(90_000);
  // A new account of its own: changing a shared demo user's password would race with other specs running in
  // parallel, and resetting signs the account out everywhere.
  const email = uniqueEmail('e2e-forgot');
  const firstPassword = 'Ensimmäinen salasana 2026';
  const resetPassword = 'Unohtunut ja uusittu 2026';
  const changedPassword = 'Profiilissa vaihdettu 2026';
  const main = page.getByRole('main');

  await page.goto('/fi/register');
  const registerForm = page.getByRole('form', { name: 'Rekisteröidy' });
  await registerForm.getByRole('textbox', { name: 'Sähköposti' }).fill(email);
  await registerForm.getByLabel('Salasana').fill(firstPassword);
  await registerForm.getByRole('textbox', { name: 'Nimi tai nimimerkki' }).fill('Unohtelija');
  await registerForm.getByRole('button', { name: 'Luo tili' }).click();
  await expect(main.getByRole('heading', { name: 'Tarkista sähköpostisi' })).toBeVisible();

  // The sign-in page links to the reset request.
  await page.goto('/fi/sign-in');
  await main.getByRole('link', { name: 'Unohditko salasanasi?' }).click();
  await expect(page).toHaveURL(/\/fi\/forgot-password$/);
  await expect(main.getByRole('heading', { level: 1, name: 'Unohtunut salasana' })).toBeVisible();
  await expectNoA11yViolations();

  const requestForm = main.getByRole('form', { name: 'Unohtunut salasana' });
  const since = new Date();
  await requestForm.getByLabel('Sähköposti').fill(email);
  await requestForm.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(requestForm.getByRole('status')).toContainText('Jos osoitteella on tili, lähetimme siihen linkin');
  await expectNoA11yViolations();

  const mail = await mailbox.waitFor(email, { subject: /Uuden salasanan asettaminen/, since });
  const link = mailbox.firstUrl(mail);
  expect(link).toContain('/fi/reset-password?token=');

  await page.goto(link);
  await expect(main.getByRole('heading', { level: 1, name: 'Aseta uusi salasana' })).toBeVisible();
  await expectNoA11yViolations();
  const resetForm = main.getByRole('form', { name: 'Aseta uusi salasana' });
  // Mismatching confirmation is refused on the field.
  await resetForm.getByLabel('Uusi salasana', { exact: true }).fill(resetPassword);
  await resetForm.getByLabel('Uusi salasana uudelleen', { exact: true }).fill(`${resetPassword}x`);
  await resetForm.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
  await expect(resetForm.getByLabel('Uusi salasana uudelleen', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations();
  await resetForm.getByLabel('Uusi salasana uudelleen', { exact: true }).fill(resetPassword);
  await resetForm.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
  const done = main.getByRole('status').filter({ hasText: 'Salasanasi on vaihdettu.' });
  await expect(done).toBeFocused();
  await expectNoA11yViolations();

  // The link works once only.
  await page.goto(link);
  const reused = main.getByRole('form', { name: 'Aseta uusi salasana' });
  await reused.getByLabel('Uusi salasana', { exact: true }).fill('Kolmas yritys samalla linkillä');
  await reused.getByLabel('Uusi salasana uudelleen', { exact: true }).fill('Kolmas yritys samalla linkillä');
  await reused.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
  await expect(reused.getByRole('link', { name: 'Pyydä uusi linkki' })).toBeVisible();
  await expectNoA11yViolations();

  // The old password no longer works; the new one does (and the reset confirmed the address too).
  await page.goto('/fi/sign-in');
  const signInForm = main.getByRole('form', { name: 'Kirjaudu sisään' });
  await signInForm.getByLabel('Sähköposti', { exact: true }).fill(email);
  await signInForm.getByLabel('Salasana', { exact: true }).fill(firstPassword);
  await signInForm.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
  await expect(signInForm.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');
  await signIn(email, resetPassword);

  // Change it once more through the profile.
  await page.goto('/fi/profile');
  await expect(main.getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
  const passwordForm = main.getByRole('form', { name: 'Salasana', exact: true });
  await passwordForm.getByLabel('Nykyinen salasana').fill(resetPassword);
  await passwordForm.getByLabel('Uusi salasana', { exact: true }).fill(changedPassword);
  await passwordForm.getByLabel('Uusi salasana uudelleen').fill(changedPassword);
  await passwordForm.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(passwordForm.getByRole('status')).toHaveText('Salasana vaihdettu. Sinut kirjattiin ulos muilta laitteilta.');
  await expect(passwordForm.getByLabel('Nykyinen salasana')).toHaveValue('');
  await expectNoA11yViolations();

  await page.context().clearCookies();
  await signIn(email, changedPassword);
  await page.goto('/fi/profile');
  await expect(main.getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
});

test.describe('admin pages by role', () => {
  test('an organization admin opens user details from the users list', async ({ page, signIn, expectNoA11yViolations }) => {
    await signIn(demoUsers.admin);
    await page.goto('/fi/admin/users');
    const main = page.getByRole('main');
    const search = main.getByRole('search', { name: 'Käyttäjähaku' });
    await search.getByLabel('Sähköposti tai nimi').fill(demoUsers.resident);
    await search.getByRole('button', { name: 'Hae' }).click();
    await expect(page).toHaveURL(/q=resident%40kuopio\.example/);
    await main.getByRole('table').getByRole('link', { name: 'Riikka Asukas' }).click();

    await expect(page).toHaveURL(/\/fi\/admin\/users\/[a-z0-9]+$/);
    await expect(main.getByRole('heading', { level: 1, name: 'Riikka Asukas' })).toBeVisible();
    const facts = main.locator('dl').first();
    await expect(facts).toContainText(demoUsers.resident);
    await expect(facts).toContainText('Aktiivinen');
    await expect(facts).toContainText('Neulamäki');
    await expect(main.getByRole('region', { name: 'Organisaation roolit' }).getByRole('listitem')).toHaveCount(2);
    await expect(main.getByRole('region', { name: 'Roolit osallistumistiloissa' })).toContainText('Käyttäjällä ei ole rooleja tiloissa.');
    await expect(main.getByRole('region', { name: 'Tilin esto' }).getByRole('button', { name: 'Estä käyttäjä' })).toBeVisible();
    await expectNoA11yViolations();

    // A user with a space role: the role links to that space's members page.
    await main.getByRole('link', { name: 'Takaisin käyttäjälistaan' }).click();
    await search.getByLabel('Sähköposti tai nimi').fill(demoUsers.spaceAdmin);
    await search.getByRole('button', { name: 'Hae' }).click();
    await expect(page).toHaveURL(/q=spaceadmin%40kuopio\.example/);
    await main.getByRole('table').getByRole('link', { name: 'Sami Tilavastaava' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Sami Tilavastaava' })).toBeVisible();
    const spaceRoles = main.getByRole('region', { name: 'Roolit osallistumistiloissa' });
    await expect(spaceRoles.getByRole('listitem')).toHaveText(`Tilan pääkäyttäjä: ${NEULAMAKI}`);
    await expect(spaceRoles.getByRole('link', { name: NEULAMAKI })).toHaveAttribute('href', /\/fi\/admin\/spaces\/[a-z0-9]+\/members$/);
    await expectNoA11yViolations();
  });

  test('the space admin of Neulamäki manages its roles, members and phases', async ({ page, signIn, expectNoA11yViolations }) => {
    await signIn(demoUsers.spaceAdmin);
    const main = page.getByRole('main');
    await page.goto('/fi/admin/spaces');
    await expect(main.getByRole('table')).toContainText(NEULAMAKI);
    await expect(main.getByRole('table')).not.toContainText(PETONEN);
    await expectNoA11yViolations();
    await main.getByRole('link', { name: NEULAMAKI }).click();
    await expect(main.getByRole('heading', { level: 1, name: NEULAMAKI })).toBeVisible();
    const tabs = main.getByRole('navigation', { name: 'Tilan hallinnan osiot' });

    await tabs.getByRole('link', { name: 'Jäsenet ja roolit' }).click();
    await expect(tabs.getByRole('link', { name: 'Jäsenet ja roolit' })).toHaveAttribute('aria-current', 'page');
    const roles = main.getByRole('table', { name: 'Roolit tässä tilassa' });
    for (const [person, role] of [
      ['Sami Tilavastaava', 'Tilan ylläpitäjä'],
      ['Kaisa Koordinaattori', 'Osallisuuskoordinaattori'],
      ['Eeva Arvioija', 'Arvioija (viranhaltija)'],
      ['Matti Moderaattori', 'Moderaattori'],
    ] as const) {
      await expect(roles.getByRole('row').filter({ has: page.getByRole('rowheader', { name: person }) })).toContainText(role);
    }
    // A space admin may hand out roles and add members; nothing is read-only.
    await expect(main.getByRole('form', { name: 'Anna rooli' })).toBeVisible();
    await expect(main.getByRole('form', { name: 'Lisää jäsen' })).toBeVisible();
    await expect(main.getByText('Sinulla on tässä tilassa lukuoikeus', { exact: false })).toHaveCount(0);
    await expectNoA11yViolations();

    await tabs.getByRole('link', { name: 'Vaiheet' }).click();
    await expect(tabs.getByRole('link', { name: 'Vaiheet' })).toHaveAttribute('aria-current', 'page');
    const phaseList = main.getByRole('list', { name: 'Prosessin vaiheet järjestyksessä' });
    const seededPhases = [
      ['Tilannekuva', '2026-01-12', '2026-02-28'],
      ['Työpajat ja jalkautuva osallistaminen', '2026-03-01', '2026-04-30'],
      ['Ideointi', '2026-05-01', '2026-06-15'],
      ['Ideoiden arviointi', '2026-08-01', '2026-09-30'],
      ['Äänestys', '2026-10-15', '2026-11-30'],
      ['Toteutus ja seuranta', '2026-12-01', '2027-10-31'],
    ] as const;
    await expect(phaseList.getByRole('listitem')).toHaveCount(seededPhases.length);
    await expect(phaseList.getByRole('heading', { level: 3 })).toHaveText(seededPhases.map(([title]) => new RegExp(title)));
    // The seed makes the phase whose dates contain the seeding day the current one.
    const now = new Date();
    const current = seededPhases.find(([, start, end]) => new Date(start) <= now && now <= new Date(`${end}T23:59:59Z`));
    const activeItems = phaseList.getByRole('listitem').filter({ hasText: 'Käynnissä oleva vaihe' });
    if (current) {
      await expect(activeItems).toHaveCount(1);
      await expect(activeItems).toContainText(current[0]);
      await expect(activeItems.getByRole('button', { name: 'Päätä vaihe' })).toBeVisible();
    } else {
      await expect(activeItems).toHaveCount(0);
    }
    await expect(main.getByRole('form', { name: 'Lisää vaihe' })).toBeVisible();
    await expectNoA11yViolations();
  });

  test('a coordinator’s dashboard shows only their own space', async ({ page, signIn, expectNoA11yViolations }) => {
    await signIn(demoUsers.coordinator);
    await page.goto('/fi/admin');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Hallinta' })).toBeVisible();
    await expect(main.getByText('Tervetuloa hallintaan, Kaisa Koordinaattori.')).toBeVisible();
    // Organization figures are for organization admins only.
    await expect(main.getByRole('heading', { name: 'Tilannekatsaus' })).toHaveCount(0);
    const yours = main.getByRole('region', { name: 'Tilat, joissa sinulla on rooli' });
    // One space card (each card also holds a list of status badges, so count the cards by their headings).
    await expect(yours.getByRole('heading', { level: 3 })).toHaveCount(1);
    await expect(yours.getByRole('link', { name: NEULAMAKI })).toHaveAttribute('href', /\/fi\/admin\/spaces\/[a-z0-9]+$/);
    await expect(yours).toContainText('Roolisi: Osallisuuskoordinaattori');
    await expect(yours.getByRole('list', { name: 'Julkaisu ja näkyvyys' }).getByRole('listitem')).toHaveText(['Julkaistu', 'Julkinen']);
    const adminNav = page.getByRole('navigation', { name: 'Hallinnan valikko' });
    // Coordinators write newsletters to their own space's followers and have the ideas desk (in-person entry);
    // organization-wide entries stay hidden.
    await expect(adminNav.getByRole('link')).toHaveText(['Yleiskatsaus', 'Osallistumistilat', 'Uutiskirjeet', 'Ideat']);
    await expectNoA11yViolations();
  });
});

test('the footer opens the accessibility feedback form with the current page filled in', async ({ page, expectNoA11yViolations }) => {
  await page.goto('/fi/areas/neulamaki');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Ilmoita saavutettavuusongelmasta tällä sivulla' }).click();
  await expect(page).toHaveURL(/\/fi\/accessibility\?page=%2Ffi%2Fareas%2Fneulamaki#feedback-heading$/);
  const form = page.getByRole('main').getByRole('form', { name: 'Anna saavutettavuuspalautetta' });
  await expect(form.getByRole('textbox', { name: 'Sivun osoite' })).toHaveValue('/fi/areas/neulamaki');
  await expectNoA11yViolations();
});
