/**
 * The search page (/haku, ADR 032) rendered to HTML with React's server renderer against the real database and
 * messages, as in component-screens.integration.test.ts: the form in a search landmark, results with marked excerpts
 * rendered as text, translated messages for malformed addresses, and nothing of a private space for outsiders.
 */
import { type ComponentProps, createElement, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NextIntlClientProvider } from 'next-intl';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/auth/actor';
import { actorFor, createTestOrganization, createTestUser } from '@/tests/factories/organization-admin';
import { createTestSpace } from '@/tests/factories/components';

type IntlProps = ComponentProps<typeof NextIntlClientProvider>;

const request = vi.hoisted(() => ({ locale: 'fi' as 'fi' | 'sv' | 'en', actor: null as unknown, organizationId: '' }));

vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, locale: _locale, ...rest }: { href: string | { pathname: string }; locale?: string; children: ReactNode }) =>
    createElement('a', { href: typeof href === 'string' ? href : href.pathname, ...rest }, children),
  useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }),
  usePathname: () => '/',
  redirect: vi.fn(),
  getPathname: vi.fn(),
}));
vi.mock('next-intl/server', async () => {
  const { createTranslator, createFormatter } = await import('next-intl');
  const { loadMessages: load } = await import('@/lib/i18n/messages');
  type Arg = string | { locale?: 'fi' | 'sv' | 'en'; namespace?: string } | undefined;
  return {
    getTranslations: async (arg: Arg) => {
      const { locale = request.locale, namespace } = typeof arg === 'string' ? { namespace: arg } : (arg ?? {});
      return createTranslator({ locale, messages: load(locale), namespace, timeZone: 'Europe/Helsinki' });
    },
    getFormatter: async () =>
      createFormatter({ locale: request.locale, timeZone: 'Europe/Helsinki', formats: { dateTime: { long: { day: 'numeric', month: 'long', year: 'numeric' } } } }),
  };
});
vi.mock('@/lib/auth/current-actor', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-actor')>()),
  getActor: async () => request.actor,
}));
vi.mock('@/lib/organization/current', () => ({
  getCurrentOrganization: async () => ({ id: request.organizationId, slug: 'test', name: { fi: 'Testikunta' } }),
}));

const page = (await import('@/app/[locale]/haku/page')) as unknown as { default: (props: never) => Promise<ReactNode> };

async function renderSearch(searchParams: Record<string, string>, { locale = 'fi', actor = null }: { locale?: Locale; actor?: Actor | null } = {}) {
  request.locale = locale;
  request.actor = actor;
  const element = await page.default({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(searchParams) } as never);
  const wrapped = createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: 'Europe/Helsinki' } as IntlProps, element);
  const stream = await renderToReadableStream(wrapped, { onError: () => {} });
  await stream.allReady;
  return new Response(stream).text();
}

let member: Actor;
let publicSpace: { id: string; slug: string };
let postId: string;

beforeAll(async () => {
  const org = await createTestOrganization('search-screen');
  request.organizationId = org.id;
  publicSpace = await createTestSpace(org.id);
  const privateSpace = await createTestSpace(org.id, { isPrivate: true });
  const news = async (spaceId: string) =>
    (await db.component.create({ data: { spaceId, kind: 'news', name: { fi: 'Tiedotteet' }, isPublished: true }, select: { id: true } })).id;
  const publicNews = await news(publicSpace.id);
  const publishAt = new Date('2026-11-02T10:00:00Z');
  postId = (
    await db.newsPost.create({
      data: { componentId: publicNews, title: { fi: 'Leikkipuistoon uudet keinut' }, body: { fi: 'Keinut <script>alert(1)</script> asennetaan **keväällä** leikkipuistoon.' }, publishAt },
      select: { id: true },
    })
  ).id;
  await db.newsPost.create({ data: { componentId: await news(privateSpace.id), title: { fi: 'Salainen leikkipuisto' }, body: { fi: 'Vain jäsenille.' }, publishAt } });
  const user = await createTestUser(org.id, { label: 'member' });
  await db.spaceMember.create({ data: { spaceId: privateSpace.id, userId: user.id, fullName: 'Jäsen' } });
  member = await actorFor(user.id);
});

describe('search page', () => {
  it('shows only the form in a search landmark when nothing is searched', async () => {
    const html = await renderSearch({});
    expect(html).toMatch(/<h1[^>]*>Haku<\/h1>/);
    expect(html).toMatch(/<form role="search" aria-label="Sivuston haku"[^>]*method="get">/);
    expect(html).toContain('<label for="search-query"');
    expect(html).toMatch(/<input id="search-query" type="search" maxLength="200" aria-describedby="search-query-hint"[^>]*name="q"/);
    expect(html).toContain(`<option value="${publicSpace.slug}"`);
    expect(html).not.toContain('Hakutulokset');
  });

  it('lists results with their kind, space and date, the words marked and the text kept as text', async () => {
    const html = await renderSearch({ q: 'leikkipuisto' });
    expect(html).toContain('<h2 id="search-results-heading" class="text-2xl font-bold">Hakutulokset</h2>');
    expect(html).toMatch(/<p role="status"[^>]*>1 hakutulos haulle ”leikkipuisto”.<\/p>/);
    expect(html).toContain(`href="/spaces/${publicSpace.slug}/c/`);
    expect(html).toContain(`/${postId}"`);
    expect(html).toContain('Uutinen');
    expect(html).toContain('2. marraskuuta 2026');
    expect(html).toContain('<mark class="rounded-sm bg-yellow-200 px-0.5 text-inherit">leikkipuistoon</mark>');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('Salainen');
  });

  it("shows a private space's content to its members", async () => {
    const html = await renderSearch({ q: 'leikkipuisto' }, { actor: member });
    expect(html).toContain('Salainen leikkipuisto');
    expect(html).toContain('2 hakutulosta');
  });

  it('says so politely when nothing is found, in Swedish too', async () => {
    expect(await renderSearch({ q: 'olematonsana' })).toContain('Ei hakutuloksia haulle ”olematonsana”.');
    const sv = await renderSearch({ q: 'lekparken' }, { locale: 'sv' });
    expect(sv).toMatch(/<form role="search" aria-label="Sök på webbplatsen"/);
    expect(sv).toContain('Inga sökresultat för ”lekparken”.');
  });

  it.each([
    [{ q: 'a'.repeat(201) }, 'Haku on liian pitkä: enintään 200 merkkiä.'],
    [{ q: 'a\u0000' }, 'Haussa on merkkejä, joilla ei voi hakea.'],
    [{ q: 'x', laji: 'bogus' }, 'Osoitteen hakurajaukset eivät kelpaa.'],
    [{ q: 'x', sivu: '99' }, 'Hakutuloksia näytetään enintään 10 sivua.'],
    [{ q: 'x', tila: 'ei-ole-olemassa' }, 'Valittua osallistumistilaa ei löytynyt.'],
    [{ q: 'x', alue: 'ei-ole' }, 'Valittua aluetta ei löytynyt.'],
  ])('answers a malformed address %j with a message, not an error', async (params, message) => {
    const html = await renderSearch(params);
    expect(html).toContain(message);
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('Hakutulokset');
  });
});
