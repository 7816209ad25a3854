import type { Metadata } from 'next';
import { cache } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/current-actor';
import { getCurrentOrganization } from '@/lib/organization/current';
import { getAreaBySlug, type AreaSpace } from '@/lib/areas/queries';
import { notFoundUnless } from '@/lib/core/page-guards';
import { localize, localizedLang } from '@/lib/core/localized-text';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { Link } from '@/lib/i18n/navigation';
import { AreaMap } from '@/components/map/area-map';
import { MapTextAlternative } from '@/components/map/map-text-alternative';
import { mapTileConfig } from '@/components/map/tile-config';
import { ClientMessages } from '@/components/layout/client-messages';
import { SharedWithResidents } from '@/components/layout/shared-with-residents';
import { NewsList } from '@/components/news/news-list';
import { findLatestVisiblePosts } from '@/lib/news/queries';
import { areaNewsFeedPath } from '@/lib/news/paths';
import { FollowControl } from '@/components/follows/follow-control';
import { AREA_TARGET } from '@/lib/follows/follow-target';

/** How many of the newest posts tagged with the area the page shows. */
const AREA_NEWS_COUNT = 5;

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; areaSlug: string }> };

// Metadata and page need the same area: one query per request (getActor is cached, so the arguments match).
const getArea = cache(getAreaBySlug);

async function load(params: Props['params']) {
  const { locale: raw, areaSlug } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [org, actor] = await Promise.all([getCurrentOrganization(), getActor()]);
  return { locale, area: await getArea(org.id, areaSlug, actor) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, area } = await load(params);
  if (!area) return {};
  const description = localize(area.description, locale);
  return {
    title: localize(area.name, locale),
    ...(description ? { description } : {}),
    // Feed readers find the area's news feed from the page.
    alternates: { types: { 'application/atom+xml': areaNewsFeedPath(locale, area.slug) } },
  };
}

