/**
 * Areas: the public list and area pages in every language (map with its text alternative, never fetching tiles
 * because MAP_TILE_URL is empty in tests), and the admin journey: invalid GeoJSON is reported per feature and
 * nothing is created, the fixed GeoJSON creates the area, which then shows on the public list and can be deleted.
 */
import type { Page } from '@playwright/test';
import { test, expect, demoUsers } from './fixtures';

/** Records requests that leave the app's own server (tiles, fonts, anything): maps must work offline. */
function recordExternalRequests(page: Page): string[] {
  const external: string[] = [];
  const own = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own) external.push(request.url());
  });
  return external;
}

const ring = [
  [27.5, 63.0],
  [27.52, 63.0],
  [27.52, 63.01],
  [27.5, 63.01],
  [27.5, 63.0],
];
const feature = (geometry: unknown, name?: string) => ({ type: 'Feature', properties: name ? { name } : {}, geometry });
const validGeoJson = JSON.stringify({ type: 'FeatureCollection', features: [feature({ type: 'Polygon', coordinates: [ring] }, 'Testikylä')] }, null, 2);
const invalidGeoJson = JSON.stringify(
  {
    type: 'FeatureCollection',
    features: [
      feature({ type: 'Polygon', coordinates: [ring] }, 'Kunnossa'),
      feature({ type: 'Polygon', coordinates: [ring.slice(0, 4)] }, 'Rikki'),
      feature({ type: 'Point', coordinates: [27.5, 63.0] }),
    ],
  },
  null,
  2,
);

const publicTexts = {
  fi: {
    title: 'Alueet',
    neighbourhoods: 'Asuinalueet ja lähiöt',
    rural: 'Maaseutualueet',
    overviewMap: 'Kartta: kaikki alueet',
    textAlternative: 'Kartan tekstivastine',
    areaMap: 'Kartta: Neulamäki',
    approximate: 'Rajaus on likimääräinen.',
    bbox: /Alue sijoittuu leveyspiireille 62,86\d*°–62,87\d*°/,
    space: 'Lähiöohjelma 2026 – Neulamäki',
  },
  sv: {
    title: 'Områden',
    neighbourhoods: 'Bostadsområden och förorter',
    rural: 'Landsbygdsområden',
    overviewMap: 'Karta: alla områden',
    textAlternative: 'Kartans textalternativ',
    areaMap: 'Karta: Neulamäki',
    approximate: 'Gränsen är ungefärlig.',
    bbox: /Området ligger mellan latituderna 62,86\d*°–62,87\d*°/,
    space: 'Förortsprogrammet 2026 – Neulamäki',
  },
  en: {
    title: 'Areas',
    neighbourhoods: 'Neighbourhoods',
    rural: 'Rural areas',
    overviewMap: 'Map: all areas',
    textAlternative: 'Text alternative of the map',
    areaMap: 'Map: Neulamäki',
    approximate: 'The boundary is approximate.',
    bbox: /The area lies between latitudes 62\.86\d*°–62\.87\d*°/,
    space: 'Neighbourhood programme 2026 – Neulamäki',
  },
} as const;

