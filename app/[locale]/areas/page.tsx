import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { AreaKind } from '@/generated/prisma/enums';
import { getCurrentOrganization } from '@/lib/organization/current';
import { findAreas, type AreaListItem } from '@/lib/areas/queries';
import { AREA_KINDS } from '@/lib/areas/schema';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { AreaMap, type MapShape } from '@/components/map/area-map';
import { MapTextAlternative } from '@/components/map/map-text-alternative';
import { mapTileConfig } from '@/components/map/tile-config';
import { ClientMessages } from '@/components/layout/client-messages';
import { SharedWithResidents } from '@/components/layout/shared-with-residents';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('areas.list');
  return { title: t('title'), description: t('intro') };
}

export default async function AreasPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [t, tMap, org] = await Promise.all([getTranslations('areas'), getTranslations('common.map'), getCurrentOrganization()]);
  const areas = await findAreas(org.id);
  const tiles = mapTileConfig();

  const mapped = areas.filter((a): a is AreaListItem & { boundary: NonNullable<AreaListItem['boundary']> } => a.boundary !== null);
  const shapes: MapShape[] = mapped.map((a) => ({
    id: a.id,
    name: localize(a.name, locale),
    geometry: a.boundary,
    href: `/areas/${a.slug}`,
    isApproximate: a.isBoundaryApproximate,
  }));
  const groups = AREA_KINDS.map((kind) => ({ kind, areas: areas.filter((a) => a.kind === kind) })).filter((g) => g.areas.length > 0);
  const approximateCount = mapped.filter((a) => a.isBoundaryApproximate).length;

  return (
    <div>
      <SharedWithResidents />
      <h1 className="text-3xl font-bold">{t('list.title')}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t('list.intro')}</p>

      {areas.length === 0 ? (
        <p className="mt-6">{t('list.empty')}</p>
      ) : (
        <>
          {shapes.length > 0 && (
            <section aria-labelledby="areas-map-heading" className="mt-8">
              <h2 id="areas-map-heading" className="text-2xl font-bold">{t('list.mapHeading')}</h2>
              <div className="mt-3">
                <ClientMessages paths={['areas.map']}>
                  <AreaMap
                    label={tMap('label', { name: t('list.mapName') })}
                    shapes={shapes}
                    tiles={tiles}
                    describedBy="areas-map-text"
                    heightClass="h-96"
                  />
                </ClientMessages>
              </div>
              <MapTextAlternative
                id="areas-map-text"
                geometries={shapes.map((s) => s.geometry)}
                approximate={approximateCount === 0 ? 'none' : approximateCount === shapes.length ? 'all' : 'some'}
                hasTiles={tiles.url !== ''}
              >
                <p>{t('list.mapListNote')}</p>
              </MapTextAlternative>
            </section>
          )}

          {groups.map((group) => (
            <AreaGroup key={group.kind} kind={group.kind} areas={group.areas} locale={locale} />
          ))}
        </>
      )}
    </div>
  );
}

async function AreaGroup({ kind, areas, locale }: { kind: AreaKind; areas: AreaListItem[]; locale: Locale }) {
  const t = await getTranslations('areas');
  const headingId = `areas-group-${kind.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-bold">{t(`kindGroups.${kind}`)}</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {areas.map((area) => (
          <li key={area.id} className="rounded border border-gray-300 p-4">
            <h3 className="text-lg font-semibold" lang={localizedLang(area.name, locale)}>
              <Link href={`/areas/${area.slug}`} className="text-brand-700 underline hover:text-brand-800">
                {localize(area.name, locale)}
              </Link>
            </h3>
            {area.parent && (
              <p className="text-sm text-muted">{t('list.parent', { name: localize(area.parent.name, locale) })}</p>
            )}
            {area.population !== null && <p className="mt-1">{t('list.population', { count: area.population })}</p>}
            <p className="mt-1">{t('list.spaces', { count: area.publicSpaceCount })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
