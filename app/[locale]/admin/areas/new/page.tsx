import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/core/page-guards';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { canManageAreas } from '@/lib/areas/permissions';
import { findAreaParentOptions } from '@/lib/areas/queries';
import type { AreaFormValues } from '@/lib/areas/schema';
import { AreaForm } from '@/components/areas/area-form';
import { parentOptionsFor } from '@/components/areas/parent-options';
import { mapTileConfig } from '@/components/map/tile-config';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('areas.admin');
  return { title: t('newTitle') };
}

const emptyArea: AreaFormValues = {
  slug: '',
  kind: 'NEIGHBOURHOOD',
  name: { fi: '', sv: '', en: '' },
  description: { fi: '', sv: '', en: '' },
  parentId: '',
  boundary: '',
  isBoundaryApproximate: false,
  population: '',
};

export default async function NewAreaPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, '/admin/areas/new', canManageAreas);
  const [t, options] = await Promise.all([getTranslations('areas'), findAreaParentOptions(actor.organizationId)]);

  return (
    <div>
      <p className="mb-4">
        <Link href="/admin/areas" className="text-brand-700 underline">{t('admin.backToList')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('admin.newTitle')}</h1>
      <div className="mt-6">
        <AreaForm
          target={{ mode: 'create' }}
          defaultValues={emptyArea}
          parentOptions={parentOptionsFor(options, locale, (kind) => t(`kinds.${kind}`))}
          tiles={mapTileConfig()}
        />
      </div>
    </div>
  );
}
