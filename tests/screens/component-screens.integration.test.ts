/**
 * The screens of the component mechanism rendered to HTML with React's server renderer against the real database
 * and messages: the public space list and space page, the public component route and the admin component screens.
 * Next.js's request-scoped pieces (actor, organization, translator, locale-aware links) are replaced by plain
 * equivalents driven by the variables below.
 */
import { type ComponentProps, createElement, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NextIntlClientProvider } from 'next-intl';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/auth/actor';
import { componentFixture } from '@/tests/factories/components';

type IntlProps = ComponentProps<typeof NextIntlClientProvider>;

// next.config.js enables forbidden() (experimental.authInterrupts); Next.js passes the flag to the runtime like this.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const request = vi.hoisted(() => ({ locale: 'fi' as 'fi' | 'sv' | 'en', actor: null as unknown, organizationId: '' }));

vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, locale: _locale, ...rest }: { href: string | { pathname: string }; locale?: string; children: ReactNode }) =>
    createElement('a', { href: typeof href === 'string' ? href : href.pathname, ...rest }, children),
  useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }),
  usePathname: () => '/',
  redirect: vi.fn(() => {
    throw new Error('REDIRECT');
  }),
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
  requireActor: async () => request.actor,
}));
vi.mock('@/lib/organization/current', () => ({
  getCurrentOrganization: async () => ({ id: request.organizationId, slug: 'test', name: { fi: 'Testikunta' } }),
}));

type PageModule = { default: (props: never) => Promise<ReactNode> };
const pages = {
  spaces: (await import('@/app/[locale]/spaces/page')) as unknown as PageModule,
  space: (await import('@/app/[locale]/spaces/[spaceSlug]/page')) as unknown as PageModule,
  component: (await import('@/app/[locale]/spaces/[spaceSlug]/c/[componentId]/[[...path]]/page')) as unknown as PageModule,
  adminList: (await import('@/app/[locale]/admin/spaces/[spaceId]/components/page')) as unknown as PageModule,
  adminDetail: (await import('@/app/[locale]/admin/spaces/[spaceId]/components/[componentId]/page')) as unknown as PageModule,
  adminManage: (await import('@/app/[locale]/admin/spaces/[spaceId]/components/[componentId]/manage/[[...path]]/page')) as unknown as PageModule,
};

async function renderPage(page: keyof typeof pages, params: Record<string, unknown>, { locale = 'fi', actor = null, searchParams = {} }: { locale?: Locale; actor?: Actor | null; searchParams?: Record<string, string> } = {}) {
  request.locale = locale;
  request.actor = actor;
  const element = await pages[page].default({ params: Promise.resolve({ locale, ...params }), searchParams: Promise.resolve(searchParams) } as never);
  const wrapped = createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: 'Europe/Helsinki' } as IntlProps, element);
  const stream = await renderToReadableStream(wrapped, { onError: () => {} });
  await stream.allReady;
  return new Response(stream).text();
}

const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;
const FORBIDDEN = /NEXT_HTTP_ERROR_FALLBACK;403/;

let f: Awaited<ReturnType<typeof componentFixture>>;
let published: { id: string };
let draft: { id: string };
let spaceSlug: string;

beforeAll(async () => {
  f = await componentFixture();
  request.organizationId = f.org.id;
  spaceSlug = f.space.slug;
  await db.space.update({
    where: { id: f.space.id },
    data: {
      startDate: new Date('2026-03-01'),
      endDate: new Date('2026-12-31'),
      subtitle: { fi: 'Alaotsikko' },
      heroImageUrl: '/images/neulamaki.jpg',
      heroImageAlt: { fi: 'Kerrostaloja ja leikkipuisto' },
    },
  });
  published = await db.component.create({ data: { spaceId: f.space.id, kind: 'pages', name: { fi: 'Tietoa', en: 'About' }, isPublished: true, position: 0 }, select: { id: true } });
  draft = await db.component.create({ data: { spaceId: f.space.id, kind: 'pages', name: { fi: 'Luonnososa' }, isPublished: false, position: 1 }, select: { id: true } });
  await db.page.create({ data: { componentId: published.id, slug: 'ohje', title: { fi: 'Ohje', en: 'Guide' }, body: { fi: 'Ohjeteksti.', en: 'Guide text.' } } });
});

