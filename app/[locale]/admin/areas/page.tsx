import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { canManageAreas } from '@/lib/areas/permissions';
import { findAreasForAdmin } from '@/lib/areas/queries';
import { TableScrollRegion } from '@/components/layout/table-scroll-region';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('areas.admin');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function AdminAreasPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/areas', canManageAreas);
  const query = await searchParams;
  const [t, format, areas] = await Promise.all([getTranslations('areas'), getFormatter(), findAreasForAdmin(actor.organizationId)]);

  // After a redirect from the create form or the delete button: say what happened.
  const createdSlug = single(query.created);
  const created = createdSlug ? areas.find((a) => a.slug === createdSlug) : undefined;
  const deleted = single(query.deleted) === '1';
  const cell = 'py-2 pr-4 align-top';

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('admin.title')}</h1>
      <p className="mt-2 max-w-3xl">{t('admin.intro')}</p>

      <div aria-live="polite">
        {created && (
          <p role="status" className="mt-4 rounded border-2 border-success bg-green-50 px-4 py-3 font-medium text-success">
            {t('admin.created', { name: localize(created.name, locale) })}
          </p>
        )}
        {deleted && (
          <p role="status" className="mt-4 rounded border-2 border-success bg-green-50 px-4 py-3 font-medium text-success">
            {t('admin.deleted')}
          </p>
        )}
      </div>

      <p className="mt-6">
        <Link href="/admin/areas/new" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('admin.new')}
        </Link>
      </p>

      {areas.length === 0 ? (
        <p className="mt-6">{t('admin.empty')}</p>
      ) : (
        <TableScrollRegion label={t('admin.caption', { count: areas.length })} className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-bold">{t('admin.caption', { count: areas.length })}</caption>
            <thead>
              <tr className="border-b-2 border-gray-500">
                <th scope="col" className={cell}>{t('admin.columns.name')}</th>
                <th scope="col" className={cell}>{t('admin.columns.slug')}</th>
                <th scope="col" className={cell}>{t('admin.columns.kind')}</th>
                <th scope="col" className={cell}>{t('admin.columns.parent')}</th>
                <th scope="col" className={`${cell} text-right`}>{t('admin.columns.population')}</th>
                <th scope="col" className={cell}>{t('admin.columns.boundary')}</th>
                <th scope="col" className={`${cell} text-right`}>{t('admin.columns.spaces')}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => (
                <tr key={area.id} className="border-b border-gray-300">
                  <th scope="row" className={`${cell} font-normal`} lang={localizedLang(area.name, locale)}>
                    <Link href={`/admin/areas/${area.id}`} className="font-semibold text-brand-700 underline">
                      {localize(area.name, locale)}
                    </Link>
                  </th>
                  <td className={cell}><code>{area.slug}</code></td>
                  <td className={cell}>{t(`kinds.${area.kind}`)}</td>
                  <td className={cell}>{area.parent ? localize(area.parent.name, locale) : t('admin.none')}</td>
                  <td className={`${cell} text-right`}>{area.population !== null ? format.number(area.population) : t('admin.none')}</td>
                  <td className={cell}>
                    {!area.hasBoundary
                      ? t('admin.boundary.none')
                      : area.isBoundaryApproximate
                        ? t('admin.boundary.approximate')
                        : t('admin.boundary.exact')}
                  </td>
                  <td className={`${cell} text-right`}>{format.number(area.spaceCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScrollRegion>
      )}
    </div>
  );
}
