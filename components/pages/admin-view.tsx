import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ComponentContext } from '@/lib/core/components/definition';
import { asLocalizedText, localize, localizedLang } from '@/lib/core/localized-text';
import { findPages, getPage, type PageRow } from '@/lib/pages/queries';
import { adminPagesPath, publicPagePath } from '@/lib/pages/paths';
import type { PagesPhaseSettings, PagesSettings } from '@/lib/pages/settings';
import type { PageFormValues } from '@/lib/pages/schema';
import { PageForm } from './page-form';
import { PageRowActions } from './page-row-actions';

function formValues(page: PageRow | null): PageFormValues {
  const title = asLocalizedText(page?.title);
  const body = asLocalizedText(page?.body);
  return {
    slug: page?.slug ?? '',
    title: { fi: title.fi ?? '', sv: title.sv ?? '', en: title.en ?? '' },
    body: { fi: body.fi ?? '', sv: body.sv ?? '', en: body.en ?? '' },
  };
}

/**
 * The admin side of a Pages component: the list of pages (path []), a new page (['new']) and editing one page
 * (['edit', pageId]). The route has already checked the kind's `manage` permission.
 */
export async function PagesAdminView({ component, space, locale, path }: ComponentContext<PagesSettings, PagesPhaseSettings>) {
  const t = await getTranslations({ locale, namespace: 'pages.admin' });
  const listHref = adminPagesPath(space.id, component.id);
  const componentName = localize(component.name, locale);

  if (path.length === 1 && path[0] === 'new') {
    return (
      <div>
        <h1 className="mb-6 text-3xl font-bold">{t('newHeading', { component: componentName })}</h1>
        <PageForm componentId={component.id} defaultValues={formValues(null)} listHref={listHref} />
        <p className="mt-6">
          <Link href={listHref} className="text-brand-700 underline">
            {t('backToList')}
          </Link>
        </p>
      </div>
    );
  }

  if (path.length === 2 && path[0] === 'edit') {
    const page = await getPage(component.id, path[1]!);
    if (!page) notFound();
    return (
      <div>
        <h1 className="mb-6 text-3xl font-bold">
          {t('editHeading')}: <span lang={localizedLang(page.title, locale)}>{localize(page.title, locale)}</span>
        </h1>
        <PageForm componentId={component.id} pageId={page.id} defaultValues={formValues(page)} listHref={listHref} />
        <p className="mt-6">
          <Link href={listHref} className="text-brand-700 underline">
            {t('backToList')}
          </Link>
        </p>
      </div>
    );
  }

  if (path.length > 0) notFound();

  const pages = await findPages(component.id);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">
        {t('listHeading')}: <span lang={localizedLang(component.name, locale)}>{componentName}</span>
      </h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href={adminPagesPath(space.id, component.id, 'new')} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('newPage')}
        </Link>
        {component.isPublished && space.isPublished && (
          <Link href={publicPagePath(space.slug, component.id)} className="px-1 py-2 text-brand-700 underline">
            {t('viewPublic')}
          </Link>
        )}
      </p>
      {pages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-bold">{t('tableCaption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">{t('columns.title')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.slug')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.translations')}</th>
                <th scope="col" className="py-2">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.map((page, index) => {
                const title = localize(page.title, locale);
                const translated = Object.keys(asLocalizedText(page.body)).map((l) => l.toUpperCase()).join(', ');
                return (
                  <tr key={page.id} className="border-b border-gray-300 align-top">
                    <th scope="row" className="py-3 pr-4 font-semibold">
                      <Link href={adminPagesPath(space.id, component.id, 'edit', page.id)} className="text-brand-700 underline" lang={localizedLang(page.title, locale)}>
                        {title}
                      </Link>
                    </th>
                    <td className="py-3 pr-4 font-mono text-sm">{page.slug}</td>
                    <td className="py-3 pr-4">{translated}</td>
                    <td className="py-3">
                      <PageRowActions componentId={component.id} pageId={page.id} title={title} isFirst={index === 0} isLast={index === pages.length - 1} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
