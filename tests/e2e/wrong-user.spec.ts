/**
 * The admin screens and server actions of the seeded space `lahioohjelma-2026-neulamaki`, used by people who have no
 * business there: a resident without roles and the coordinator of ANOTHER space (Petonen). Pages answer 403 (or send
 * a visitor to sign in); server actions answer FORBIDDEN, even when the request is forged to point at Neulamäki, and
 * nothing changes in the database. The same refusals are checked action by action in
 * lib/spaces/actions.integration.test.ts.
 */
import pg from 'pg';
import type { Request } from '@playwright/test';
import { test, expect, demoUsers, signIn as signInPage } from './fixtures';
import { E2E_BASE_URL } from './env';

type SpaceRow = { id: string; title: { fi: string }; isPublished: boolean; isPrivate: boolean; updatedAt: Date };

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function spaceBySlug(slug: string): Promise<SpaceRow> {
  const [row] = await query<SpaceRow>('SELECT "id", "title", "isPublished", "isPrivate", "updatedAt" FROM "Space" WHERE "slug" = $1', [slug]);
  if (!row) throw new Error(`seeded space ${slug} is missing`);
  return row;
}

async function auditCount(spaceId: string): Promise<number> {
  const [row] = await query<{ n: number }>('SELECT count(*)::int AS n FROM "AuditLog" WHERE "spaceId" = $1', [spaceId]);
  return row?.n ?? 0;
}

let neulamaki: SpaceRow;
let petonen: SpaceRow;
let neulamakiPhaseId: string;

test.beforeAll(async () => {
  neulamaki = await spaceBySlug('lahioohjelma-2026-neulamaki');
  petonen = await spaceBySlug('lahioohjelma-2026-petonen');
  const [phase] = await query<{ id: string }>('SELECT "id" FROM "Phase" WHERE "spaceId" = $1 ORDER BY "position" LIMIT 1', [neulamaki.id]);
  neulamakiPhaseId = phase!.id;
});

function neulamakiAdminPaths() {
  const base = `/fi/admin/spaces/${neulamaki.id}`;
  return [base, `${base}/phases`, `${base}/phases/${neulamakiPhaseId}`, `${base}/members`];
}

test.describe('space admin pages refuse the wrong user', () => {
  test('a visitor who is not signed in is sent to sign in', async ({ page, expectNoA11yViolations }) => {
    for (const path of [...neulamakiAdminPaths(), '/fi/admin/spaces', '/fi/admin/spaces/new?kind=PROCESS']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/fi\/sign-in\?returnTo=/);
    }
    await expectNoA11yViolations();
  });

  for (const [label, email] of [
    ['a resident', demoUsers.resident],
    ['the coordinator of another space', demoUsers.coordinatorPetonen],
  ] as const) {
    test(`${label} gets 403 on every admin page of Neulamäki`, async ({ page, signIn, expectNoA11yViolations }) => {
      await signIn(email);
      const paths = [...neulamakiAdminPaths(), '/fi/admin/spaces/new?kind=PROCESS'];
      // Someone without any role may not open the admin area at all.
      if (email === demoUsers.resident) paths.push('/fi/admin', '/fi/admin/spaces');
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta' })).toBeVisible();
        await expectNoA11yViolations();
      }
    });
  }

  test('the coordinator of another space sees only that space in the list', async ({ page, signIn, expectNoA11yViolations }) => {
    await signIn(demoUsers.coordinatorPetonen);
    await page.goto('/fi/admin/spaces');
    const table = page.getByRole('main').getByRole('table');
    await expect(table).toContainText('Lähiöohjelma 2026 – Petonen');
    await expect(table).not.toContainText('Neulamäki');
    await expect(page.getByRole('main').getByRole('link', { name: 'Uusi osallistumisprosessi' })).toHaveCount(0);
    await expectNoA11yViolations();
  });
});

test.describe('space admin actions refuse the wrong user', () => {
  test('a forged save aimed at Neulamäki is FORBIDDEN for the Petonen coordinator and for a resident', async ({ page, browser, signIn, expectNoA11yViolations }) => {
    test.setTimeout(60_000);
    const before = await spaceBySlug('lahioohjelma-2026-neulamaki');
    const auditBefore = await auditCount(neulamaki.id);
    const adminUrl = `/fi/admin/spaces/${petonen.id}`;

    // The Petonen coordinator saves their own space's details, but the request is rewritten on its way to say
    // Neulamäki, as a forged POST would.
    await signIn(demoUsers.coordinatorPetonen);
    await page.goto(adminUrl);
    await expectNoA11yViolations();
    const captured: { forged: { headers: Record<string, string>; body: string } | null } = { forged: null };
    await page.route(`**${adminUrl}`, async (route, request: Request) => {
      const body = request.postData();
      if (request.method() !== 'POST' || !request.headers()['next-action'] || !body?.includes(petonen.id)) return route.continue();
      const rewritten = body.replaceAll(petonen.id, neulamaki.id);
      captured.forged = { headers: request.headers(), body: rewritten };
      return route.continue({ postData: rewritten });
    });
    const form = page.getByRole('main').getByRole('form', { name: 'Muokkaa perustietoja' });
    await form.getByLabel('Nimi suomeksi', { exact: true }).fill('Väärän käyttäjän otsikko');
    await form.getByRole('button', { name: 'Tallenna perustiedot' }).click();
    await expect(form.getByRole('alert')).toHaveText('Sinulla ei ole oikeutta tähän toimintoon.');
    await expectNoA11yViolations();
    const forged = captured.forged;
    expect(forged, 'the save went through the route that forges the space id').not.toBeNull();

    // The same forged request, replayed with a resident's session.
    const residentContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'fi-FI' });
    try {
      await signInPage(await residentContext.newPage(), demoUsers.resident);

      const { headers, body } = forged!;
      const replay = await residentContext.request.post(adminUrl, {
        headers: {
          'next-action': headers['next-action']!,
          'content-type': headers['content-type'] ?? 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          origin: E2E_BASE_URL,
          ...(headers['next-router-state-tree'] ? { 'next-router-state-tree': headers['next-router-state-tree'] } : {}),
        },
        data: body,
      });
      expect(await replay.text()).toContain('"error":"FORBIDDEN"');
    } finally {
      await residentContext.close();
    }

    const after = await spaceBySlug('lahioohjelma-2026-neulamaki');
    expect(after).toEqual(before);
    expect(await auditCount(neulamaki.id)).toBe(auditBefore);
    // The Petonen space was not touched either: the rewritten request never reached it.
    expect((await spaceBySlug('lahioohjelma-2026-petonen')).title).toEqual(petonen.title);
  });
});
