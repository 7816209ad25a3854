import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/current-actor';
import { notFoundUnless, requirePagePermission } from '@/lib/core/page-guards';
import { localize } from '@/lib/core/localized-text';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { formatGeometry } from '@/lib/areas/geojson';
import { canManageArea, canManageAreas } from '@/lib/areas/permissions';
import { findAreaParentOptions, getAreaForAdmin, type AreaForAdmin } from '@/lib/areas/queries';
import type { AreaFormValues } from '@/lib/areas/schema';
import { AreaForm } from '@/components/areas/area-form';
import { DeleteAreaSection } from '@/components/areas/delete-area-section';
import { parentOptionsFor } from '@/components/areas/parent-options';
import { mapTileConfig } from '@/components/map/tile-config';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; areaId: string }> };

const getArea = cache(getAreaForAdmin);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, areaId }, actor, t] = await Promise.all([params, getActor(), getTranslations('areas.admin')]);
  // Only people who may edit areas learn their names from the title.
  if (!actor || !canManageAreas(actor)) return { title: t('title') };
  const area = await getArea(actor.organizationId, areaId);
  return { title: area ? t('editTitle', { name: localize(area.name, isLocale(locale) ? locale : defaultLocale) }) : t('title') };
}

function formValues(area: AreaForAdmin): AreaFormValues {
  const text = (value: unknown) => {
    const v = (value ?? {}) as Record<string, unknown>;
    const pick = (l: string) => (typeof v[l] === 'string' ? (v[l] as string) : '');
    return { fi: pick('fi'), sv: pick('sv'), en: pick('en') };
  };
  return {
    slug: area.slug,
    kind: area.kind,
    name: text(area.name),
    description: text(area.description),
    parentId: area.parentId ?? '',
    boundary: area.boundary ? formatGeometry(area.boundary) : '',
    isBoundaryApproximate: area.isBoundaryApproximate,
    population: area.population === null ? '' : String(area.population),
  };
}

export default async function EditAreaPage({ params }: Props) {
  const { locale: raw, areaId } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requirePagePermission(locale, `/admin/areas/${areaId}`, canManageAreas);
  const [t, area, options] = await Promise.all([
    getTranslations('areas'),
    getArea(actor.organizationId, areaId),
    findAreaParentOptions(actor.organizationId),
  ]);
  const found = notFoundUnless(area && canManageArea(actor, area) ? area : null);
  const name = localize(found.name, locale);

  return (
    <div>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/admin/areas" className="text-brand-700 underline">{t('admin.backToList')}</Link>
        <Link href={`/areas/${found.slug}`} className="text-brand-700 underline">{t('admin.viewPublic')}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        {t('admin.editTitle', { name })}
      </h1>
      <div className="mt-6">
        {/* Not keyed by the stored values: after saving, the form keeps showing them and its success message. */}
        <AreaForm
          target={{ mode: 'edit', areaId: found.id }}
          defaultValues={formValues(found)}
          parentOptions={parentOptionsFor(options, locale, (kind) => t(`kinds.${kind}`), found.id)}
          tiles={mapTileConfig()}
        />
      </div>
      <DeleteAreaSection areaId={found.id} name={name} spaceCount={found.spaceCount} childCount={found.childCount} />
    </div>
  );
}
