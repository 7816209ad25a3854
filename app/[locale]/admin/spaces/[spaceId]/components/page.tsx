import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { COMPONENT_KINDS, isComponentKind } from '@/lib/core/components/kinds';
import { loadSpaceAdminPage } from '@/lib/spaces/admin-page';
import { canManageComponents } from '@/lib/spaces/permissions';
import { findArchivedComponents } from '@/lib/components/archive-queries';
import { findComponentsForAdmin } from '@/lib/components/queries';
import { SpaceAdminHeader } from '@/components/spaces/space-admin-header';
import { ComponentAddForm } from '@/components/admin/component-add-form';
import {
  ComponentDeleteButton,
  ComponentMoveButtons,
  ComponentPublishButton,
  ComponentRestoreButton,
} from '@/components/admin/component-controls';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

type Props = { params: Promise<{ locale: string; spaceId: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('components.admin.list');
  return { title: t('metaTitle') };
}

/**
 * The components of one space: the active ones with order, publication and links to settings and content, adding a
 * new one, and the archived ones apart (restorable; deletable only when empty).
 */
export default async function SpaceComponentsPage({ params }: Props) {
  const { locale: rawLocale, spaceId } = await params;
  const { actor, locale, space } = await loadSpaceAdminPage(rawLocale, spaceId, '/components');
  const canManage = canManageComponents(actor, space);
  const [t, format] = await Promise.all([getTranslations('components'), getFormatter()]);
  const [components, archived] = await Promise.all([findComponentsForAdmin(space.id), findArchivedComponents(space.id)]);
  const kindName = (kind: string) => (isComponentKind(kind) ? t(`${kind}.name`) : t('admin.list.unknownKind', { kind }));
  const base = `/admin/spaces/${space.id}/components`;

  return (
    <div>
      <SpaceAdminHeader space={space} locale={locale} current="components" />
      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="text-2xl font-bold">
          {t('admin.list.title')}
        </h2>
        <p className="mt-2 mb-6 max-w-3xl text-muted">{t('admin.list.intro')}</p>
        {!canManage && <p className="mb-4 font-medium">{t('admin.list.readOnly')}</p>}
        {components.length === 0 ? (
          <p className="mb-8">{t('admin.list.empty')}</p>
        ) : (
          <TableScrollRegion label={t('admin.list.caption')} className="mb-10">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-semibold">{t('admin.list.caption')}</caption>
              <thead>
                <tr className="border-b-2 border-gray-400">
                  <th scope="col" className="py-2 pr-4">{t('admin.list.columns.name')}</th>
                  <th scope="col" className="py-2 pr-4">{t('admin.list.columns.kind')}</th>
                  <th scope="col" className="py-2 pr-4">{t('admin.list.columns.status')}</th>
                  {canManage && <th scope="col" className="py-2 pr-4">{t('admin.list.columns.order')}</th>}
                  {canManage && <th scope="col" className="py-2">{t('admin.list.columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {components.map((component, index) => {
                  const name = localize(component.name, locale);
                  const known = isComponentKind(component.kind);
                  return (
                    <tr key={component.id} className="border-b border-gray-300 align-top">
                      <th scope="row" className="py-3 pr-4 font-semibold" lang={localizedLang(component.name, locale)}>
                        {canManage ? (
                          <Link href={`${base}/${component.id}`} className="text-brand-700 underline">
                            {name}
                          </Link>
                        ) : (
                          name
                        )}
                      </th>
                      <td className="py-3 pr-4">{kindName(component.kind)}</td>
                      <td className="py-3 pr-4">
                        <span
                          className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${component.isPublished ? 'border-success text-success' : 'border-gray-500 text-muted'}`}
                        >
                          {component.isPublished ? t('admin.list.published') : t('admin.list.draft')}
                        </span>
                      </td>
                      {canManage && (
                        <td className="py-3 pr-4">
                          <ComponentMoveButtons componentId={component.id} name={name} isFirst={index === 0} isLast={index === components.length - 1} />
                        </td>
                      )}
                      {canManage && (
                        <td className="py-3">
                          <div className="flex flex-wrap items-center gap-3">
                            {known && <ComponentPublishButton componentId={component.id} name={name} isPublished={component.isPublished} />}
                            <Link href={`${base}/${component.id}`} aria-label={t('admin.list.settingsNamed', { name })} className="text-brand-700 underline">
                              {t('admin.list.settings')}
                            </Link>
                            {known && (
                              <Link
                                href={`${base}/${component.id}/manage`}
                                aria-label={t('admin.list.manageNamed', { name })}
                                className="text-brand-700 underline"
                              >
                                {t('admin.list.manage')}
                              </Link>
                            )}
                          </div>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScrollRegion>
        )}
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading" className="mb-10">
          <h2 id="archived-heading" className="text-2xl font-bold">
            {t('admin.list.archivedTitle')}
          </h2>
          <p className="mt-2 mb-4 max-w-3xl text-muted">{t('admin.list.archivedIntro')}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-semibold">{t('admin.list.archivedCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-gray-400">
                  <th scope="col" className="py-2 pr-4">{t('admin.list.columns.name')}</th>
                  <th scope="col" className="py-2 pr-4">{t('admin.list.columns.kind')}</th>
                  <th scope="col" className="py-2 pr-4">{t('admin.list.columns.archivedAt')}</th>
                  <th scope="col" className="py-2 pr-4">{t('admin.list.contentCount')}</th>
                  {canManage && <th scope="col" className="py-2">{t('admin.list.columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {archived.map((component) => {
                  const name = localize(component.name, locale);
                  return (
                    <tr key={component.id} className="border-b border-gray-300 align-top">
                      <th scope="row" className="py-3 pr-4 font-semibold" lang={localizedLang(component.name, locale)}>
                        {canManage ? (
                          <Link href={`${base}/${component.id}`} className="text-brand-700 underline">
                            {name}
                          </Link>
                        ) : (
                          name
                        )}
                      </th>
                      <td className="py-3 pr-4">{kindName(component.kind)}</td>
                      <td className="py-3 pr-4">{format.dateTime(component.archivedAt, 'long')}</td>
                      <td className="py-3 pr-4">{component.resourceCount ?? t('admin.list.contentUnknown')}</td>
                      {canManage && (
                        <td className="py-3">
                          <div className="flex flex-wrap items-center gap-3">
                            <ComponentRestoreButton componentId={component.id} name={name} named />
                            {component.resourceCount === 0 && <ComponentDeleteButton componentId={component.id} spaceId={space.id} name={name} named />}
                          </div>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {canManage && (
        <ComponentAddForm
          spaceId={space.id}
          kinds={COMPONENT_KINDS.map((kind) => ({ kind, name: t(`${kind}.name`), description: t(`${kind}.description`) }))}
        />
      )}
    </div>
  );
}
