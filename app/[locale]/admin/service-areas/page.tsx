import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { canManageServiceAreas } from '@/lib/service-areas/permissions';
import { findServiceAreas } from '@/lib/service-areas/queries';
import { RemoveServiceArea, ServiceAreaForm } from '@/components/service-areas/service-area-forms';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('serviceAreas');
  return { title: t('title') };
}

/** The city's service areas (palvelualueet), for grouping officials such as the evaluators of ideas. Admins only. */
export default async function ServiceAreasPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/service-areas', canManageServiceAreas);
  const [t, areas] = await Promise.all([getTranslations({ locale, namespace: 'serviceAreas' }), findServiceAreas(actor.organizationId)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      {areas.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-2">
          {areas.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <span lang={localizedLang(a.name, locale)} className="font-semibold">{localize(a.name, locale)}</span>
              <span className="text-sm">{t('people', { count: a._count.users })}</span>
              <RemoveServiceArea id={a.id} name={localize(a.name, locale)} label={t('remove')} confirm={t('removeConfirm')} />
            </li>
          ))}
        </ul>
      )}
      <ServiceAreaForm />
    </div>
  );
}
