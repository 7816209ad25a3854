/**
 * The Debates views rendered to HTML with React's server renderer, the real database and messages: the list with
 * its signed-in/out variants (ADR 021), a closed debate with its conclusion at the top, a resident's plain-text
 * debate, the pending notice for its author, the hidden placeholder, the start form, and the admin table.
 */
import { type ComponentProps, createElement, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NextIntlClientProvider } from 'next-intl';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/auth/actor';
import { actorFor, createTestUser, uniqueSuffix } from '@/tests/factories/organization-admin';
import { componentFixture } from '@/tests/factories/components';

type IntlProps = ComponentProps<typeof NextIntlClientProvider>;

const FORMATS = { dateTime: { short: { day: 'numeric', month: 'numeric', year: 'numeric' }, long: { day: 'numeric', month: 'long', year: 'numeric' } } } as const;

vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string | { pathname: string }; children: ReactNode }) =>
    createElement('a', { href: typeof href === 'string' ? href : href.pathname, ...rest }, children),
  useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }),
  usePathname: () => '/',
  redirect: vi.fn(),
  getPathname: vi.fn(),
}));
vi.mock('next-intl/server', async () => {
  const { createTranslator, createFormatter } = await import('next-intl');
  const { loadMessages: load } = await import('@/lib/i18n/messages');
  return {
    getTranslations: async (arg?: string | { locale?: Locale; namespace?: string }) => {
      const { locale = 'fi', namespace } = typeof arg === 'string' ? { namespace: arg } : (arg ?? {});
      return createTranslator({ locale, messages: load(locale), namespace, timeZone: 'Europe/Helsinki' });
    },
    getFormatter: async (arg?: { locale?: Locale }) => createFormatter({ locale: arg?.locale ?? 'fi', timeZone: 'Europe/Helsinki', formats: FORMATS as never }),
    getMessages: async () => load('fi'),
  };
});

// The comment thread's client part refreshes through the app router, which a test render has not.
vi.mock('next/navigation', async (importOriginal) => ({ ...(await importOriginal<object>()), useRouter: () => ({ refresh: vi.fn(), push: vi.fn() }) }));

// The real one reads the request's locale, which a test render has not: the messages are already provided above.
vi.mock('@/components/layout/client-messages', () => ({ ClientMessages: ({ children }: { children: ReactNode }) => children }));

const { buildComponentContext } = await import('@/lib/components/context');
const { getComponentDefinition } = await import('@/lib/core/components/registry');
const { getComponentForAdmin } = await import('@/lib/components/queries');
const { getPublicView } = await import('@/components/component-views/public-views');
const { getAdminView } = await import('@/components/component-views/admin-views');
const { createOfficialDebate, createResidentDebate, closeDebate } = await import('@/lib/debates/mutations');

async function render(node: ReactNode, locale: Locale): Promise<string> {
  const wrapped = createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: 'Europe/Helsinki', formats: FORMATS } as unknown as IntlProps, node);
  const stream = await renderToReadableStream(wrapped, { onError: () => {} });
  await stream.allReady;
  return new Response(stream).text();
}

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;
let resident: Actor;
let closedId: string;
let residentDebateId: string;
let pendingId: string;
let hiddenId: string;

async function view(kind: 'PublicView' | 'AdminView', path: string[], actor: Actor | null = null, { locale = 'fi' as Locale, id = componentId, searchParams = {} } = {}) {
  const found = (await getComponentForAdmin(f.org.id, id))!;
  const context = buildComponentContext(getComponentDefinition('debates')!, found, { actor, locale, path, searchParams, timeZone: 'Europe/Helsinki' });
  const View = kind === 'PublicView' ? getPublicView('debates')!.PublicView : getAdminView('debates')!;
  return render(createElement(View, context), locale);
}

const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/;

