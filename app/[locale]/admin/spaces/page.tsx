import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SpaceKind } from '@/generated/prisma/enums';
import { canAccessAdmin } from '@/lib/admin/permissions';
import { isOrgAdmin } from '@/lib/auth/actor';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { findSpacesForAdmin } from '@/lib/spaces/admin-queries';
import { canCreateSpace } from '@/lib/spaces/permissions';
import { inputClass } from '@/components/forms/fields';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('spaces.admin.list');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function kindFilter(value: string | string[] | undefined): SpaceKind | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === 'PROCESS' || v === 'ASSEMBLY' ? v : undefined;
}

export default async function AdminSpacesPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/spaces', canAccessAdmin);
  const kind = kindFilter((await searchParams).kind);
  const [t, spaces] = await Promise.all([getTranslations('spaces'), findSpacesForAdmin(actor, { kind })]);
  const linkButton = 'inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800';

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('admin.list.title')}</h1>
      <p className="mt-2 max-w-3xl">{t('admin.list.intro')}</p>
      {!isOrgAdmin(actor) && <p className="mt-2 max-w-3xl">{t('admin.list.introRoles')}</p>}

      {canCreateSpace(actor) && (
        <ul className="mt-6 flex flex-wrap gap-3">
          <li>
            <Link href={{ pathname: '/admin/spaces/new', query: { kind: 'PROCESS' } }} className={linkButton}>
              {t('admin.list.newProcess')}
            </Link>
          </li>
          <li>
            <Link href={{ pathname: '/admin/spaces/new', query: { kind: 'ASSEMBLY' } }} className={linkButton}>
              {t('admin.list.newAssembly')}
            </Link>
          </li>
        </ul>
      )}

      <form method="get" role="search" aria-label={t('admin.list.filterLabel')} className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="space-filter-kind" className="block font-semibold">
            {t('admin.list.filterKind')}
          </label>
          <select id="space-filter-kind" name="kind" defaultValue={kind ?? ''} className={inputClass}>
            <option value="">{t('admin.list.filterAll')}</option>
            {Object.values(SpaceKind).map((k) => (
              <option key={k} value={k}>
                {t(`kindPlural.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          {t('admin.list.filterSubmit')}
        </button>
      </form>

      <TableScrollRegion label={t('admin.list.caption')} className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">
            {t('admin.list.caption')}
            {kind ? ` – ${t(`kindPlural.${kind}`)}` : ''} ({t('admin.list.count', { count: spaces.length })})
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-500">
              <th scope="col" className="py-2 pr-4">{t('admin.list.columns.title')}</th>
              <th scope="col" className="py-2 pr-4">{t('admin.list.columns.kind')}</th>
              <th scope="col" className="py-2 pr-4">{t('admin.list.columns.published')}</th>
              <th scope="col" className="py-2 pr-4">{t('admin.list.columns.private')}</th>
              <th scope="col" className="py-2 pr-4">{t('admin.list.columns.activePhase')}</th>
            </tr>
          </thead>
          <tbody>
            {spaces.length === 0 && (
              <tr>
                <td colSpan={5} className="py-3">{t('admin.list.empty')}</td>
              </tr>
            )}
            {spaces.map((space) => (
              <tr key={space.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  <Link href={`/admin/spaces/${space.id}`} className="text-brand-700 underline" lang={localizedLang(space.title, locale)}>
                    {localize(space.title, locale)}
                  </Link>
                </th>
                <td className="py-2 pr-4">{t(`kind.${space.kind}`)}</td>
                <td className="py-2 pr-4">{space.isPublished ? t('status.published') : t('status.draft')}</td>
                <td className="py-2 pr-4">{space.isPrivate ? t('status.private') : t('status.public')}</td>
                <td className="py-2 pr-4">
                  {space.activePhaseTitle ? (
                    <span lang={localizedLang(space.activePhaseTitle, locale)}>{localize(space.activePhaseTitle, locale)}</span>
                  ) : (
                    <>
                      <span aria-hidden="true">{t('admin.list.noActivePhase')}</span>
                      <span className="sr-only">{t('admin.list.noActivePhaseLabel')}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollRegion>
    </div>
  );
}
