/**
 * Comments and moderation end to end (issue 7), in Finnish with axe on every page visited: residents discuss under a
 * news post three levels deep with upvotes and a coordinator's official answer; the one replied to is told in the
 * notification centre and by mail, and the daily digest goes out over the test SMTP server; a coordinator switches
 * commenting off for the active phase and a resident sees why; a comment flagged by enough residents disappears, a
 * moderator restores it from the queue and the author is told; a blocked account cannot sign in.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test, demoUsers, signIn as signInAs, expectNoA11yViolations as checkPage } from './fixtures';
import { E2E_BASE_URL } from './env';
import { createPlainResident, withDatabase } from './test-users';

/** The public path of a seeded news post of a demo space, found by its title's start. */
async function postPath(spaceSlug: string, titleStart: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ componentId: string; id: string }>(
      `SELECT n."componentId", n.id FROM "NewsPost" n JOIN "Component" c ON c.id = n."componentId" JOIN "Space" s ON s.id = c."spaceId"
       WHERE s.slug = $1 AND n.title->>'fi' LIKE $2 || '%' LIMIT 1`,
      [spaceSlug, titleStart],
    );
    return `/fi/spaces/${spaceSlug}/c/${rows[0]!.componentId}/${rows[0]!.id}`;
  });
}

async function asUser(browser: Browser, email: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  await signInAs(page, email);
  return { page, close: () => context.close() };
}

const commentArticle = (page: Page, text: string) => page.getByRole('main').locator('article[id^="kommentti-"]', { hasText: text });

async function writeComment(page: Page, text: string) {
  const form = page.getByRole('main').locator('form').filter({ has: page.getByLabel('Kommenttisi', { exact: true }) });
  await form.getByLabel('Kommenttisi', { exact: true }).fill(text);
  await form.getByRole('button', { name: 'Lähetä kommentti' }).click();
  await expect(form.getByRole('status')).toHaveText('Kommenttisi on julkaistu.');
  await expect(commentArticle(page, text)).toBeVisible();
}

async function reply(page: Page, to: string, text: string) {
  const article = commentArticle(page, to);
  await article.getByRole('button', { name: 'Vastaa' }).click();
  await article.getByLabel('Vastauksesi', { exact: true }).fill(text);
  await article.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(commentArticle(page, text)).toBeVisible();
}