for (const [locale, text] of Object.entries(publicTexts)) {
  test(`public areas list and area page (${locale})`, async ({ page, expectNoA11yViolations }) => {
    const external = recordExternalRequests(page);
    await page.goto(`/${locale}/areas`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: text.neighbourhoods })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: text.rural })).toBeVisible();
    const overview = main.getByRole('region', { name: text.overviewMap });
    await expect(overview).toBeVisible();
    // Leaflet has drawn the boundaries (SVG paths), without a tile layer.
    await expect(overview.locator('path.leaflet-interactive').first()).toBeVisible();
    await expect(overview.locator('.leaflet-tile')).toHaveCount(0);
    await expect(main.getByRole('heading', { name: text.textAlternative })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Maaninka', exact: true })).toBeVisible();
    await expectNoA11yViolations();

    await main.getByRole('link', { name: 'Neulamäki', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/areas/neulamaki$`));
    const areaMain = page.getByRole('main');
    await expect(areaMain.getByRole('heading', { level: 1, name: 'Neulamäki' })).toBeVisible();
    const map = areaMain.getByRole('region', { name: text.areaMap });
    await expect(map).toBeVisible();
    await expect(map.locator('path.leaflet-interactive')).toHaveCount(1);
    // The text alternative carries the same information as the map.
    const alternative = areaMain.locator('#area-map-text');
    await expect(alternative.getByRole('heading', { name: text.textAlternative })).toBeVisible();
    await expect(alternative).toContainText(text.bbox);
    await expect(alternative).toContainText(text.approximate);
    await expect(map).toHaveAttribute('aria-describedby', 'area-map-text');
    const space = areaMain.getByRole('link', { name: text.space });
    await expect(space).toHaveAttribute('href', `/${locale}/spaces/lahioohjelma-2026-neulamaki`);
    await expectNoA11yViolations();

    expect(external, 'requests outside the app (tiles must be off in tests)').toEqual([]);
  });
}

test('an unknown area gives the not-found page', async ({ page, expectNoA11yViolations }) => {
  const response = await page.goto('/fi/areas/ei-tallaista-aluetta');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expectNoA11yViolations();
});

test('only organization admins may open the area admin', async ({ page, signIn, expectNoA11yViolations }) => {
  await page.goto('/fi/admin/areas');
  await expect(page).toHaveURL(/\/fi\/sign-in\?returnTo=(%2F|\/)admin(%2F|\/)areas/);

  await signIn(demoUsers.coordinator);
  const response = await page.goto('/fi/admin/areas/new');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeVisible();
  await expectNoA11yViolations();
});

test('admin creates an area from GeoJSON after fixing per-feature errors, and deletes it', async ({ page, signIn, expectNoA11yViolations }) => {
  const external = recordExternalRequests(page);
  const suffix = Date.now().toString(36);
  const name = `Testikylä ${suffix}`;
  const slug = `testikyla-${suffix}`;

  await signIn(demoUsers.admin);
  await page.goto('/fi/admin/areas');
  await expect(page.getByRole('table', { name: /Organisaation alueet/ })).toBeVisible();
  await expectNoA11yViolations();

  await page.getByRole('main').getByRole('link', { name: 'Uusi alue' }).click();
  await expect(page).toHaveURL(/\/fi\/admin\/areas\/new$/);
  const form = page.getByRole('form', { name: 'Uuden alueen tiedot', exact: true });
  await expect(form).toBeVisible();
  await expectNoA11yViolations();

  await form.getByLabel('Nimi suomeksi').fill(name);
  await form.getByLabel('Nimi ruotsiksi').fill(`Testby ${suffix}`);
  await form.getByLabel('Tunniste').fill(slug);
  await form.getByLabel('Tyyppi').selectOption({ label: 'Maaseutualue' });
  await form.getByLabel('Asukasluku').fill('1250');
  const boundary = form.getByLabel('Rajaus GeoJSON-muodossa');
  await boundary.fill(invalidGeoJson);
  await form.getByRole('button', { name: 'Luo alue', exact: true }).click();

  // Every broken feature is named; the valid first feature is not blamed.
  await expect(form.getByRole('alert')).toContainText('Tarkista lomakkeen tiedot');
  await expect(boundary).toHaveAttribute('aria-invalid', 'true');
  const errors = form.getByRole('listitem');
  await expect(errors.filter({ hasText: 'Kohde 2 (Rikki): rengas 1 ei ole suljettu tai siinä on alle 4 pistettä' })).toHaveCount(1);
  await expect(errors.filter({ hasText: 'Kohde 3: Rajauksen on oltava GeoJSON-tyyppiä Polygon tai MultiPolygon' })).toHaveCount(1);
  await expect(errors.filter({ hasText: 'Kohde 1' })).toHaveCount(0);
  await expect(form.getByRole('region', { name: 'Kartta: rajauksen esikatselu' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/fi\/admin\/areas\/new$/);
  await expectNoA11yViolations();

  await boundary.fill(validGeoJson);
  await expect(errors.filter({ hasText: 'Kohde 2' })).toHaveCount(0);
  await expect(form.getByRole('region', { name: 'Kartta: rajauksen esikatselu' })).toBeVisible();
  await form.getByLabel('Rajaus on likimääräinen').check();
  await expectNoA11yViolations();
  await form.getByRole('button', { name: 'Luo alue', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/fi/admin/areas\\?created=${slug}$`));
  await expect(page.getByRole('main').getByRole('status')).toContainText(`Alue ${name} luotiin.`);
  // Created exactly once: the invalid attempt stored nothing.
  await expect(page.getByRole('table').getByRole('link', { name })).toHaveCount(1);
  await expectNoA11yViolations();

  await page.goto('/fi/areas');
  const rural = page.getByRole('region', { name: 'Maaseutualueet' });
  await expect(rural.getByRole('link', { name })).toBeVisible();
  await expect(rural.getByText(/Asukkaita: 1\s250/)).toBeVisible();
  await rural.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/fi/areas/${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: `Kartta: ${name}` })).toBeVisible();
  await expect(page.locator('#area-map-text')).toContainText('Rajaus on likimääräinen.');
  await expectNoA11yViolations();

  // Delete it again, through the confirmation step.
  await page.goto('/fi/admin/areas');
  await page.getByRole('table').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Muokkaa aluetta: ${name}` })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Alueen tiedot', exact: true }).getByLabel('Tunniste')).toHaveValue(slug);
  await expectNoA11yViolations();
  await page.getByRole('button', { name: 'Poista alue…', exact: true }).click();
  await expect(page.getByText(`Haluatko varmasti poistaa alueen ${name}?`)).toBeFocused();
  await expectNoA11yViolations();
  await page.getByRole('button', { name: 'Kyllä, poista alue', exact: true }).click();
  await expect(page).toHaveURL(/\/fi\/admin\/areas\?deleted=1$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Alue poistettiin.');
  await expect(page.getByRole('table').getByRole('link', { name })).toHaveCount(0);

  expect(external, 'requests outside the app (tiles must be off in tests)').toEqual([]);
});

test('admin reads GeoJSON from a file; problems show per feature at once, oversized files are refused', async ({ page, signIn, expectNoA11yViolations }) => {
  await signIn(demoUsers.admin);
  await page.goto('/fi/admin/areas/new');
  const form = page.getByRole('form', { name: 'Uuden alueen tiedot', exact: true });
  const file = form.getByLabel('Tai lue rajaus tiedostosta');

  await file.setInputFiles({ name: 'alueet.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(invalidGeoJson) });
  await expect(form.getByText('Tiedosto alueet.geojson luettiin rajauskenttään.')).toBeVisible();
  await expect(form.getByLabel('Rajaus GeoJSON-muodossa')).toHaveValue(invalidGeoJson);
  await expect(form.getByRole('listitem').filter({ hasText: 'Kohde 2 (Rikki)' })).toHaveCount(1);
  await expectNoA11yViolations();

  await file.setInputFiles({ name: 'iso.geojson', mimeType: 'application/geo+json', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 32) });
  await expect(form.getByText('Tiedosto on liian suuri (enintään 2 Mt).')).toBeVisible();
  await expect(form.getByLabel('Rajaus GeoJSON-muodossa')).toHaveValue(invalidGeoJson);

  await file.setInputFiles({ name: 'kunnossa.json', mimeType: 'application/json', buffer: Buffer.from(validGeoJson) });
  await expect(form.getByRole('region', { name: 'Kartta: rajauksen esikatselu' })).toBeVisible();
  await expect(form.getByRole('listitem').filter({ hasText: 'Kohde' })).toHaveCount(0);
  await expectNoA11yViolations();
});
