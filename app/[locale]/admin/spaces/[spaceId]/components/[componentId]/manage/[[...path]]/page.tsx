import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { getComponentDefinition } from '@/lib/core/components/registry';
import { isComponentKind } from '@/lib/core/components/kinds';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { getComponentForAdmin } from '@/lib/components/queries';
import { buildComponentContext, permissionSubject } from '@/lib/components/context';
import { SpaceAdminTabs } from '@/components/admin/space-admin-tabs';
import { componentAdminViews } from '@/components/component-views/admin-views';
import type { AnyComponentView } from '@/components/component-views/types';
import { getCurrentOrganization } from '@/lib/organization/current';

type Props = {
  params: Promise<{ locale: string; spaceId: string; componentId: string; path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('components.admin.manage');
  return { title: t('metaTitle') };
}

/**
 * The content screens of a component, rendered by its kind's AdminView. The kind's `manage` permission decides
 * (403 otherwise); the view owns the page's h1.
 */
export default async function ManageComponentPage({ params, searchParams }: Props) {
  const { locale: rawLocale, spaceId, componentId, path = [] } = await params;
  const subPath = ['', 'components', componentId, 'manage', ...path].map(encodeURIComponent).join('/');
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId, subPath);
  const found = await getComponentForAdmin(actor.organizationId, componentId);
  if (!found || found.component.spaceId !== space.id) notFound();
  const kind = found.component.kind;
  const definition = getComponentDefinition(kind);
  if (!definition || !isComponentKind(kind)) notFound();
  if (!definition.permissions.manage(actor, permissionSubject(found))) forbidden();

  const t = await getTranslations('components.admin.manage');
  const org = await getCurrentOrganization();
  const context = buildComponentContext(definition, found, { actor, locale, path, searchParams: await searchParams, timeZone: org.timeZone });
  const base = `/admin/spaces/${space.id}/components`;
  const AdminView: AnyComponentView = componentAdminViews[kind];

  return (
    <div>
      <SpaceAdminTabs space={space} current="components" />
      <nav aria-label={t('breadcrumb')} className="mb-4 print:hidden">
        <ol className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={base} className="text-brand-700 underline">
              {t('components')}
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link href={`${base}/${found.component.id}`} className="text-brand-700 underline" lang={localizedLang(found.component.name, locale)}>
              {localize(found.component.name, locale)}
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          {path.length === 0 ? (
            <li aria-current="page">{t('content')}</li>
          ) : (
            <li>
              <Link href={`${base}/${found.component.id}/manage`} className="text-brand-700 underline">
                {t('content')}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      {found.component.archivedAt ? (
        // An archived component is read-only (its writes are refused) until restored on its settings page.
        <>
          <h1 className="mb-4 text-3xl font-bold" lang={localizedLang(found.component.name, locale)}>
            {localize(found.component.name, locale)}
          </h1>
          <p role="note" className="rounded border-2 border-gray-600 bg-gray-100 px-4 py-3 font-medium">
            {t('archived')}{' '}
            <Link href={`${base}/${found.component.id}`} className="text-brand-700 underline">
              {t('archivedLink')}
            </Link>
          </p>
        </>
      ) : (
        <AdminView {...context} />
      )}
    </div>
  );
}
