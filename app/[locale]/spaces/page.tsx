import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { z } from '@/lib/core/zod';
import { Link } from '@/lib/i18n/navigation';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { findAreasWithSpaces, findVisibleSpaces, type VisibleSpaceListItem } from '@/lib/spaces/public-queries';
import { formatDateRange } from '@/components/spaces/date-range';
import { PublicSpaceBadges } from '@/components/public-spaces/space-badges';
import { SharedWithResidents } from '@/components/layout/shared-with-residents';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = 'force-dynamic';

const KIND_PARAM = { process: 'PROCESS', assembly: 'ASSEMBLY' } as const;
/** Filters come from the URL; anything malformed is ignored rather than an error page. */
const FilterSchema = z.object({
  kind: z.enum(['process', 'assembly']).optional().catch(undefined),
  area: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('publicSpaces.list');
  return { title: t('metaTitle') };
}

async function SpaceCard({ space, locale }: { space: VisibleSpaceListItem; locale: Locale }) {
  const t = await getTranslations('publicSpaces');
  const dates = await formatDateRange(space.startDate, space.endDate);
  return (
    <li className="rounded border border-gray-300 p-5">
      <h3 className="text-xl font-semibold" lang={localizedLang(space.title, locale)}>
        <Link href={`/spaces/${space.slug}`} className="text-brand-700 underline">
          {localize(space.title, locale)}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">{space.kind === 'ASSEMBLY' && space.assemblyType ? t(`assemblyTypes.${space.assemblyType}`) : t(`kinds.${space.kind}`)}</p>
      <div className="mt-2">
        <PublicSpaceBadges isPublished={space.isPublished} isPrivate={space.isPrivate} />
      </div>
      {space.subtitle ? (
        <p className="mt-2" lang={localizedLang(space.subtitle, locale)}>
          {localize(space.subtitle, locale)}
        </p>
      ) : null}
      {dates && <p className="mt-2">{dates}</p>}
      {space.activePhaseTitle ? (
        <p className="mt-2">
          <span className="font-semibold">{t('list.activePhase')} </span>
          <span lang={localizedLang(space.activePhaseTitle, locale)}>{localize(space.activePhaseTitle, locale)}</span>
        </p>
      ) : null}
      {space.areas.length > 0 && (
        <p className="mt-2">
          <span className="font-semibold">{t('list.areas')} </span>
          {space.areas.map((a, i) => (
            <span key={a.slug} lang={localizedLang(a.name, locale)}>
              {i > 0 && ', '}
              {localize(a.name, locale)}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

async function SpaceSection({ id, title, spaces, locale }: { id: string; title: string; spaces: VisibleSpaceListItem[]; locale: Locale }) {
  if (spaces.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {spaces.map((space) => (
          <SpaceCard key={space.id} space={space} locale={locale} />
        ))}
      </ul>
    </section>
  );
}

/** Every process and assembly the visitor may see, filterable by kind and area without JavaScript (a GET form). */
export default async function SpacesPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const filter = FilterSchema.parse(await searchParams);
  const [t, org, actor] = await Promise.all([getTranslations('publicSpaces.list'), getCurrentOrganization(), getActor()]);
  const [spaces, areas] = await Promise.all([
    findVisibleSpaces(actor, org.id, { kind: filter.kind ? KIND_PARAM[filter.kind] : undefined, areaSlug: filter.area }),
    findAreasWithSpaces(actor, org.id),
  ]);
  const selectClass = 'mt-1 block rounded border border-gray-500 bg-white px-3 py-2';

  return (
    <div>
      <SharedWithResidents />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>

      <form method="get" aria-label={t('filters')} className="mt-6 flex flex-wrap items-end gap-4 rounded bg-gray-50 p-4">
        <div>
          <label htmlFor="filter-kind" className="block font-semibold">
            {t('kind')}
          </label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ''} className={selectClass}>
            <option value="">{t('allKinds')}</option>
            <option value="process">{t('processes')}</option>
            <option value="assembly">{t('assemblies')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-area" className="block font-semibold">
            {t('area')}
          </label>
          <select id="filter-area" name="area" defaultValue={filter.area ?? ''} className={selectClass}>
            <option value="">{t('allAreas')}</option>
            {areas.map((a) => (
              <option key={a.slug} value={a.slug} lang={localizedLang(a.name, locale)}>
                {localize(a.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('apply')}
        </button>
      </form>

      <p className="mt-6 font-medium">{t('results', { count: spaces.length })}</p>
      {spaces.length === 0 ? (
        <p className="mt-2">{t('empty')}</p>
      ) : (
        <>
          <SpaceSection id="processes-heading" title={t('processes')} spaces={spaces.filter((s) => s.kind === 'PROCESS')} locale={locale} />
          <SpaceSection id="assemblies-heading" title={t('assemblies')} spaces={spaces.filter((s) => s.kind === 'ASSEMBLY')} locale={locale} />
        </>
      )}
    </div>
  );
}