export default async function AreaPage({ params }: Props) {
  const { locale, area: found } = await load(params);
  const area = notFoundUnless(found);
  const [t, tCommon, format, actor, org] = await Promise.all([getTranslations('areas'), getTranslations('common'), getFormatter(), getActor(), getCurrentOrganization()]);
  const news = await findLatestVisiblePosts(actor, org.id, { areaId: area.id, take: AREA_NEWS_COUNT });
  const tiles = mapTileConfig();
  const name = localize(area.name, locale);
  const nameLang = localizedLang(area.name, locale);
  const description = localize(area.description, locale);

  return (
    <div>
      <SharedWithResidents />
      <nav aria-label={t('page.breadcrumb')} className="mb-4 text-sm">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/areas" className="text-brand-700 underline">{t('list.title')}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page" lang={nameLang}>{name}</li>
        </ol>
      </nav>

      <h1 className="text-3xl font-bold" lang={nameLang}>{name}</h1>
      <p className="mt-1 text-lg text-muted">{t(`kinds.${area.kind}`)}</p>
      {description && (
        <p className="mt-4 max-w-3xl text-lg" lang={localizedLang(area.description, locale)}>{description}</p>
      )}
      <div className="mt-4">
        <FollowControl target={{ type: AREA_TARGET, id: area.id }} locale={locale} returnTo={`/areas/${area.slug}`} />
      </div>

      <section aria-labelledby="area-facts" className="mt-8">
        <h2 id="area-facts" className="text-2xl font-bold">{t('page.facts')}</h2>
        <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t('page.kind')}</dt>
          <dd>{t(`kinds.${area.kind}`)}</dd>
          {area.population !== null && (
            <>
              <dt className="font-semibold">{t('page.population')}</dt>
              <dd>{format.number(area.population)}</dd>
            </>
          )}
          {area.parent && (
            <>
              <dt className="font-semibold">{t('page.parent')}</dt>
              <dd lang={localizedLang(area.parent.name, locale)}>
                <Link href={`/areas/${area.parent.slug}`} className="text-brand-700 underline">
                  {localize(area.parent.name, locale)}
                </Link>
              </dd>
            </>
          )}
          {area.children.length > 0 && (
            <>
              <dt className="font-semibold">{t('page.children')}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {area.children.map((child) => (
                    <li key={child.slug} lang={localizedLang(child.name, locale)}>
                      <Link href={`/areas/${child.slug}`} className="text-brand-700 underline">{localize(child.name, locale)}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="area-map-heading" className="mt-10">
        <h2 id="area-map-heading" className="text-2xl font-bold">{t('page.mapHeading')}</h2>
        {area.boundary && (
          <div className="mt-3">
            <ClientMessages paths={['areas.map']}>
              <AreaMap
                label={tCommon('map.label', { name })}
                shapes={[{ id: area.id, name, geometry: area.boundary, isApproximate: area.isBoundaryApproximate }]}
                tiles={tiles}
                describedBy="area-map-text"
              />
            </ClientMessages>
          </div>
        )}
        <MapTextAlternative
          id="area-map-text"
          geometries={area.boundary ? [area.boundary] : []}
          approximate={area.isBoundaryApproximate ? 'all' : 'none'}
          hasTiles={tiles.url !== ''}
        />
      </section>

      <section aria-labelledby="area-news" className="mt-10">
        <h2 id="area-news" className="text-2xl font-bold">{t('page.newsHeading')}</h2>
        {news.length === 0 ? <p className="mt-3">{t('page.newsEmpty')}</p> : <NewsList posts={news} locale={locale} showSpace />}
      </section>

      <section aria-labelledby="area-spaces" className="mt-10">
        <h2 id="area-spaces" className="text-2xl font-bold">{t('page.spacesHeading')}</h2>
        {area.spaces.length === 0 ? (
          <p className="mt-3">{t('page.spacesEmpty')}</p>
        ) : (
          <>
            <p className="mt-2">{t('page.spacesIntro')}</p>
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {area.spaces.map((space) => (
                <SpaceItem key={space.id} space={space} locale={locale} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

async function SpaceItem({ space, locale }: { space: AreaSpace; locale: Locale }) {
  const [t, tCommon, format] = await Promise.all([getTranslations('areas'), getTranslations('common'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, 'long');
  const dates =
    space.startDate && space.endDate
      ? tCommon('dates.range', { start: date(space.startDate), end: date(space.endDate) })
      : space.startDate
        ? tCommon('dates.from', { start: date(space.startDate) })
        : space.endDate
          ? tCommon('dates.until', { end: date(space.endDate) })
          : null;
  const subtitle = localize(space.subtitle, locale);
  return (
    <li className="rounded border border-gray-300 p-4">
      <h3 className="text-lg font-semibold" lang={localizedLang(space.title, locale)}>
        <Link href={`/spaces/${space.slug}`} className="text-brand-700 underline hover:text-brand-800">
          {localize(space.title, locale)}
        </Link>
      </h3>
      <p className="text-sm text-muted">
        {t(`page.spaceKinds.${space.kind}`)}
        {space.isPrivate && <> · {tCommon('status.private')}</>}
      </p>
      {subtitle && <p className="mt-1" lang={localizedLang(space.subtitle, locale)}>{subtitle}</p>}
      {dates && <p className="mt-1">{dates}</p>}
      {space.activePhase && (
        <p className="mt-2">
          <strong>{t('page.nowPhase')}</strong> <span lang={localizedLang(space.activePhase.title, locale)}>{localize(space.activePhase.title, locale)}</span>
          {space.activePhase.endDate && <> – {t('page.phaseEnds', { date: date(space.activePhase.endDate) })}</>}
        </p>
      )}
      {space.nextPhase?.startDate && (
        <p className="mt-1">
          <strong>{t('page.nextPhase')}</strong> <span lang={localizedLang(space.nextPhase.title, locale)}>{localize(space.nextPhase.title, locale)}</span> – {t('page.phaseStarts', { date: date(space.nextPhase.startDate) })}
        </p>
      )}
    </li>
  );
}
