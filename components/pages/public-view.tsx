import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { findPages } from '@/lib/pages/queries';
import { publicPagePath } from '@/lib/pages/paths';
import { currentAnnouncement, type PagesPhaseSettings, type PagesSettings } from '@/lib/pages/settings';
import { MarkdownContent } from './markdown-content';

/**
 * The public side of a Pages component: the chosen page (by slug, or the first one), a table of contents when the
 * component has several pages, and the announcement of the active phase or of the component.
 */
export async function PagesPublicView({ component, space, settings, currentPhaseSettings, locale, path }: ComponentContext<PagesSettings, PagesPhaseSettings>) {
  if (path.length > 1) notFound();
  const t = await getTranslations({ locale, namespace: 'pages.public' });
  const pages = await findPages(component.id);
  const [slug] = path;
  const page = slug ? pages.find((p) => p.slug === slug) : pages[0];
  if (slug && !page) notFound();

  const componentName = localize(component.name, locale);
  const announcement = currentAnnouncement(settings, currentPhaseSettings);
  const showToc = settings.showTableOfContents && pages.length > 1;

  const announcementBlock = announcement && (
    <section aria-labelledby="pages-announcement" className="my-6 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
      <h2 id="pages-announcement" className="font-bold text-brand-800">
        {t('announcement')}
      </h2>
      <p lang={localizedLang(announcement, locale)} className="mt-1 whitespace-pre-line">
        {localize(announcement, locale)}
      </p>
    </section>
  );

  if (!page) {
    return (
      <div>
        <h1 lang={localizedLang(component.name, locale)} className="text-3xl font-bold">
          {componentName}
        </h1>
        {announcementBlock}
        <p className="mt-4 text-muted">{t('empty')}</p>
      </div>
    );
  }

  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted" lang={localizedLang(component.name, locale)}>
        {componentName}
      </p>
      <h1 lang={localizedLang(page.title, locale)} className="text-3xl font-bold">
        {localize(page.title, locale)}
      </h1>
      {announcementBlock}
      <div className="mt-6 gap-10 md:flex">
        {showToc && (
          <nav aria-labelledby="pages-toc" className="mb-8 md:w-64 md:shrink-0">
            <h2 id="pages-toc" className="mb-2 text-lg font-bold">
              {t('tableOfContents')}
            </h2>
            <ol className="space-y-1 border-l-2 border-gray-300 pl-4">
              {pages.map((p) => (
                <li key={p.id}>
                  <Link
                    href={publicPagePath(space.slug, component.id, p.slug)}
                    aria-current={p.id === page.id ? 'page' : undefined}
                    lang={localizedLang(p.title, locale)}
                    className="text-brand-700 underline aria-[current=page]:font-bold aria-[current=page]:text-ink aria-[current=page]:no-underline"
                  >
                    {localize(p.title, locale)}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <article className="min-w-0 flex-1">
          <MarkdownContent source={localize(page.body, locale)} lang={localizedLang(page.body, locale)} />
        </article>
      </div>
    </div>
  );
}
