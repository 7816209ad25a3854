import { type ComponentProps, createElement, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NextIntlClientProvider } from 'next-intl';
import { db } from '@/lib/db';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '@/lib/auth/actor';
import { componentFixture } from '@/tests/factories/components';
import { getComponentForAdmin } from '@/lib/components/queries';
import { COMPONENT_KINDS } from '@/lib/core/components/kinds';

type IntlProps = ComponentProps<typeof NextIntlClientProvider>;

// The views are rendered to HTML with React's server renderer and the real database and messages. Next.js's
// locale-aware links and request-scoped translator are replaced by plain equivalents.
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => createElement('a', { href, ...rest }, children),
  useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }),
  usePathname: () => '/',
  redirect: vi.fn(),
  getPathname: vi.fn(),
}));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages: load } = await import('@/lib/i18n/messages');
  return {
    getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) =>
      createTranslator({ locale, messages: load(locale), namespace, timeZone: 'Europe/Helsinki' }),
  };
});

const { buildComponentContext } = await import('@/lib/components/context');
const { pagesDefinition } = await import('@/lib/pages/definition');
const { getComponentDefinition } = await import('@/lib/core/components/registry');
const { getPublicView } = await import('@/components/component-views/public-views');
const { getAdminView } = await import('@/components/component-views/admin-views');

async function render(node: ReactNode, locale: Locale): Promise<string> {
  const wrapped = createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: 'Europe/Helsinki' } as IntlProps, node);
  // Errors (e.g. notFound()) reject the render below; React's own logging of them would only add noise.
  const stream = await renderToReadableStream(wrapped, { onError: () => {} });
  await stream.allReady;
  return new Response(stream).text();
}

let f: Awaited<ReturnType<typeof componentFixture>>;
let componentId: string;

async function view(kind: 'PublicView' | 'AdminView', locale: Locale, path: string[], actor: Actor | null = null) {
  const found = (await getComponentForAdmin(f.org.id, componentId))!;
  const definition = getComponentDefinition('pages')!;
  const context = buildComponentContext(definition, found, { actor, locale, path, searchParams: {}, timeZone: 'Europe/Helsinki' });
  const View = kind === 'PublicView' ? getPublicView('pages')!.PublicView : getAdminView('pages')!;
  return render(createElement(View, context), locale);
}

beforeAll(async () => {
  f = await componentFixture();
  const activePhase = f.space.phases[0]!.id;
  componentId = (
    await db.component.create({
      data: {
        spaceId: f.space.id,
        kind: 'pages',
        name: { fi: 'Tietoa', sv: 'Information' },
        isPublished: true,
        settings: { showTableOfContents: true, announcement: { fi: 'Yleinen tiedote' } },
        phaseSettings: { [activePhase]: { announcement: { fi: 'Vaiheen tiedote', sv: 'Skedets meddelande' } } },
      },
      select: { id: true },
    })
  ).id;
  await pagesDefinition.seed!(db, componentId);
  // A page with a Finnish title only: other languages fall back to Finnish, marked with lang="fi".
  await db.page.create({ data: { componentId, slug: 'vain-suomeksi', title: { fi: 'Vain suomeksi' }, body: { fi: 'Suomenkielinen teksti.' }, position: 5 } });
});

describe('view registries', () => {
  it.each(COMPONENT_KINDS)('have a public and an admin view for kind "%s"', (kind) => {
    expect(getPublicView(kind)?.PublicView).toBeTypeOf('function');
    expect(getPublicView(kind)?.sharedWithResidents).toBeTypeOf('boolean');
    expect(getAdminView(kind)).toBeTypeOf('function');
  });

  it('know nothing of unregistered kinds', () => {
    expect(getPublicView('proposals')).toBeNull();
    expect(getAdminView('__proto__')).toBeNull();
  });
});

describe('Pages public view', () => {
  it('shows the first page with the table of contents and the active phase announcement', async () => {
    const html = await view('PublicView', 'fi', []);
    expect(html).toMatch(/<h1[^>]*lang="fi"[^>]*>Tietoa prosessista<\/h1>/);
    expect(html).toContain('Vaiheen tiedote');
    expect(html).not.toContain('Yleinen tiedote');
    expect(html).toContain('aria-labelledby="pages-toc"');
    expect(html).toMatch(/<a href="\/spaces\/[^"]+\/c\/[^"]+\/tietoa-prosessista"[^>]*aria-current="page"/);
    expect(html).toContain('<h2>Mistä on kyse?</h2>');
  });

  it('shows the page chosen by slug in Swedish, falling back to Finnish with lang="fi"', async () => {
    const sv = await view('PublicView', 'sv', ['usein-kysyttya']);
    expect(sv).toMatch(/<h1[^>]*lang="sv"[^>]*>Vanliga frågor<\/h1>/);
    expect(sv).toContain('Skedets meddelande');
    expect(sv).toContain('Sidor i detta avsnitt');
    const fallback = await view('PublicView', 'en', ['vain-suomeksi']);
    expect(fallback).toMatch(/<h1[^>]*lang="fi"[^>]*>Vain suomeksi<\/h1>/);
    expect(fallback).toMatch(/<div class="prose-content" lang="fi"><p>Suomenkielinen teksti.<\/p><\/div>/);
  });

  it('uses the general announcement when the active phase has none, and hides the contents when turned off', async () => {
    await db.component.update({ where: { id: componentId }, data: { phaseSettings: {}, settings: { showTableOfContents: false, announcement: { fi: 'Yleinen tiedote' } } } });
    const html = await view('PublicView', 'fi', []);
    expect(html).toContain('Yleinen tiedote');
    expect(html).not.toContain('pages-toc');
  });

  it('is a 404 for an unknown page or a deeper path', async () => {
    await expect(view('PublicView', 'fi', ['ei-ole'])).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(view('PublicView', 'fi', ['usein-kysyttya', 'x'])).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});

describe('Pages admin view', () => {
  it('lists the pages in order with edit links and named actions', async () => {
    const html = await view('AdminView', 'fi', [], f.admin);
    expect(html).toContain('Sivut näyttöjärjestyksessä');
    const titles = [...html.matchAll(/<th scope="row"[^>]*><a [^>]*>([^<]+)<\/a><\/th>/g)].map((m) => m[1]);
    expect(titles).toEqual(['Tietoa prosessista', 'Usein kysyttyä', 'Vain suomeksi']);
    expect(html).toContain('aria-label="Siirrä alas: Tietoa prosessista"');
    expect(html).toMatch(/href="\/admin\/spaces\/[^"]+\/components\/[^"]+\/manage\/new"/);
  });

  it('renders the new and edit forms, and 404 for unknown paths', async () => {
    expect(await view('AdminView', 'fi', ['new'], f.admin)).toContain('Luo sivu');
    const page = await db.page.findFirstOrThrow({ where: { componentId, slug: 'usein-kysyttya' } });
    const edit = await view('AdminView', 'fi', ['edit', page.id], f.admin);
    // react-hook-form fills the inputs in the browser; the server HTML shows the page being edited.
    expect(edit).toMatch(/<h1[^>]*>Muokkaa sivua<!-- -->: <span lang="fi">Usein kysyttyä<\/span><\/h1>/);
    expect(edit).toContain('Tallenna sivu');
    await expect(view('AdminView', 'fi', ['edit', 'ei-ole'], f.admin)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(view('AdminView', 'fi', ['muu'], f.admin)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