beforeAll(async () => {
  f = await componentFixture();
  const area = await db.area.create({ data: { organizationId: f.org.id, slug: `neulamaki-${uniqueSuffix()}`, kind: 'NEIGHBOURHOOD', name: { fi: 'Neulamäki' } } });
  await db.spaceArea.create({ data: { spaceId: f.space.id, areaId: area.id } });
  componentId = (
    await db.component.create({
      data: {
        spaceId: f.space.id,
        kind: 'debates',
        name: { fi: 'Keskustelu', sv: 'Diskussion' },
        isPublished: true,
        settings: { allowResidentDebates: true, preModeration: true },
        actionSettings: { always: {}, phases: { [f.space.phases[0]!.id]: { comment: true, create_debate: true } } },
      },
      select: { id: true },
    })
  ).id;
  resident = await actorFor((await createTestUser(f.org.id, { label: 'views-resident' })).id);
  const closed = await createOfficialDebate(f.coordinator, componentId, {
    title: { fi: 'Nuorten kohtaamispaikka', sv: 'Mötesplats för unga' },
    description: { fi: '## Taustaa\n\nMissä nuoret voisivat olla iltaisin?' },
    areaIds: [area.id],
  });
  closedId = closed.id;
  await closeDebate(f.coordinator, componentId, closedId, { conclusion: { fi: 'Koulun sali avataan keskiviikkoisin.' } });
  // The coordinator writes from the public form in a pre-moderated component: public at once, not official.
  residentDebateId = (await createResidentDebate(f.coordinator, componentId, { title: 'Kävelytie on pimeä', description: '<script>alert(1)</script>\n**ei lihavointia**', areaIds: [] })).id;
  pendingId = (await createResidentDebate(resident, componentId, { title: 'Skeittiparkki alueelle', description: 'Betoniparkki kentän laitaan.', areaIds: [] })).id;
  hiddenId = (await db.debate.create({ data: { componentId, title: { fi: 'Asiaton otsikko' }, description: { fi: 'Asiaton teksti' }, moderationState: 'HIDDEN' }, select: { id: true } })).id;
});