describe('public space screens', () => {
  it('lists visible spaces grouped by kind, with a working filter form', async () => {
    const html = await renderPage('spaces', {});
    expect(html).toContain('<h1 class="text-3xl font-bold">Osallistu</h1>');
    expect(html).toContain(`href="/spaces/${spaceSlug}"`);
    expect(html).toContain('<label for="filter-kind"');
    expect(html).toContain('2 osallistumiskohdetta');
    const assemblies = await renderPage('spaces', {}, { searchParams: { kind: 'assembly' } });
    expect(assemblies).toContain('Valinnoilla ei löytynyt');
    const garbage = await renderPage('spaces', {}, { searchParams: { kind: '<x>', area: '../../' } });
    expect(garbage).toContain('2 osallistumiskohdetta');
  });

  it('shows a space with dates, the phase timeline marking the active phase, and only published components', async () => {
    const html = await renderPage('space', { spaceSlug });
    expect(html).toMatch(/<h1[^>]*>Testitila [^<]+<\/h1>/);
    expect(html).toContain('1. maaliskuuta 2026 – 31. joulukuuta 2026');
    expect(html).toMatch(/<img alt="Kerrostaloja ja leikkipuisto"[^>]*src="\/images\/neulamaki.jpg"/);
    expect(html).toMatch(/<ol[^>]*><li aria-current="step"[^>]*>.*Käynnissä.*Vaihe 1<\/h3>/);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toContain(`href="/spaces/${spaceSlug}/c/${published.id}"`);
    expect(html).not.toContain('Luonnososa');
    expect(html).not.toContain('Hallinnoi tilaa');
  });

  it('leaves out a hero image whose host is not in IMAGE_HOSTS (stored before the host was removed)', async () => {
    await db.space.update({ where: { id: f.space.id }, data: { heroImageUrl: 'https://tracker.example.test/pixel.jpg' } });
    try {
      const html = await renderPage('space', { spaceSlug });
      expect(html).toMatch(/<h1[^>]*>Testitila [^<]+<\/h1>/);
      expect(html).not.toContain('tracker.example.test');
      expect(html).not.toContain('<img');
    } finally {
      await db.space.update({ where: { id: f.space.id }, data: { heroImageUrl: '/images/neulamaki.jpg' } });
    }
  });

  it('shows staff an unpublished space with a visible draft badge, and hides it from others', async () => {
    await db.space.update({ where: { id: f.otherSpace.id }, data: { isPublished: false } });
    await expect(renderPage('space', { spaceSlug: f.otherSpace.slug })).rejects.toThrow(NOT_FOUND);
    const html = await renderPage('space', { spaceSlug: f.otherSpace.slug }, { actor: f.admin });
    expect(html).toContain('>Luonnos</li>');
    expect(html).toContain('Hallinnoi tilaa');
  });

  it('renders a published component with breadcrumbs, in English', async () => {
    const html = await renderPage('component', { spaceSlug, componentId: published.id, path: [] }, { locale: 'en' });
    expect(html).toContain('aria-label="Breadcrumb"');
    expect(html).toContain(`<a href="/spaces/${spaceSlug}" class="text-brand-700 underline">Test space`);
    expect(html).toMatch(/<h1[^>]*lang="en"[^>]*>Guide<\/h1>/);
  });

  it('hides draft components from visitors (404) but lets their managers preview them', async () => {
    await expect(renderPage('component', { spaceSlug, componentId: draft.id })).rejects.toThrow(NOT_FOUND);
    await expect(renderPage('component', { spaceSlug, componentId: draft.id }, { actor: f.evaluator })).rejects.toThrow(NOT_FOUND);
    const preview = await renderPage('component', { spaceSlug, componentId: draft.id }, { actor: f.coordinator });
    expect(preview).toContain('Tätä osiota ei ole julkaistu');
    // A component reached through another space's slug does not exist.
    await expect(renderPage('component', { spaceSlug: f.otherSpace.slug, componentId: published.id }, { actor: f.admin })).rejects.toThrow(NOT_FOUND);
  });
});

describe('admin component screens', () => {
  it('lists components with controls for managers, read-only for evaluators', async () => {
    const html = await renderPage('adminList', { spaceId: f.space.id }, { actor: f.coordinator });
    expect(html).toContain('Tilan osat siinä järjestyksessä');
    expect(html).toContain('aria-label="Julkaise: Luonnososa"');
    expect(html).toContain('aria-label="Piilota julkaisu: Tietoa"');
    expect(html).toContain(`href="/admin/spaces/${f.space.id}/components/${published.id}/manage"`);
    expect(html).toContain('Lisää osa');
    expect(html).toContain('Tietosivuja');
    const readOnly = await renderPage('adminList', { spaceId: f.space.id }, { actor: f.evaluator });
    expect(readOnly).toContain('Voit tarkastella osia');
    expect(readOnly).not.toContain('Lisää osa');
    expect(readOnly).not.toContain('Julkaise:');
  });

  it('shows the settings page with one settings form per phase, and refuses those who may not manage', async () => {
    const html = await renderPage('adminDetail', { spaceId: f.space.id, componentId: published.id }, { actor: f.admin });
    expect(html).toMatch(/<h1[^>]*>Tietoa<\/h1>/);
    expect(html).toContain('Näytä sisällysluettelo, kun sivuja on useampi kuin yksi');
    expect(html).toContain('Vaihe 1: Vaihe 1 (käynnissä)');
    expect(html).toContain('Vaihe 2: Vaihe 2');
    expect(html.match(/Tiedote tämän vaiheen aikana suomeksi/g)).toHaveLength(2);
    await expect(renderPage('adminDetail', { spaceId: f.space.id, componentId: published.id }, { actor: f.evaluator })).rejects.toThrow(FORBIDDEN);
    await expect(renderPage('adminDetail', { spaceId: f.otherSpace.id, componentId: published.id }, { actor: f.admin })).rejects.toThrow(NOT_FOUND);
  });

  it('renders the kind admin view for managers only', async () => {
    const html = await renderPage('adminManage', { spaceId: f.space.id, componentId: published.id, path: [] }, { actor: f.coordinator });
    expect(html).toContain('Sivut<!-- -->: <span lang="fi">Tietoa</span>');
    expect(html).toContain('aria-label="Murupolku"');
    await expect(renderPage('adminManage', { spaceId: f.space.id, componentId: published.id, path: [] }, { actor: f.evaluator })).rejects.toThrow(FORBIDDEN);
  });
});