test('residents discuss three levels deep with upvotes, the coordinator answers officially, and the replied-to is told in-app, by mail and in the digest', async ({ page, browser, signIn, mailbox, expectNoA11yViolations }) => {
  test.setTimeout(240_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const path = await postPath('lahioohjelma-2026-neulamaki', 'Tule mukaan asukastyöpajaan');
  const riikka = await createPlainResident({ label: 'kommentoija' });
  const other = await createPlainResident({ label: 'vastaaja' });
  const main = page.getByRole('main');

  // A visitor reads the seeded thread: an official answer, a deleted and a hidden comment, a deleted account.
  await page.goto(path);
  const comments = main.getByRole('region', { name: /Kommentit/ });
  await expect(comments.getByRole('link', { name: 'Kirjaudu sisään kommentoidaksesi.' })).toBeVisible();
  await expect(comments.getByText('Virallinen vastaus · Koordinaattori').first()).toBeVisible();
  await expect(comments.getByText('Kommentti poistettu')).toBeVisible();
  await expect(comments.getByText('Kommentti on piilotettu.')).toBeVisible();
  await expect(comments.getByText('Poistettu käyttäjä')).toBeVisible();
  await expectNoA11yViolations();
  await comments.getByRole('link', { name: 'Eniten tykätyt' }).click();
  await expect(page).toHaveURL(/jarjestys=top/);
  await expect(comments.locator('article[id^="kommentti-"]').first()).toContainText('Nuorille olis kiva');

  // The first resident comments; the second replies and upvotes; the coordinator answers the reply; the first answers back.
  await signIn(riikka);
  await page.goto(path);
  const first = `Voisiko työpajassa olla myös tulkkaus? ${suffix}`;
  await writeComment(page, first);
  await expectNoA11yViolations();

  const second = await asUser(browser, other);
  await second.page.goto(path);
  const replyText = `Kannatan, monelle naapurille se olisi tärkeää. ${suffix}`;
  await reply(second.page, first, replyText);
  const like = commentArticle(second.page, first).getByRole('button', { name: /Tykkää/ });
  await expect(like).toHaveAttribute('aria-pressed', 'false');
  await like.click();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(like).toContainText('1');
  await checkPage(second.page);
  await second.close();

  const coordinator = await asUser(browser, demoUsers.coordinator);
  await coordinator.page.goto(path);
  const answer = `Selvitämme tulkkauksen ja kerromme tästä ketjussa. ${suffix}`;
  await reply(coordinator.page, replyText, answer);
  await expect(commentArticle(coordinator.page, answer)).toContainText('Virallinen vastaus · Koordinaattori');
  await coordinator.close();

  await page.reload();
  const deepest = `Kiitos! ${suffix}`;
  await reply(page, answer, deepest);
  // The fourth level is the last: no reply button there, but one on the level above.
  await expect(commentArticle(page, deepest).getByRole('button', { name: 'Vastaa' })).toHaveCount(0);
  await expect(commentArticle(page, deepest).getByRole('button', { name: 'Muokkaa' })).toBeVisible();
  await expect(commentArticle(page, first)).toContainText('1 tykkäys');
  await expectNoA11yViolations();

  // Told of the reply at once by mail (the default for replies) and in the centre.
  const mail = await mailbox.waitFor(riikka, { subject: /Vastaus kommenttiisi/ });
  expect(mail.text).toContain('Tavallinen Asukas vastasi kommenttiisi');
  await page.goto('/fi/notifications');
  await expect(main.getByText(/Vastaus kommenttiisi/).first()).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(main.getByText(/Uusi kommentti · Kaisa Koordinaattori/).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expectNoA11yViolations();

  // The coordinator's answer is a new comment on a post she follows since commenting: it waits for the daily digest.
  await withDatabase((client) =>
    client.query(`SELECT graphile_worker.add_job('organization-digest', json_build_object('organizationId', "organizationId", 'day', '2099-12-31'), job_key := 'e2e-digest-' || $1)
      FROM "User" WHERE email = $2`, [suffix, riikka]),
  );
  const digest = await mailbox.waitFor(riikka, { subject: /Päivän kooste/ });
  expect(digest.text).toContain('Kaisa Koordinaattori');
});

test('a coordinator switches commenting off for the active phase, and a resident sees why it is unavailable', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const path = await postPath('lahioohjelma-2026-petonen', 'Lähiöohjelma käynnistyy');
  const coordinator = await asUser(browser, demoUsers.coordinatorPetonen);
  const cmain = coordinator.page.getByRole('main');
  const setCommenting = async (on: boolean) => {
    await coordinator.page.goto('/fi/admin/spaces');
    await cmain.getByRole('link', { name: 'Lähiöohjelma 2026 – Petonen' }).click();
    await cmain.getByRole('navigation', { name: 'Tilan hallinnan osiot' }).getByRole('link', { name: 'Osat' }).click();
    await cmain.getByRole('link', { name: 'Asetukset: Tiedotus' }).click();
    const form = cmain.getByRole('form', { name: 'Osallistumistoiminnot vaiheittain' });
    const active = form.getByRole('group', { name: /käynnissä/ });
    await active.getByRole('checkbox', { name: 'Kommentointi' }).setChecked(on);
    await form.getByRole('button', { name: 'Tallenna toiminnot' }).click();
    await expect(form.getByRole('status')).toContainText('Toimintojen asetukset tallennettu.');
  };
  try {
    await setCommenting(false);
    await checkPage(coordinator.page);
    await signIn(await createPlainResident({ label: 'suljettu' }));
    await page.goto(path);
    const comments = page.getByRole('main').getByRole('region', { name: /Kommentit/ });
    await expect(comments.getByText('Kommentointi ei ole käytössä.')).toBeVisible();
    await expect(comments.getByLabel('Kommenttisi')).toHaveCount(0);
    await expect(comments.getByRole('button', { name: 'Vastaa' })).toHaveCount(0);
    // The thread itself stays readable, with the stances the component asks for.
    await expect(comments.getByText('Vastaan', { exact: true })).toBeVisible();
    await expectNoA11yViolations();
  } finally {
    await setCommenting(true);
    await coordinator.close();
  }
});

test('a comment flagged by enough residents disappears, a moderator restores it and the author is told; a blocked account cannot sign in', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(240_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const path = await postPath('lahioohjelma-2026-neulamaki', 'Tule mukaan asukastyöpajaan');
  const author = await createPlainResident({ label: 'kirjoittaja' });
  const text = `Koulun piha on pimeä iltaisin, lisää valoja! ${suffix}`;
  const main = page.getByRole('main');

  const writer = await asUser(browser, author);
  await writer.page.goto(path);
  await writeComment(writer.page, text);
  await writer.close();

  // Two residents have flagged it already (arranged); the third flags it from the page, which hides it.
  await withDatabase(async (client) => {
    const flaggers = [await createPlainResident({ label: 'ilmoittaja1' }), await createPlainResident({ label: 'ilmoittaja2' })];
    const { rows } = await client.query<{ id: string; organizationId: string; componentId: string; spaceId: string; authorId: string }>(
      `SELECT c.id, c."organizationId", c."componentId", co."spaceId", c."authorId" FROM "Comment" c JOIN "Component" co ON co.id = c."componentId" WHERE c.body = $1`,
      [text],
    );
    const c = rows[0]!;
    const caseId = `e2ecase${suffix}`;
    await client.query(
      `INSERT INTO "Moderation" (id, "organizationId", "spaceId", "componentId", "targetType", "targetId", "authorId", "flagCount", "updatedAt") VALUES ($1, $2, $3, $4, 'comment', $5, $6, 2, now())`,
      [caseId, c.organizationId, c.spaceId, c.componentId, c.id, c.authorId],
    );
    for (const email of flaggers) {
      await client.query(`INSERT INTO "Flag" ("moderationId", "userId", reason) SELECT $1, id, 'OFFENSIVE' FROM "User" WHERE email = $2`, [caseId, email]);
    }
  });
  await signIn(await createPlainResident({ label: 'ilmoittaja3' }));
  await page.goto(path);
  const article = commentArticle(page, text);
  await article.getByRole('button', { name: 'Ilmoita asiattomaksi' }).click();
  await expectNoA11yViolations();
  await article.getByRole('radio', { name: 'Muu syy' }).check();
  await article.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
  await expect(article.getByRole('alert')).toContainText('Kerro lyhyesti');
  await article.getByLabel('Lisätietoja').fill('Ei asiaton, mutta testataan kynnystä.');
  await article.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
  await expect(article.getByRole('status')).toContainText('Kiitos, ilmoitus on lähetetty');
  await page.reload();
  await expect(main.getByText(text)).toHaveCount(0);

  // The space's moderator finds it in the queue, hidden automatically, and restores it with a reason.
  const moderator = await asUser(browser, demoUsers.moderator);
  const mmain = moderator.page.getByRole('main');
  await moderator.page.goto('/fi/admin');
  await moderator.page.getByRole('navigation', { name: 'Hallinnan valikko' }).getByRole('link', { name: 'Moderointi' }).click();
  const item = mmain.locator('article', { hasText: text });
  await expect(item).toContainText('Piilotettu automaattisesti ilmoitusten vuoksi');
  await expect(item).toContainText('3 ilmoitusta');
  await expect(item).toContainText('Ei asiaton, mutta testataan kynnystä.');
  await checkPage(moderator.page);
  await item.getByRole('radio', { name: 'Palauta näkyviin' }).check();
  await item.getByLabel('Syy').selectOption({ label: 'ei rikkonut käyttöehtoja' });
  await item.getByLabel('Viesti kirjoittajalle (valinnainen)').fill('Kiitos hyvästä huomiosta.');
  await item.getByRole('button', { name: 'Tallenna päätös' }).click();
  await expect(mmain.getByRole('status').first()).toContainText('Päätös tallennettu');
  await mmain.getByRole('link', { name: /Pidetyt näkyvillä/ }).click();
  await expect(mmain.locator('article', { hasText: text })).toContainText('Kiitos hyvästä huomiosta.');
  await checkPage(moderator.page);
  await moderator.close();

  await page.goto(path);
  await expect(commentArticle(page, text)).toBeVisible();

  // The author reads why in the notification centre.
  const told = await asUser(browser, author);
  await told.page.goto('/fi/notifications');
  await expect(told.page.getByRole('main')).toContainText('Moderaattori palautti kommenttisi näkyviin. Syy: ei rikkonut käyttöehtoja. Moderaattorin viesti: Kiitos hyvästä huomiosta.');
  await checkPage(told.page);
  await told.close();

  // An organization admin blocks the author from the queue's link; the author cannot sign in any more.
  const admin = await asUser(browser, demoUsers.admin);
  const amain = admin.page.getByRole('main');
  await admin.page.goto('/fi/admin/moderation?tila=kept');
  await amain.locator('article', { hasText: text }).getByRole('link', { name: 'Käyttäjän tiedot ja esto' }).click();
  const block = amain.getByRole('region', { name: 'Tilin esto' });
  await block.getByRole('button', { name: 'Estä käyttäjä' }).click();
  await block.getByRole('button', { name: 'Vahvista esto' }).click();
  await expect(block.getByRole('status')).toContainText('Käyttäjä on estetty');
  await admin.close();

  const blocked = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const blockedPage = await blocked.newPage();
  await blockedPage.goto('/fi/sign-in');
  const bmain = blockedPage.getByRole('main');
  await bmain.getByLabel('Sähköposti', { exact: true }).fill(author);
  await bmain.getByLabel('Salasana', { exact: true }).fill('Kuopio-demo-2026');
  await bmain.getByRole('button', { name: 'Kirjaudu sisään', exact: true }).click();
  await expect(bmain.getByRole('alert')).toBeVisible();
  await expect(blockedPage).toHaveURL(/\/sign-in/);
  await blocked.close();
});

test('a pre-moderated debate appears only after a moderator approves it, and its author is told', async ({ page, browser, signIn, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const title = `Petosen uimarannalle laituri ${Date.now().toString(36)}`;
  const author = await createPlainResident({ label: 'esimoderoitu' });
  const main = page.getByRole('main');

  // Petonen's Keskustelu is pre-moderated in the demo: the author sees the debate waiting, nobody else sees it.
  await signIn(author);
  await page.goto('/fi/spaces/lahioohjelma-2026-petonen');
  await main.getByRole('link', { name: 'Keskustelu', exact: true }).click();
  await main.getByRole('link', { name: 'Aloita uusi keskustelu' }).click();
  const form = main.getByRole('form', { name: 'Keskustelun tiedot' });
  await form.getByLabel('Otsikko').fill(title);
  await form.getByLabel('Kuvaus').fill('Uimarannalla ei ole laituria, ja lapset hyppäävät kiviltä.');
  await form.getByRole('button', { name: 'Aloita keskustelu' }).click();
  const article = main.getByRole('article', { name: title });
  await expect(article.getByRole('note')).toBeVisible();
  await expectNoA11yViolations();
  const debatePath = new URL(page.url()).pathname;

  const visitor = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
  const anonymous = await visitor.newPage();
  expect((await anonymous.goto(debatePath))?.status()).toBe(404);

  // An organization admin approves it in the queue.
  const admin = await asUser(browser, demoUsers.admin);
  const amain = admin.page.getByRole('main');
  await admin.page.goto('/fi/admin/moderation?tila=pending');
  const item = amain.locator('article', { hasText: title });
  await expect(item).toContainText('Odottaa hyväksyntää');
  await checkPage(admin.page);
  await item.getByRole('radio', { name: 'Hyväksy julkaistavaksi' }).check();
  await item.getByRole('button', { name: 'Tallenna päätös' }).click();
  await expect(amain.getByRole('status').first()).toContainText('Päätös tallennettu');
  await admin.close();

  // Now public, with its thread open for comments.
  await expect(async () => {
    const response = await anonymous.goto(debatePath);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 10_000 });
  await expect(anonymous.getByRole('main').getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByRole('main').getByRole('region', { name: /Kommentit/ })).toBeVisible();
  await checkPage(anonymous);
  await visitor.close();
  await page.goto('/fi/notifications');
  await expect(main).toContainText('Moderaattori hyväksyi sisältösi, ja se näkyy nyt muille.');
});