describe('Debates public view', () => {
  it('lists public debates with badges, areas and comment counts; the start link for the signed in, sign-in for visitors', async () => {
    const html = await view('PublicView', []);
    expect(html).toMatch(/<h1[^>]*>Keskustelu<\/h1>/);
    expect(html).toContain('Nuorten kohtaamispaikka');
    expect(html).toContain('Kävelytie on pimeä');
    expect(html).not.toContain('Skeittiparkki');
    expect(html).not.toContain('Asiaton');
    expect(html).toContain('Kaupungin avaama');
    expect(html).toContain('Suljettu');
    expect(html).toContain('Ei vielä kommentteja');
    expect(html).toMatch(/<div class="signed-out-only">.*Kirjaudu sisään aloittaaksesi keskustelun\..*<\/div><div class="signed-in-only"><a href="[^"]+\/uusi"[^>]*>Aloita uusi keskustelu<\/a><\/div>/s);
    // The same HTML for a resident (ADR 021): nothing of their own in the server render.
    const asResident = await view('PublicView', [], resident);
    expect(asResident.replace(/\s+/g, ' ')).toBe(html.replace(/\s+/g, ' '));
  });

  it('filters by state and marks the current filter', async () => {
    const closed = await view('PublicView', [], null, { searchParams: { tila: 'suljettu' } });
    expect(closed).toContain('Nuorten kohtaamispaikka');
    expect(closed).not.toContain('Kävelytie on pimeä');
    expect(closed).toMatch(/aria-current="true"[^>]*>Suljetut</);
    const open = await view('PublicView', [], null, { searchParams: { tila: 'avoin' } });
    expect(open).not.toContain('Nuorten kohtaamispaikka');
  });

  it('shows a closed debate with its conclusion at the top, before the description', async () => {
    const html = await view('PublicView', [closedId]);
    expect(html).toMatch(/<article aria-labelledby="debate-title">/);
    const conclusion = html.indexOf('Keskustelu on suljettu');
    expect(conclusion).toBeGreaterThan(html.indexOf('Nuorten kohtaamispaikka'));
    expect(conclusion).toBeLessThan(html.indexOf('Missä nuoret voisivat olla iltaisin?'));
    expect(html).toContain('Koulun sali avataan keskiviikkoisin.');
    expect(html).toContain('<h2>Taustaa</h2>');
    // The thread stays readable under a closed debate, after the description, without a form.
    expect(html.indexOf('id="kommentit"')).toBeGreaterThan(html.indexOf('Koulun sali avataan keskiviikkoisin.'));
    expect(html).toContain('Keskustelu on suljettu, joten uusia kommentteja ei voi kirjoittaa.');
    expect(html).not.toContain('Lähetä kommentti');
    const sv = await view('PublicView', [closedId], null, { locale: 'sv' });
    expect(sv).toMatch(/<h1[^>]*lang="sv"[^>]*>Mötesplats för unga<\/h1>/);
    expect(sv).toContain('Diskussionen är avslutad');
  });

  it('shows a resident\u2019s description as plain text, never as Markdown or HTML', async () => {
    const html = await view('PublicView', [residentDebateId]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('**ei lihavointia**');
    expect(html).not.toContain('Kaupungin avaama');
  });

  it('shows a pending debate to its author with the waiting notice, and nobody else but moderators', async () => {
    const html = await view('PublicView', [pendingId], resident);
    expect(html).toContain('Skeittiparkki alueelle');
    expect(html).toContain('Odottaa hyväksyntää');
    await expect(view('PublicView', [pendingId])).rejects.toThrow(NOT_FOUND);
    expect(await view('PublicView', [pendingId], f.coordinator)).toContain('Odottaa hyväksyntää');
  });

  it('shows a placeholder without the content of a hidden debate', async () => {
    const html = await view('PublicView', [hiddenId]);
    expect(html).toContain('Piilotettu keskustelu');
    expect(html).not.toContain('Asiaton');
    expect(await view('PublicView', [hiddenId], f.admin)).toContain('Asiaton otsikko');
  });

  it('renders the start form for the signed in with the pre-moderation note, and 404s unknown paths', async () => {
    const html = await view('PublicView', ['uusi']);
    expect(html).toContain('Aloita keskustelu');
    expect(html).toContain('Moderaattori tarkistaa uudet keskustelut');
    expect(html).toMatch(/<div class="signed-in-only">.*<form[^>]*novalidate/is);
    await expect(view('PublicView', ['eiolemassa'])).rejects.toThrow(NOT_FOUND);
    await expect(view('PublicView', [closedId, 'x'])).rejects.toThrow(NOT_FOUND);
    await expect(view('PublicView', [pendingId, 'muokkaa'])).rejects.toThrow(NOT_FOUND);
    expect(await view('PublicView', [pendingId, 'muokkaa'], resident)).toContain('Tallenna muutokset');
  });

  it('tells why starting is not possible when the action is off, with no form', async () => {
    await db.component.update({ where: { id: componentId }, data: { actionSettings: { always: {}, phases: {} } } });
    try {
      const html = await view('PublicView', ['uusi'], resident);
      expect(html).toContain('Keskustelujen aloittaminen ei ole käytössä.');
      expect(html).not.toContain('<form');
    } finally {
      await db.component.update({ where: { id: componentId }, data: { actionSettings: { always: {}, phases: { [f.space.phases[0]!.id]: { comment: true, create_debate: true } } } } });
    }
  });
});

describe('Debates admin view', () => {
  it('lists every debate with its state and actions', async () => {
    const html = await view('AdminView', [], f.coordinator);
    for (const text of ['Nuorten kohtaamispaikka', 'Kävelytie on pimeä', 'Skeittiparkki alueelle', 'Asiaton otsikko', 'Odottaa hyväksyntää', 'Piilotettu', 'Avaa uudelleen']) expect(html).toContain(text);
    expect(html).toContain('aria-label="Sulje keskustelu: Kävelytie on pimeä"');
    expect(html).toContain('aria-label="Poista keskustelu: Kävelytie on pimeä"');
  });

  it('renders the new, edit and close forms, and 404 for unknown paths', async () => {
    expect(await view('AdminView', ['new'], f.coordinator)).toContain('Avaa keskustelu');
    expect(await view('AdminView', ['edit', closedId], f.coordinator)).toContain('Tallenna keskustelu');
    expect(await view('AdminView', ['close', residentDebateId], f.coordinator)).toContain('Sulje keskustelu');
    expect(await view('AdminView', ['close', closedId], f.coordinator)).toContain('Keskustelu on jo suljettu');
    await expect(view('AdminView', ['edit', 'eiole'], f.coordinator)).rejects.toThrow(NOT_FOUND);
    await expect(view('AdminView', ['muu'], f.coordinator)).rejects.toThrow(NOT_FOUND);
  });
});
